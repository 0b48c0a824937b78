package io.github.digestplugin.report.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where templates, CSS and scripts come from: a file of the same name in the user's template
 * directory when there is one, else the default packaged with the plugin under
 * {@code /io/github/digestplugin/templates/}.
 */
public final class TemplateSource {

    public static final String CLASSPATH_ROOT = "io/github/digestplugin/templates/";

    private final Optional<Path> userDirectory;

    public TemplateSource(Optional<Path> userDirectory) {
        this.userDirectory = userDirectory.map(p -> p.toAbsolutePath().normalize());
    }

    public Optional<Path> userDirectory() {
        return userDirectory;
    }

    /** The user's file replacing {@code name}, if there is one. */
    public Optional<Path> userFile(String name) {
        return userDirectory.map(dir -> dir.resolve(name).normalize())
                .filter(file -> file.startsWith(userDirectory.get()) && Files.isRegularFile(file));
    }

    public boolean exists(String name) {
        return userFile(name).isPresent() || defaultResource(name) != null;
    }

    /**
     * Opens {@code name} (a path relative to the template folder, such as {@code layout.vm} or
     * {@code assets/search.js}).
     *
     * @throws java.io.FileNotFoundException naming both places looked in, when neither has it
     */
    public InputStream open(String name) throws IOException {
        Optional<Path> user = userFile(name);
        if (user.isPresent()) {
            return Files.newInputStream(user.get());
        }
        URL resource = defaultResource(name);
        if (resource == null) {
            throw new java.io.FileNotFoundException("Template '" + name + "' is neither in "
                    + userDirectory.map(Path::toString).orElse("(no template directory)")
                    + " nor among the plugin's default templates");
        }
        return resource.openStream();
    }

    public byte[] read(String name) throws IOException {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        }
    }

    /** When the user's copy of {@code name} last changed, 0 for a default template. */
    long lastModified(String name) {
        return userFile(name).map(file -> {
            try {
                return Files.getLastModifiedTime(file).toMillis();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(0L);
    }

    private static URL defaultResource(String name) {
        return TemplateSource.class.getClassLoader().getResource(CLASSPATH_ROOT + name);
    }
}
