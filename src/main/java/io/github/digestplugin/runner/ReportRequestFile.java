package io.github.digestplugin.runner;

import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.parse.ParserOptions;
import io.github.digestplugin.report.ReportRequest;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** A {@link ReportRequest} as the properties file a forked report reads. */
final class ReportRequestFile {

    private ReportRequestFile() {}

    static void store(ReportRequest request, Path file) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("directory", request.directory().toString());
        list(properties, "include", request.includes());
        list(properties, "exclude", request.excludes());
        CheckRequest.storeReading(properties, request.parserOptions(), CheckRequest.severitiesOf(request.rules()));
        properties.setProperty("outputDirectory", request.outputDirectory().toString());
        properties.setProperty("stateDirectory", request.stateDirectory().toString());
        request.templateDirectory().ifPresent(path -> properties.setProperty("templateDirectory", path.toString()));
        properties.setProperty("locale", request.locale().toLanguageTag());
        properties.setProperty("title", request.title());
        request.siteHome().ifPresent(home -> properties.setProperty("siteHome", home));
        request.readingFile().ifPresent(path -> properties.setProperty("readingFile", path.toString()));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, "digest:report request");
        }
    }

    /** @throws IllegalArgumentException naming a missing entry */
    static ReportRequest load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, String> severities = CheckRequest.severities(properties);
        ParserOptions parserOptions = CheckRequest.parserOptions(properties, "report");
        return new ReportRequest(Path.of(required(properties, "directory")), list(properties, "include"),
                list(properties, "exclude"), parserOptions, RuleConfiguration.of(Rules.all(), severities),
                Path.of(required(properties, "outputDirectory")), Path.of(required(properties, "stateDirectory")),
                Optional.ofNullable(properties.getProperty("templateDirectory")).map(Path::of),
                Locale.forLanguageTag(required(properties, "locale")), required(properties, "title"),
                Optional.ofNullable(properties.getProperty("siteHome")),
                Optional.ofNullable(properties.getProperty("readingFile")).map(Path::of));
    }

    private static void list(Properties properties, String name, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            properties.setProperty(name + "." + i, values.get(i));
        }
    }

    private static List<String> list(Properties properties, String name) {
        List<String> values = new ArrayList<>();
        for (int i = 0; properties.containsKey(name + "." + i); i++) {
            values.add(properties.getProperty(name + "." + i));
        }
        return values;
    }

    private static String required(Properties properties, String name) {
        return CheckRequest.required(properties, name, "report");
    }
}
