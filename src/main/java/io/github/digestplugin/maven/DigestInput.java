package io.github.digestplugin.maven;

import io.github.digestplugin.check.PathSuppressions;
import io.github.digestplugin.check.Rule;
import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.check.Rules;
import io.github.digestplugin.parse.ParserOptions;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The digests a goal reads and how it reads them: the parameters {@code digest:check} and
 * {@code digest:report} share, with the meaning and the messages both give them. Maven injects
 * parameters only into the mojo, so each goal keeps them as fields, hands them over here, and
 * wraps the problems found here in its own exception.
 */
final class DigestInput {

    private final Path directory;
    private final List<String> includes;
    private final List<String> excludes;
    private final String summaryHeading;
    private final String detailsHeading;
    private final String channel;
    private final Map<String, String> severities;
    private final String severityOverrides;

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
    }

    /** The digest directory, absolute: without a pom a relative one is taken from the current directory. */
    Path directory() {
        return directory;
    }

    List<String> includes() {
        return includes;
    }

    List<String> excludes() {
        return excludes;
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
        if (!Files.exists(directory)) {
            return Optional.of("The digest directory " + directory
                    + " does not exist (parameter 'directory', property digest.directory)");
        }
        if (!Files.isDirectory(directory)) {
            return Optional.of("The digest directory " + directory
                    + " is not a directory (parameter 'directory', property digest.directory)");
        }
        return Optional.empty();
    }

    /** The warning when includes and excludes leave no file of the directory. */
    String noDigestFound() {
        return "No digest found in " + directory + " matching includes " + includes + " and excludes " + excludes;
    }
}
