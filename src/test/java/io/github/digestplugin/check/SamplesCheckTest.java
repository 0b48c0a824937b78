package io.github.digestplugin.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.parse.ParserOptions;
import io.github.digestplugin.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * All rules on the test digests (one per layout FORMAT.md lists) and the seed-shaped reading list:
 * the only findings are the malformations FORMAT.md lists, where the file names say they are.
 */
class SamplesCheckTest {

    private final DigestChecker checker = new DigestChecker(ParserOptions.defaults(), Rules.defaults());

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
        CheckResult result = checker.check(Fixtures.samples(), filesIn(Fixtures.samples()));
        result.findings().stream().filter(f -> f.severity() != Severity.INFO)
                .forEach(f -> System.out.println(f.format(f.path().toString())));

        assertThat(result.files()).isEqualTo(10);
        assertThat(result.entries()).isEqualTo(27);
        assertThat(describe(result, Severity.ERROR)).containsExactly(
                // an unescaped | in a summary: "$t|ket>$"
                "2023-06-01T0329_empty-fields.md:6:172 cell-pipe",
                // the entry with empty translated title and summaries (FORMAT.md, layout t t s s s t)
                "2023-06-01T0329_empty-fields.md:39:7 empty-field",
                "2023-06-01T0329_empty-fields.md:45:5 empty-field",
                // layout t t s s t t: empty Chinese summary, and an empty Summary cell
                "2023-10-17T0312_empty-summary-zh.md:30:5 empty-field",
                // an unescaped | in a title: "Accuracy and Fairness | Are LLMs ready ..."
                "2024-02-22T0913_cell-pipe.md:6:70 cell-pipe");
        // The first-day digest's rows have summaries its 4-field definitions lack; the entry with empty
        // fields and the one of layout t t t s s t have no Chinese abstract.
        assertThat(describe(result, Severity.WARNING)).containsExactly(
                "2023-03-13T2240_first-day.md:5:116 summary-mismatch",
                "2023-03-13T2240_first-day.md:6:101 summary-mismatch",
                "2023-03-13T2240_first-day.md:7:113 summary-mismatch",
                "2023-06-01T0329_empty-fields.md:49:5 empty-abstract-zh",
                "2023-09-12T0313_no-abstract-zh.md:34:5 empty-abstract-zh");
        // Every http:// url of 2023, the rss.arxiv.org urls of 2024-02-05 and the one http:// url of 2025,
        // each in its row and in its definition.
        List<Finding> infos = result.findings().stream().filter(f -> f.severity() == Severity.INFO).toList();
        assertThat(infos).extracting(Finding::ruleId).containsOnly("url-canonical");
        Map<String, Long> infosPerFile = infos.stream()
                .collect(Collectors.groupingBy(f -> f.path().toString(), TreeMap::new, Collectors.counting()));
        assertThat(infosPerFile).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                        "2023-03-13T2240_first-day.md", 6L,
                        "2023-03-14T1136_english-summary.md", 6L,
                        "2023-06-01T0329_empty-fields.md", 6L,
                        "2023-09-12T0313_no-abstract-zh.md", 4L,
                        "2023-10-17T0312_empty-summary-zh.md", 4L,
                        "2024-02-05T0907_rss-urls.md", 8L,
                        "2025-03-03T0907_recent.md", 2L)));
    }

    @Test
    void seedReadingListHasNoErrorsOrWarnings() throws IOException {
        CheckResult result = checker.check(Fixtures.seed(), filesIn(Fixtures.seed()));
        result.findings().forEach(f -> System.out.println(f.format(f.path().toString())));

        assertThat(result.files()).isEqualTo(1);
        assertThat(result.entries()).isEqualTo(4);
        assertThat(result.findings()).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.ruleId()).isEqualTo("url-canonical");
        });
        // Two http:// urls, each in its row and in its definition.
        assertThat(result.findings()).hasSize(4);
    }
}
