package io.github.digestplugin.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.check.output.BaselineFile;
import io.github.digestplugin.check.output.CheckSummary;
import io.github.digestplugin.check.output.FindingSelection;
import io.github.digestplugin.model.SourcePosition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FailurePolicyTest {

    /** One error, two warnings, three infos. */
    private static final CheckSummary MIXED = result(1, 2, 3);

    @Test
    void errorThresholdCountsOnlyErrors() {
        assertThat(FailurePolicy.of("error", 0).failure(MIXED)).contains(
                "1 digest finding of severity error, 0 allowed (failOn=error, maxAllowedViolations=0)");
        assertThat(FailurePolicy.of("error", 1).failure(MIXED)).isEmpty();
        assertThat(FailurePolicy.of("error", 0).failure(result(0, 2, 3))).isEmpty();
    }

    @Test
    void lowerThresholdsCountEverythingMoreSevereToo() {
        assertThat(FailurePolicy.of("warning", 2).failure(MIXED)).contains(
                "3 digest findings of severity warning or worse, 2 allowed (failOn=warning, maxAllowedViolations=2)");
        assertThat(FailurePolicy.of("warning", 3).failure(MIXED)).isEmpty();
        assertThat(FailurePolicy.of("INFO", 5).failure(MIXED)).isPresent();
        assertThat(FailurePolicy.of(" info ", 6).failure(MIXED)).isEmpty();
    }

    @Test
    void noneNeverFails() {
        assertThat(FailurePolicy.of("none", 0).failure(result(50, 50, 50))).isEmpty();
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> FailurePolicy.of("fatal", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("failOn is 'fatal', it must be one of error, warning, info, none");
        assertThatThrownBy(() -> FailurePolicy.of("error", -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxAllowedViolations is -1");
    }

    @Test
    void findingsTheBaselineHoldsDoNotCount() {
        CheckResult result = new CheckResult(List.of(finding(Severity.ERROR), finding(Severity.ERROR)), 1, 10, 1,
                Duration.ZERO);
        BitSet baselined = new BitSet();
        baselined.set(0);
        CheckSummary outcome = CheckSummary.of(result, Optional.of(new BaselineFile.Comparison(baselined, 1, 0)),
                new FindingSelection(FindingSelection.LogFindings.FAILING, Optional.of(Severity.ERROR), Set.of(), false));

        assertThat(FailurePolicy.of("error", 0).failure(outcome)).contains(
                "1 digest finding of severity error not in the baseline, 0 allowed (failOn=error, maxAllowedViolations=0)");
        assertThat(FailurePolicy.of("error", 1).failure(outcome)).isEmpty();
    }

    private static CheckSummary result(int errors, int warnings, int infos) {
        List<Finding> findings = Stream.of(
                        Stream.generate(() -> finding(Severity.ERROR)).limit(errors),
                        Stream.generate(() -> finding(Severity.WARNING)).limit(warnings),
                        Stream.generate(() -> finding(Severity.INFO)).limit(infos))
                .flatMap(s -> s)
                .toList();
        return CheckSummary.of(new CheckResult(findings, 1, 10, 1, Duration.ZERO), Optional.empty(),
                new FindingSelection(FindingSelection.LogFindings.FAILING, Optional.empty(), Set.of(), false));
    }

    private static Finding finding(Severity severity) {
        return new Finding(Path.of("a.md"), SourcePosition.lineStart(1), severity, "encoding", "x");
    }
}
