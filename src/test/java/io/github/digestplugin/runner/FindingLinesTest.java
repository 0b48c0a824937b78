package io.github.digestplugin.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.SourcePosition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingLinesTest {

    @Test
    void findingsAndTotalsReadBackAsTheyWereWritten() {
        CheckResult written = new CheckResult(List.of(
                new Finding(Path.of("cs.CL", "2024-03-29 x.md"), new SourcePosition(5, 81), Severity.WARNING,
                        "summary-mismatch", "Row `a\tb` differs from `c\\d`\r\nand more"),
                new Finding(Path.of("cs.CL", "2024-03-29 x.md"), new SourcePosition(7, 1), Severity.ERROR, "row-syntax",
                        "ends with a backslash \\"),
                new Finding(Path.of("tab\tname.md"), new SourcePosition(1, 1), Severity.INFO, "url-canonical", "中文 \\t")),
                3, 123_456L, 40, Duration.ofNanos(987_654_321L));

        FindingLines.Reader reader = new FindingLines.Reader();
        for (Finding finding : written.findings()) {
            String line = FindingLines.finding(finding);
            assertThat(line).doesNotContain("\n", "\r");
            reader.read(line);
        }
        assertThat(reader.totals()).isEmpty();
        reader.read(FindingLines.totals(written.totals()));

        assertThat(reader.findings()).isEqualTo(written.findings());
        assertThat(reader.totals()).contains(written.totals());
        assertThat(reader.totals().get().summary()).isEqualTo("3 digests, 40 entries: 1 error, 1 warning, 1 info (987 ms)");
    }

    @Test
    void filesThatAreNotDigestsReadBackInOrder() {
        FindingLines.Reader reader = new FindingLines.Reader();

        reader.read(FindingLines.notADigest(Path.of("README.md")));
        reader.read(FindingLines.notADigest(Path.of("docs", "tab\there.md")));

        assertThat(reader.notDigests()).containsExactly(Path.of("README.md"), Path.of("docs", "tab\there.md"));
        assertThat(reader.findings()).isEmpty();
    }

    @Test
    void aLineThatIsNotPartOfAResultIsRefused() {
        FindingLines.Reader reader = new FindingLines.Reader();

        assertThatThrownBy(() -> reader.read("Picked up JAVA_TOOL_OPTIONS: -Xmx1g"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Picked up");
        assertThatThrownBy(() -> reader.read("F\tx.md\t1\t1\tfatal\trule\tmessage"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reader.read("T\t1\t2\t3\t4\t5"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
