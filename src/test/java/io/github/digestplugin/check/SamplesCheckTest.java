package io.github.digestplugin.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.parse.ParserOptions;
import io.github.digestplugin.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * All rules on the eight corpus samples and the seed reading list: the only errors are the
 * malformations FORMAT.md lists for them.
 */
class SamplesCheckTest {

    private final DigestChecker checker = new DigestChecker(ParserOptions.defaults(), RuleConfiguration.defaults());

    private static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> list = Files.list(directory)) {
            return list.map(directory::relativize).sorted().toList();
        }
    }

    private static List<String> describe(CheckResult result, Severity severity) {
        return result.findings().stream()
                .filter(f -> f.severity() == severity)
                .map(f -> f.path() + ":" + f.position() + " " + f.ruleId())
                .toList();
    }

    @Test
    void samplesHaveNoErrorsButTheKnownMalformations() throws IOException {
        CheckResult result = checker.check(SharedData.samples(), filesIn(SharedData.samples()));
        result.findings().stream().filter(f -> f.severity() != Severity.INFO)
                .forEach(f -> System.out.println(f.format(f.path().toString())));

        assertThat(result.files()).isEqualTo(8);
        assertThat(describe(result, Severity.ERROR)).containsExactly(
                // the entry with empty translated title and summaries (FORMAT.md, layout t t s s s t)
                "2023-06-01T0329_cde44f0e.md:40:198 cell-pipe",
                "2023-06-01T0329_cde44f0e.md:657:8 empty-field",
                "2023-06-01T0329_cde44f0e.md:663:5 empty-field",
                // an unescaped | in a title: "Accuracy and Fairness | Are LLMs ready ..."
                "2024-02-22T0913_97bedcef.md:120:72 cell-pipe");
        // The first-day digest's rows have summaries its 4-field definitions lack, and the empty entry
        // has no Chinese abstract either.
        assertThat(result.findings().stream().filter(f -> f.severity() == Severity.WARNING).map(Finding::ruleId))
                .containsOnly("summary-mismatch", "empty-abstract-zh")
                .containsOnlyOnce("empty-abstract-zh")
                .hasSize(20);
    }

    @Test
    void seedReadingListHasNoErrorsOrWarnings() throws IOException {
        CheckResult result = checker.check(SharedData.seed(), filesIn(SharedData.seed()));
        result.findings().forEach(f -> System.out.println(f.format(f.path().toString())));

        assertThat(result.files()).isEqualTo(1);
        assertThat(result.entries()).isEqualTo(4);
        assertThat(result.findings()).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.ruleId()).isEqualTo("url-canonical");
        });
        assertThat(result.findings()).hasSize(2);
    }
}
