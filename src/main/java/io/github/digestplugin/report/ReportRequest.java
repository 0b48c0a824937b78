package io.github.digestplugin.report;

import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.parse.ParserOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything the report needs: where the digests are, how to read and check them, and where and
 * how to write the pages.
 *
 * @param directory the folder the digests are read from
 * @param includes Ant-style patterns of the digests to read
 * @param excludes Ant-style patterns of files to leave out
 * @param outputDirectory the folder the report is written to ({@code target/site/digest})
 * @param stateDirectory the working folder the report keeps its record of past runs in, outside the
 *     output ({@code target/digest-report}); each output folder gets its own subfolder
 * @param templateDirectory a user's folder whose templates replace the default ones of the same name
 * @param locale the language of the interface text (Chinese or English)
 * @param title the report's title (the project's name where there is one)
 * @param siteHome the page of the project site the report's pages link back to, relative to the
 *     report's folder ({@code ../reading-list.html} within {@code mvn site}); empty for a report on its own
 * @param readingFile the reader's {@code reading.yaml}, when there is one
 */
public record ReportRequest(
        Path directory,
        List<String> includes,
        List<String> excludes,
        ParserOptions parserOptions,
        RuleConfiguration rules,
        Path outputDirectory,
        Path stateDirectory,
        Optional<Path> templateDirectory,
        Locale locale,
        String title,
        Optional<String> siteHome,
        Optional<Path> readingFile) {

    public ReportRequest {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /** A report without a reading file. */
    public ReportRequest(Path directory, List<String> includes, List<String> excludes, ParserOptions parserOptions,
            RuleConfiguration rules, Path outputDirectory, Path stateDirectory, Optional<Path> templateDirectory,
            Locale locale, String title, Optional<String> siteHome) {
        this(directory, includes, excludes, parserOptions, rules, outputDirectory, stateDirectory, templateDirectory,
                locale, title, siteHome, Optional.empty());
    }

    /** The same request with the reading file {@code readingFile}. */
    public ReportRequest withReadingFile(Optional<Path> readingFile) {
        return new ReportRequest(directory, includes, excludes, parserOptions, rules, outputDirectory, stateDirectory,
                templateDirectory, locale, title, siteHome, readingFile);
    }

    /** A report on its own, part of no site. */
    public ReportRequest(Path directory, List<String> includes, List<String> excludes, ParserOptions parserOptions,
            RuleConfiguration rules, Path outputDirectory, Path stateDirectory, Optional<Path> templateDirectory,
            Locale locale, String title) {
        this(directory, includes, excludes, parserOptions, rules, outputDirectory, stateDirectory, templateDirectory,
                locale, title, Optional.empty());
    }
}
