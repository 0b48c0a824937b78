package io.github.digestplugin.report;

import io.github.digestplugin.parse.DigestFiles;
import io.github.digestplugin.parse.PathProblem;
import io.github.digestplugin.report.render.OutputFiles;
import io.github.digestplugin.report.render.TemplateSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * What a report was made from: the digests (paths, sizes, modification times), the paths among
 * them that were not read (links, unreadable folders), the user's templates, the request's
 * options and the plugin build. When nothing of it changed and the last run's files are all
 * there, the report is up to date and nothing is rendered.
 */
final class Fingerprint {

    static final String FILE = "fingerprint.properties";
    private static final String POM_PROPERTIES =
            "META-INF/maven/io.github.digestplugin/digest-maven-plugin/pom.properties";

    /** The counts of the run that produced the stored report, reported again when it is up to date. */
    record StoredRun(String fingerprint, int digests, int entries, int papers, long errors, List<Path> notDigests) {

        StoredRun {
            notDigests = List.copyOf(notDigests);
        }
    }

    private Fingerprint() {}

    static String of(ReportRequest request, DigestFiles.Listing digests, TemplateSource templates) throws IOException {
        MessageDigest sha = sha256();
        line(sha, "plugin " + pluginBuild());
        line(sha, "directory " + request.directory().toAbsolutePath().normalize());
        line(sha, "includes " + request.includes() + " excludes " + request.excludes());
        line(sha, "parser " + request.parserOptions());
        line(sha, "rules " + request.rules());
        line(sha, "locale " + request.locale().toLanguageTag() + " title " + request.title());
        line(sha, "site " + request.siteHome().orElse(""));
        for (Path digest : digests.files()) {
            line(sha, "digest " + digest + " " + stamp(request.directory().resolve(digest)));
        }
        for (PathProblem problem : digests.problems()) {
            line(sha, "problem " + problem.path() + " " + problem.kind() + " " + problem.detail());
        }
        if (request.readingFile().isPresent()) {
            Path reading = request.readingFile().get();
            line(sha, "reading " + reading.toAbsolutePath().normalize() + " " + stamp(reading));
        }
        templateLines(sha, templates);
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * What the working store's content depends on beside the digests themselves: a store made
     * otherwise is rebuilt. The folder counts, as a digest's channel may come from its name.
     */
    static String storeKey(ReportRequest request) throws IOException {
        MessageDigest sha = sha256();
        line(sha, "plugin " + pluginBuild());
        line(sha, "directory " + request.directory().toAbsolutePath().normalize());
        line(sha, "parser " + request.parserOptions());
        line(sha, "rules " + request.rules());
        return HexFormat.of().formatHex(sha.digest());
    }

    /** What every page depends on beside its own data: the plugin, the templates, the language and title. */
    static String renderKey(ReportRequest request, TemplateSource templates) throws IOException {
        MessageDigest sha = sha256();
        line(sha, "plugin " + pluginBuild());
        line(sha, "locale " + request.locale().toLanguageTag() + " title " + request.title());
        line(sha, "site " + request.siteHome().orElse(""));
        templateLines(sha, templates);
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void templateLines(MessageDigest sha, TemplateSource templates) throws IOException {
        if (templates.userDirectory().isPresent()) {
            Path dir = templates.userDirectory().get();
            line(sha, "templates " + dir);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                        line(sha, "template " + dir.relativize(file) + " " + stamp(file));
                    }
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
        }
    }

    /** The stored run, when its fingerprint and every file its manifest lists are there. */
    static Optional<StoredRun> read(Path stateFolder) throws IOException {
        Properties stored = new Properties();
        try (Reader in = Files.newBufferedReader(stateFolder.resolve(FILE), StandardCharsets.UTF_8)) {
            stored.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StoredRun(stored.getProperty("fingerprint", ""),
                    Integer.parseInt(stored.getProperty("digests")), Integer.parseInt(stored.getProperty("entries")),
                    Integer.parseInt(stored.getProperty("papers")), Long.parseLong(stored.getProperty("errors")),
                    notDigests(stored)));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static List<Path> notDigests(Properties stored) {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; stored.containsKey("notADigest." + i); i++) {
            paths.add(Path.of(stored.getProperty("notADigest." + i)));
        }
        return paths;
    }

    /** Written last of a run, and in one step: a run killed before it leaves no fingerprint. */
    static void write(Path stateFolder, StoredRun run) throws IOException {
        Properties stored = new Properties();
        stored.setProperty("fingerprint", run.fingerprint());
        stored.setProperty("digests", Integer.toString(run.digests()));
        stored.setProperty("entries", Integer.toString(run.entries()));
        stored.setProperty("papers", Integer.toString(run.papers()));
        stored.setProperty("errors", Long.toString(run.errors()));
        for (int i = 0; i < run.notDigests().size(); i++) {
            stored.setProperty("notADigest." + i, run.notDigests().get(i).toString());
        }
        StringWriter text = new StringWriter();
        stored.store(text, "Inputs of the last complete report run; delete to force a full render");
        OutputFiles.writeAtomically(stateFolder.resolve(FILE), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Forgets the stored run, so a run that stops half way is never taken as up to date. */
    static void invalidate(Path stateFolder) throws IOException {
        Files.deleteIfExists(stateFolder.resolve(FILE));
    }

    /** The plugin's version and, for a snapshot or a development build, when its code last changed. */
    static String pluginBuild() throws IOException {
        String version = "development";
        try (InputStream in = Fingerprint.class.getClassLoader().getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties pom = new Properties();
                pom.load(in);
                version = pom.getProperty("version", version);
            }
        }
        try {
            Path code = Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(code)) {
                try (Stream<Path> walk = Files.walk(code)) {
                    long newest = walk.filter(Files::isRegularFile).mapToLong(Fingerprint::modified).max().orElse(0);
                    return version + " " + code + " " + newest;
                }
            }
            return version + " " + code + " " + stamp(code);
        } catch (URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
            return version;
        }
    }

    private static String stamp(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return attributes.size() + " " + attributes.lastModifiedTime().toMillis();
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
