package io.github.digestplugin.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds digests below a directory by Ant-style patterns ({@code **}{@code /*.md}, {@code drafts/**}),
 * as Maven users know them from resources and checkstyle includes.
 */
public final class DigestFiles {

    private final List<Pattern> includes;
    private final List<Pattern> excludes;

    public DigestFiles(List<String> includes, List<String> excludes) {
        this.includes = includes.stream().map(DigestFiles::antPattern).toList();
        this.excludes = excludes.stream().map(DigestFiles::antPattern).toList();
    }

    /**
     * The matching regular files below {@code directory}, as paths relative to it, sorted.
     *
     * @throws NoSuchFileException when the directory does not exist
     * @throws NotDirectoryException when it is not a directory
     */
    public List<Path> find(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            throw new NoSuchFileException(directory.toString());
        }
        if (!Files.isDirectory(directory)) {
            throw new NotDirectoryException(directory.toString());
        }
        try (Stream<Path> walk = Files.walk(directory, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(Files::isRegularFile)
                    .map(directory::relativize)
                    .filter(this::matches)
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    boolean matches(Path relative) {
        String path = relative.toString().replace('\\', '/');
        return includes.stream().anyMatch(p -> p.matcher(path).matches())
                && excludes.stream().noneMatch(p -> p.matcher(path).matches());
    }

    static Pattern antPattern(String pattern) {
        String p = pattern.strip().replace('\\', '/');
        if (p.endsWith("/")) {
            p = p + "**";
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '*' && i + 1 < p.length() && p.charAt(i + 1) == '*') {
                boolean slash = i + 2 < p.length() && p.charAt(i + 2) == '/';
                regex.append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
