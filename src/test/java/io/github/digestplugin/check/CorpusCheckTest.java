package io.github.digestplugin.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.parse.ParserOptions;
import io.github.digestplugin.testing.CorpusSuite;
import io.github.digestplugin.testing.SharedData;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * All rules on the whole cs.CL corpus (871 digests). The counts are those FORMAT.md predicts for
 * this channel: non-canonical urls (24,697 {@code http:} from 2023 and 268 {@code rss.arxiv.org}
 * from 2024, each reported in its row and in its definition), 8 rows split by a pipe, the one entry with empty fields (in two versions of its
 * digest), the first-day rows without summary fields; rules for hand-edited damage find nothing.
 */
@CorpusSuite
class CorpusCheckTest {

    @Test
    void fullCorpusFindingsPerRule() throws IOException {
        Path corpus = SharedData.fullCorpus();
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.map(corpus::relativize).sorted().toList();
        }
        DigestChecker checker = new DigestChecker(ParserOptions.defaults(), Rules.defaults());
        checker.check(corpus, files); // warm-up, so the printed time is a warm run
        long cpuBefore = processCpuNanos();
        CheckResult result = checker.check(corpus, files);
        long cpu = processCpuNanos() - cpuBefore;

        Map<String, Long> counts = new TreeMap<>();
        Rules.all().forEach(rule -> counts.put(rule.id(), 0L));
        result.findings().forEach(f -> counts.merge(f.ruleId(), 1L, Long::sum));
        // CPU time beside wall time: on a machine shared with other builds the wall time says little.
        System.out.printf(Locale.ROOT, "Full corpus, warm: %s; %.1f MB/s; %d ms CPU on %d cores%n", result.summary(),
                result.bytes() / 1e6 / Math.max(1e-3, result.elapsed().toNanos() / 1e9), cpu / 1_000_000,
                Runtime.getRuntime().availableProcessors());
        counts.forEach((id, n) -> System.out.println("  " + id + ": " + n));

        assertThat(result.files()).isEqualTo(871);
        assertThat(result.entries()).isEqualTo(36_728);
        Map<String, Long> expected = new TreeMap<>(counts);
        expected.replaceAll((id, n) -> 0L);
        expected.put("url-canonical", 49_930L);
        expected.put("cell-pipe", 8L);
        expected.put("empty-field", 4L);
        expected.put("empty-abstract-zh", 2L);
        expected.put("summary-mismatch", 38L);
        expected.put("raw-html", 14L);
        expected.put("title-conflict", 1L);
        assertThat(counts).containsExactlyEntriesOf(expected);

        assertThat(messagesOf(result, "url-canonical").stream().filter(m -> m.contains("rss.arxiv.org")))
                .hasSize(536);
        assertThat(messagesOf(result, "url-canonical").stream().filter(m -> m.contains("`http://arxiv.org")))
                .hasSize(49_394);
        assertThat(messagesOf(result, "summary-mismatch")).allSatisfy(m -> assertThat(m).contains("no summary field"));
        assertThat(result.findings().stream().filter(f -> f.ruleId().equals("summary-mismatch"))
                .map(f -> f.path().toString()).distinct())
                .allSatisfy(path -> assertThat(path).startsWith("2023-03-13"));
        assertThat(result.findings().stream().filter(f -> f.ruleId().equals("empty-field"))
                .map(f -> f.path().toString()).distinct())
                .containsExactly("2023-06-01T0329_cde44f0e.md", "2023-06-01T0910_b3d86e7d.md");
        // Raw HTML in real abstracts: tokens such as <s> and <EN> that a renderer would take as tags.
        assertThat(messagesOf(result, "raw-html")).allSatisfy(m -> assertThat(m).startsWith("Raw HTML `<"));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static List<String> messagesOf(CheckResult result, String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).map(Finding::message)
                .collect(Collectors.toList());
    }
}
