package io.github.digestplugin.maven;

import io.github.digestplugin.check.PathSuppressions;
import io.github.digestplugin.check.Rule;
import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.parse.DigestFiles;
import io.github.digestplugin.parse.ParserOptions;
import io.github.digestplugin.parse.ReadingFileParser;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.codehaus.plexus.util.AbstractScanner;

/**
 * The digests a goal reads and how it reads them: the parameters {@code digest:check} and
 * {@code digest:report} share, with the meaning and the messages both give them. Maven injects
 * parameters only into the mojo, so each goal keeps them as fields, hands them over here, and
 * wraps the problems found here in its own exception.
 */
final class DigestInput {

    /** Where the digests are when neither the pom, {@code -D} nor the configuration file says. */
    static final String DEFAULT_DIRECTORY = "src/digests";

    /**
     * What Maven's plugins leave out of every file set (plexus-utils' {@code DirectoryScanner}:
     * version control folders, editor backups), and the folders of npm packages and of Maven's
     * builds, none of which holds digests; folders among them are not descended into.
     */
    static final List<String> DEFAULT_EXCLUDES = defaultExcludes();

    private final Path directory;
    private final List<String> includes;
    private final List<String> excludes;
    private final String summaryHeading;
    private final String detailsHeading;
    private final String channel;
    private final Map<String, String> severities;
    private final String severityOverrides;
    private final boolean defaultDirectory;
    private final boolean useDefaultExcludes;
    private final Optional<String> directorySetting;

    DigestInput(File directory, List<String> includes, List<String> excludes, String summaryHeading,
            String detailsHeading, String channel, Map<String, String> severities, String severityOverrides) {
        this.directory = directory.toPath().toAbsolutePath().normalize();
        this.includes = includes == null ? List.of() : includes;
        this.excludes = excludes == null ? List.of() : excludes;
        this.summaryHeading = summaryHeading;
        this.detailsHeading = detailsHeading;
        this.channel = channel;
        this.severities = severities == null ? Map.of() : severities;
        this.severityOverrides = severityOverrides;
        this.defaultDirectory = false;
        this.useDefaultExcludes = false;
        this.directorySetting = Optional.empty();
    }

    private DigestInput(Path directory, boolean defaultDirectory, Optional<String> directorySetting,
            List<String> includes, List<String> excludes, boolean useDefaultExcludes, String summaryHeading,
            String detailsHeading, String channel, Map<String, String> severities, String severityOverrides) {
        this.directory = directory;
        this.defaultDirectory = defaultDirectory;
        this.directorySetting = directorySetting;
        this.includes = includes;
        this.excludes = excludes;
        this.useDefaultExcludes = useDefaultExcludes;
        this.summaryHeading = summaryHeading;
        this.detailsHeading = detailsHeading;
        this.channel = channel;
        this.severities = severities;
        this.severityOverrides = severityOverrides;
    }

    /**
     * The goals' shared parameters, each as set in the pom or with {@code -D}, else in the
     * configuration file, else by default (null where a parameter is not set). The severities of
     * the file are changed by those of the pom, which those of {@code -D} change in turn.
     */
    static DigestInput of(ConfigFile config, Path baseDirectory, File directory, List<String> includes,
            List<String> excludes, Boolean useDefaultExcludes, String summaryHeading, String detailsHeading,
            String channel, Map<String, String> severities, String severityOverrides) {
        Optional<Path> configured = config.path("directory", directory, baseDirectory);
        Map<String, String> merged = new LinkedHashMap<>(config.severities());
        if (severities != null) {
            merged.putAll(severities);
        }
        return new DigestInput(
                configured.orElse(baseDirectory.resolve(DEFAULT_DIRECTORY).toAbsolutePath().normalize()),
                configured.isEmpty(),
                directory == null ? config.where("directory") : Optional.empty(),
                config.strings("includes", includes, List.of("**/*.md")),
                config.strings("excludes", excludes, List.of()),
                config.bool("useDefaultExcludes", useDefaultExcludes, true),
                config.string("summaryHeading", summaryHeading, ParserOptions.DEFAULT_SUMMARY_HEADING),
                config.string("detailsHeading", detailsHeading, ParserOptions.DEFAULT_DETAILS_HEADING),
                config.string("channel", channel, null),
                merged,
                severityOverrides);
    }

    private static List<String> defaultExcludes() {
        List<String> excludes = new ArrayList<>(List.of(AbstractScanner.DEFAULTEXCLUDES));
        excludes.addAll(List.of("**/node_modules", "**/node_modules/**", "**/target", "**/target/**"));
        return List.copyOf(excludes);
    }

    /**
     * Whether the directory is the default {@code src/digests}, named by no parameter and no
     * configuration: a module without it has no digests, which is no error.
     */
    boolean defaultDirectory() {
        return defaultDirectory;
    }

    /** The line that tells a goal skips a module without the default digest directory. */
    String noDefaultDirectory(String goal) {
        return "No " + DEFAULT_DIRECTORY + " in " + directory.getParent().getParent() + ": skipping the digest "
                + goal + " (set the parameter 'directory', property digest.directory, to read another folder)";
    }

    /** The digest directory, absolute: without a pom a relative one is taken from the current directory. */
    Path directory() {
        return directory;
    }

    List<String> includes() {
        return includes;
    }

    /** The excludes given, and the default excludes unless they are turned off. */
    List<String> excludes() {
        if (!useDefaultExcludes) {
            return excludes;
        }
        List<String> all = new ArrayList<>(excludes);
        all.addAll(DEFAULT_EXCLUDES);
        return all;
    }

    ParserOptions parserOptions() {
        return new ParserOptions(summaryHeading, detailsHeading, Optional.ofNullable(channel));
    }

    /**
     * The rules with the severities of the {@code severities} map, changed by the
     * {@code digest.severities} string, which wins.
     *
     * @throws IllegalArgumentException naming an unknown rule id, severity or malformed pair
     */
    RuleConfiguration rules() {
        Map<String, String> overrides = new LinkedHashMap<>(severities);
        overrides.putAll(RuleConfiguration.parseOverrides(severityOverrides));
        return RuleConfiguration.of(Rules.all(), overrides);
    }

    /**
     * The path suppressions, {@code path-pattern=rule-id,...} each.
     *
     * @throws IllegalArgumentException naming a malformed entry or an unknown rule id
     */
    PathSuppressions pathSuppressions(List<String> suppressions) {
        return PathSuppressions.parse(suppressions,
                Rules.all().stream().map(Rule::id).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** Why the digest directory cannot be read, naming it and its parameter; empty when it is a directory. */
    Optional<String> directoryProblem() {
        String setting = directorySetting.map(where -> "key 'directory' in " + where)
                .orElse("parameter 'directory', property digest.directory");
        Optional<List<Path>> loop = DigestFiles.linkLoop(directory);
        if (loop.isPresent()) {
            return Optional.of("The digest directory " + directory + " is " + DigestFiles.loopMessage(loop.get())
                    + " (" + setting + ")");
        }
        if (!Files.exists(directory)) {
            return Optional.of("The digest directory " + directory + " does not exist (" + setting + ")");
        }
        if (!Files.isDirectory(directory)) {
            return Optional.of("The digest directory " + directory + " is not a directory (" + setting + ")");
        }
        return Optional.empty();
    }

    /**
     * The reading file: the one the pom, {@code -D} or the configuration file names, which must
     * exist, else {@code reading.yaml} in the digest directory when it is there.
     *
     * @throws IllegalArgumentException naming a file that was named but is not there
     */
    Optional<Path> readingFile(ConfigFile config, Path baseDirectory, File parameter) {
        Optional<Path> named = config.path("readingFile", parameter, baseDirectory);
        if (named.isEmpty()) {
            Path standard = directory.resolve(ReadingFileParser.DEFAULT_FILE);
            return Files.isRegularFile(standard) ? Optional.of(standard) : Optional.empty();
        }
        if (!Files.isRegularFile(named.get())) {
            String setting = parameter == null ? config.where("readingFile").map(where -> "key 'readingFile' in " + where)
                    .orElse("key 'readingFile'") : "parameter 'readingFile', property digest.readingFile";
            throw new IllegalArgumentException("The reading file " + named.get() + " does not exist (" + setting + ")");
        }
        return named;
    }

    /** The warning when includes and excludes leave no file of the directory. */
    String noDigestFound() {
        return "No digest found in " + directory + " matching includes " + includes + " and excludes " + excludes
                + (useDefaultExcludes ? " (and the default excludes)" : "");
    }
}
