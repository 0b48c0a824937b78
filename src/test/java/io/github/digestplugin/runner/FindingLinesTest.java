package io.github.digestplugin.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.EntryKeys;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.check.output.BaselineFile;
import io.github.digestplugin.check.output.CheckSummary;
import io.github.digestplugin.check.output.FindingSelection;
import io.github.digestplugin.model.SourcePosition;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FindingLinesTest {

    @Test
    void anOutcomeReadsBackAsItWasWritten() throws IOException {
        CheckResult written = new CheckResult(List.of(
                new Finding(Path.of("cs.CL", "2024-03-29 x.md"), new SourcePosition(5, 81), Severity.WARNING,
                        "summary-mismatch", "Row `a\tb` differs from `c\\d`\r\nand more"),
                new Finding(Path.of("cs.CL", "2024-03-29 x.md"), new SourcePosition(7, 1), Severity.ERROR, "row-syntax",
                        "ends with a backslash \\"),
                new Finding(Path.of("tab\tname.md"), new SourcePosition(1, 1), Severity.INFO, "url-canonical", "中文 \\t")),
                3, 123_456L, 40, Duration.ofNanos(987_654_321L), 7, EntryKeys.NONE, List.of());
        BitSet baselined = new BitSet();
        baselined.set(1);
        CheckSummary outcome = CheckSummary.of(written, Optional.of(new BaselineFile.Comparison(baselined, 1, 4)),
                new FindingSelection(FindingSelection.LogFindings.ALL, Optional.of(Severity.ERROR),
                        Set.of(Severity.values()), false));
        StringWriter text = new StringWriter();
        FindingLines.write(outcome, List.of(Path.of("README.md")), 42, text);

        FindingLines.Reader reader = new FindingLines.Reader();
        List<String> lines = text.toString().lines().toList();
        for (String line : lines.subList(0, lines.size() - 1)) {
            reader.read(line);
            assertThat(reader.summary()).isEmpty();
        }
        reader.read(lines.get(lines.size() - 1));

        assertThat(reader.summary()).contains(outcome);
        assertThat(reader.notDigests()).containsExactly(Path.of("README.md"));
        assertThat(reader.summary().get().shown()).extracting(CheckSummary.Shown::baselined)
                .containsExactly(false, true, false);
        assertThat(reader.summary().get().totals().summary())
                .isEqualTo("3 digests, 40 entries: 1 error, 1 warning, 1 info, 7 suppressed (987 ms)");
        assertThat(reader.fixable()).isEqualTo(42);
        assertThat(lines).allMatch(FindingLines.Reader::isOutcomeLine);
    }

    /** What a JVM prints itself (-Xlog, a profiler starting) is told from the outcome's lines. */
    @Test
    void theJvmsOwnLinesAreNotOutcomeLines() {
        assertThat(FindingLines.Reader.isOutcomeLine("[0.712s][info][jfr,startup] Started recording 1.")).isFalse();
        assertThat(FindingLines.Reader.isOutcomeLine("[2.001s][info][gc,heap,exit] Heap")).isFalse();
        assertThat(FindingLines.Reader.isOutcomeLine("Total\t1")).isFalse();
        assertThat(FindingLines.Reader.isOutcomeLine("")).isFalse();
        assertThat(FindingLines.Reader.isOutcomeLine("T\t1")).isTrue();
    }

    @Test
    void filesThatAreNotDigestsReadBackInOrder() {
        FindingLines.Reader reader = new FindingLines.Reader();

        reader.read("N\tREADME.md");
        reader.read("N\tdocs/tab\\there.md");

        assertThat(reader.notDigests()).containsExactly(Path.of("README.md"), Path.of("docs", "tab\there.md"));
        assertThat(reader.summary()).isEmpty();
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
        assertThatThrownBy(() -> reader.read("R\tcell-pipe\terror\t1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
