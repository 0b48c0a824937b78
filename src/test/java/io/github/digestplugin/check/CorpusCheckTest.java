package io.github.digestplugin.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.parse.ParserOptions;
import io.github.digestplugin.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** All rules on the whole cs.CL corpus. */
class CorpusCheckTest {

    @Test
    void fullCorpusFindingsPerRule() throws IOException {
        Path corpus = SharedData.fullCorpus();
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.map(corpus::relativize).sorted().toList();
        }
        DigestChecker checker = new DigestChecker(ParserOptions.defaults(), RuleConfiguration.defaults());
        checker.check(corpus, files);
        CheckResult result = checker.check(corpus, files);
        Map<String, Long> counts = new TreeMap<>(result.findings().stream()
                .collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting())));
        System.out.println("Full corpus: " + result.summary());
        counts.forEach((id, n) -> System.out.println("  " + id + ": " + n));
        result.findings().stream().filter(f -> f.ruleId().equals("summary-mismatch") && !f.message().contains("no summary field"))
                        .forEach(f -> System.out.println(f.format(f.path().toString())));
        assertThat(files).hasSize(871);
    }
}
