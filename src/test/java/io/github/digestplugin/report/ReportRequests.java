package io.github.digestplugin.report;

import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.parse.ParserOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Report requests as the mojo makes them, for tests. */
final class ReportRequests {

    private ReportRequests() {}

    /**
     * The state directory beside the output, as the mojo's is in the build directory: one for all
     * the outputs in a folder, which keeps each one's record in its own subfolder.
     */
    static Path state(Path output) {
        return output.toAbsolutePath().normalize().resolveSibling("digest-report");
    }

    static ReportRequest of(Path digests, Path output) {
        return of(digests, output, Optional.empty(), Locale.ENGLISH);
    }

    static ReportRequest of(Path digests, Path output, Optional<Path> templates, Locale locale) {
        return of(digests, output, templates, locale, "Reading list");
    }

    static ReportRequest of(Path digests, Path output, Optional<Path> templates, Locale locale, String title) {
        return new ReportRequest(digests, List.of("**/*.md", "**/*.txt"), List.of(), ParserOptions.defaults(),
                Rules.defaults(), output, state(output), templates, locale, title);
    }
}
