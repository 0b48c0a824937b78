package io.github.digestplugin.check.output;

import io.github.digestplugin.check.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.DigestChecker;
import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.parse.ParserOptions;
import io.github.digestplugin.testing.Fixtures;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GitLabCodeQualityWriterTest {

    @Test
    void everyFindingIsAnIssueWithItsOwnFingerprint() throws IOException {
        Path digests = Fixtures.samples();
        List<Path> files = List.of(Path.of("2024-02-05T0907_rss-urls.md"), Path.of("2024-02-22T0913_cell-pipe.md"));
        CheckResult result = new DigestChecker(ParserOptions.defaults(), Rules.defaults())
                .check(digests, files);
        StringWriter out = new StringWriter();

        new GitLabCodeQualityWriter(digests.getParent()).write(result, new CheckedFiles(digests, files), out);

        List<?> issues = (List<?>) JsonReader.parse(out.toString());
        assertThat(issues).hasSize(result.findings().size()).hasSizeGreaterThan(4);
        assertThat(issues.stream().map(i -> ((Map<?, ?>) i).get("fingerprint")).distinct()).hasSize(issues.size());
        Map<?, ?> first = (Map<?, ?>) issues.get(0);
        assertThat(first.keySet().stream().map(Object::toString)).containsExactly("description", "check_name", "fingerprint", "severity", "location");
        assertThat(first.get("check_name")).isEqualTo(result.findings().get(0).ruleId());
        assertThat(first.get("location")).isEqualTo(Map.of("path",
                digests.getFileName() + "/" + result.findings().get(0).path(),
                "lines", Map.of("begin", (long) result.findings().get(0).position().line())));
        assertThat(issues.stream().map(i -> (String) ((Map<?, ?>) i).get("severity"))).isSubsetOf("major", "minor", "info")
                .contains("major", "info");
    }
}
