package io.github.digestplugin.runner;

import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.check.RuleMessages;
import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.check.Severity;
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
 * @param logged the severities whose findings the log shows, the only ones handed back one by one
 * @param locale the language of the result files' messages
 */
public record CheckRequest(Path directory, List<Path> files, List<PathProblem> pathProblems,
        ParserOptions parserOptions, Map<String, String> severities, Path resultsDirectory, Path baseDirectory,
        String toolVersion, Set<Severity> logged, Locale locale) {

    public CheckRequest {
        files = List.copyOf(files);
        pathProblems = List.copyOf(pathProblems);
        severities = Map.copyOf(severities);
        logged = Set.copyOf(logged);
    }

    /** A request whose result files are in English. */
    public CheckRequest(Path directory, List<Path> files, List<PathProblem> pathProblems, ParserOptions parserOptions,
            Map<String, String> severities, Path resultsDirectory, Path baseDirectory, String toolVersion,
            Set<Severity> logged) {
        this(directory, files, pathProblems, parserOptions, severities, resultsDirectory, baseDirectory, toolVersion,
                logged, RuleMessages.ENGLISH);
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
        properties.setProperty("summaryHeading", parserOptions.summaryHeading());
        properties.setProperty("detailsHeading", parserOptions.detailsHeading());
        parserOptions.channel().ifPresent(channel -> properties.setProperty("channel", channel));
        severities.forEach((id, severity) -> properties.setProperty("rule." + id, severity));
        properties.setProperty("resultsDirectory", resultsDirectory.toString());
        properties.setProperty("baseDirectory", baseDirectory.toString());
        properties.setProperty("toolVersion", toolVersion);
        properties.setProperty("locale", locale.toLanguageTag());
        properties.setProperty("logged", logged.stream().map(Severity::label).sorted().collect(Collectors.joining(",")));
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
        Map<String, String> severities = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().filter(name -> name.startsWith("rule."))
                .forEach(name -> severities.put(name.substring("rule.".length()), properties.getProperty(name)));
        ParserOptions parserOptions = new ParserOptions(required(properties, "summaryHeading"),
                required(properties, "detailsHeading"), Optional.ofNullable(properties.getProperty("channel")));
        Set<Severity> logged = new HashSet<>();
        for (String label : required(properties, "logged").split(",")) {
            if (!label.isEmpty()) {
                logged.add(Severity.parse(label).orElseThrow(() -> new IllegalArgumentException(
                        "The check request logs an unknown severity: " + label)));
            }
        }
        return new CheckRequest(Path.of(required(properties, "directory")), files, pathProblems, parserOptions,
                severities,
                Path.of(required(properties, "resultsDirectory")), Path.of(required(properties, "baseDirectory")),
                required(properties, "toolVersion"), logged, Locale.forLanguageTag(required(properties, "locale")));
    }

    private static String required(Properties properties, String name) {
        String value = properties.getProperty(name);
        if (value == null) {
            throw new IllegalArgumentException("The check request names no " + name);
        }
        return value;
    }
}
