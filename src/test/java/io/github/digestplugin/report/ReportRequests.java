package io.github.digestplugin.report;

import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.parse.ParserOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Report requests as the mojo makes them, for tests. */
final class ReportRequests {

    private ReportRequests() {}

    static ReportRequest of(Path digests, Path output) {
        return of(digests, output, Optional.empty(), Locale.ENGLISH);
    }

    static ReportRequest of(Path digests, Path output, Optional<Path> templates, Locale locale) {
        return new ReportRequest(digests, List.of("**/*.md", "**/*.txt"), List.of(), ParserOptions.defaults(),
                RuleConfiguration.defaults(), output, templates, locale, "Reading list");
    }
}
