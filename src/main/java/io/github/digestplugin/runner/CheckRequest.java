package io.github.digestplugin.runner;

import io.github.digestplugin.check.PathSuppressions;
import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.check.RuleMessages;
import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.check.output.FindingSelection;
import io.github.digestplugin.parse.ParserOptions;
import io.github.digestplugin.parse.PathProblem;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a check in a JVM of its own needs, handed over in a properties file: the digests, how to
 * read them, the severity of every rule and where the result files go.
 *
 * @param directory the digest directory, absolute
 * @param files the digests, relative to {@code directory}
 * @param pathProblems what the file walk did not read, reported the same as in Maven's JVM
 * @param severities every rule id with its severity or {@code off}
 * @param resultsDirectory where the SARIF and checkstyle files are written
 * @param baseDirectory what the paths in the result files are relative to
 * @param suppressions the path suppressions, {@code pattern=rule-id,...} each
 * @param baseline the baseline file to compare with, if any
 * @param selection which findings are handed back one by one (those to log or annotate)
 * @param locale the language of the result files' messages
 * @param readingFile the reading file to check too, absolute; empty when there is none
 */
public record CheckRequest(Path directory, List<Path> files, List<PathProblem> pathProblems,
        ParserOptions parserOptions, Map<String, String> severities, List<String> suppressions,
        Optional<Path> baseline, Path resultsDirectory, Path baseDirectory, String toolVersion,
        FindingSelection selection, Locale locale, Optional<Path> readingFile) {

    public CheckRequest {
        files = List.copyOf(files);
        pathProblems = List.copyOf(pathProblems);
        severities = Map.copyOf(severities);
        suppressions = List.copyOf(suppressions);
    }

    /** A request without a reading file. */
    public CheckRequest(Path directory, List<Path> files, List<PathProblem> pathProblems, ParserOptions parserOptions,
            Map<String, String> severities, List<String> suppressions, Optional<Path> baseline, Path resultsDirectory,
            Path baseDirectory, String toolVersion, FindingSelection selection, Locale locale) {
        this(directory, files, pathProblems, parserOptions, severities, suppressions, baseline, resultsDirectory,
                baseDirectory, toolVersion, selection, locale, Optional.empty());
    }

    /** A request whose result files are in English. */
    public CheckRequest(Path directory, List<Path> files, List<PathProblem> pathProblems, ParserOptions parserOptions,
            Map<String, String> severities, List<String> suppressions, Optional<Path> baseline, Path resultsDirectory,
            Path baseDirectory, String toolVersion, FindingSelection selection) {
        this(directory, files, pathProblems, parserOptions, severities, suppressions, baseline, resultsDirectory,
                baseDirectory, toolVersion, selection, RuleMessages.ENGLISH);
    }

    /** Every rule of the catalogue with its severity in {@code rules}, {@code off} where it is not enabled. */
    public static Map<String, String> severitiesOf(RuleConfiguration rules) {
        Map<String, String> severities = new LinkedHashMap<>();
        Rules.all().forEach(rule -> severities.put(rule.id(),
                rules.severityOf(rule.id()).map(Severity::label).orElse(RuleConfiguration.OFF)));
        return severities;
    }

    public RuleConfiguration rules() {
        return RuleConfiguration.of(Rules.all(), severities);
    }

    /** @throws IllegalArgumentException for an entry that does not parse */
    public PathSuppressions pathSuppressions() {
        return PathSuppressions.parse(suppressions,
                Rules.all().stream().map(rule -> rule.id()).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    public void store(Path file) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("directory", directory.toString());
        for (int i = 0; i < files.size(); i++) {
            properties.setProperty("file." + i, files.get(i).toString());
        }
        for (int i = 0; i < pathProblems.size(); i++) {
            PathProblem problem = pathProblems.get(i);
            properties.setProperty("problem." + i + ".path", problem.path().toString());
            properties.setProperty("problem." + i + ".kind", problem.kind().name());
            properties.setProperty("problem." + i + ".detail", problem.detail());
        }
        storeReading(properties, parserOptions, severities);
        for (int i = 0; i < suppressions.size(); i++) {
            properties.setProperty("suppression." + i, suppressions.get(i));
        }
        baseline.ifPresent(path -> properties.setProperty("baseline", path.toString()));
        readingFile.ifPresent(path -> properties.setProperty("readingFile", path.toString()));
        properties.setProperty("logFindings", selection.logFindings().label());
        selection.threshold().ifPresent(threshold -> properties.setProperty("failOn", threshold.label()));
        properties.setProperty("annotations", Boolean.toString(selection.annotations()));
        properties.setProperty("resultsDirectory", resultsDirectory.toString());
        properties.setProperty("baseDirectory", baseDirectory.toString());
        properties.setProperty("toolVersion", toolVersion);
        properties.setProperty("locale", locale.toLanguageTag());
        properties.setProperty("logged", selection.logged().stream().map(Severity::label).sorted().collect(Collectors.joining(",")));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, "digest:check request");
        }
    }

    /** @throws IllegalArgumentException naming a missing entry */
    public static CheckRequest load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        List<Path> files = new ArrayList<>();
        for (int i = 0; properties.containsKey("file." + i); i++) {
            files.add(Path.of(properties.getProperty("file." + i)));
        }
        List<PathProblem> pathProblems = new ArrayList<>();
        for (int i = 0; properties.containsKey("problem." + i + ".path"); i++) {
            String kindName = required(properties, "problem." + i + ".kind");
            PathProblem.Kind kind;
            try {
                kind = PathProblem.Kind.valueOf(kindName);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("The check request names an unknown path problem: " + kindName);
            }
            pathProblems.add(new PathProblem(Path.of(properties.getProperty("problem." + i + ".path")), kind,
                    required(properties, "problem." + i + ".detail")));
        }
        Map<String, String> severities = severities(properties);
        ParserOptions parserOptions = parserOptions(properties, "check");
        Set<Severity> logged = new HashSet<>();
        for (String label : required(properties, "logged").split(",")) {
            if (!label.isEmpty()) {
                logged.add(Severity.parse(label).orElseThrow(() -> new IllegalArgumentException(
                        "The check request logs an unknown severity: " + label)));
            }
        }
        List<String> suppressions = new ArrayList<>();
        for (int i = 0; properties.containsKey("suppression." + i); i++) {
            suppressions.add(properties.getProperty("suppression." + i));
        }
        Optional<Severity> threshold = Optional.ofNullable(properties.getProperty("failOn")).map(label ->
                Severity.parse(label).orElseThrow(() -> new IllegalArgumentException(
                        "The check request fails on an unknown severity: " + label)));
        FindingSelection selection = new FindingSelection(
                FindingSelection.LogFindings.parse(required(properties, "logFindings")), threshold, logged,
                Boolean.parseBoolean(required(properties, "annotations")));
        return new CheckRequest(Path.of(required(properties, "directory")), files, pathProblems, parserOptions,
                severities, suppressions, Optional.ofNullable(properties.getProperty("baseline")).map(Path::of),
                Path.of(required(properties, "resultsDirectory")), Path.of(required(properties, "baseDirectory")),
                required(properties, "toolVersion"), selection,
                Locale.forLanguageTag(required(properties, "locale")),
                Optional.ofNullable(properties.getProperty("readingFile")).map(Path::of));
    }

    /** How digests are read and checked, as both forks' request files hold it. */
    static void storeReading(Properties properties, ParserOptions parserOptions, Map<String, String> severities) {
        properties.setProperty("summaryHeading", parserOptions.summaryHeading());
        properties.setProperty("detailsHeading", parserOptions.detailsHeading());
        parserOptions.channel().ifPresent(channel -> properties.setProperty("channel", channel));
        severities.forEach((id, severity) -> properties.setProperty("rule." + id, severity));
    }

    static ParserOptions parserOptions(Properties properties, String goal) {
        return new ParserOptions(required(properties, "summaryHeading", goal), required(properties, "detailsHeading", goal),
                Optional.ofNullable(properties.getProperty("channel")));
    }

    static Map<String, String> severities(Properties properties) {
        Map<String, String> severities = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().filter(name -> name.startsWith("rule.")).sorted()
                .forEach(name -> severities.put(name.substring("rule.".length()), properties.getProperty(name)));
        return severities;
    }

    private static String required(Properties properties, String name) {
        return required(properties, name, "check");
    }

    /** @throws IllegalArgumentException naming the missing entry and the goal's request */
    static String required(Properties properties, String name, String goal) {
        String value = properties.getProperty(name);
        if (value == null) {
            throw new IllegalArgumentException("The " + goal + " request names no " + name);
        }
        return value;
    }
}
