package io.github.digestplugin.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ForkPolicyTest {

    @Test
    void autoForksFromTheThresholdOnTrueAlwaysFalseNever() {
        assertThat(ForkPolicy.of("auto").forks(ForkPolicy.AUTO_THRESHOLD - 1)).isFalse();
        assertThat(ForkPolicy.of(" AUTO ").forks(ForkPolicy.AUTO_THRESHOLD)).isTrue();
        assertThat(ForkPolicy.of("true").forks(0)).isTrue();
        assertThat(ForkPolicy.of("false").forks(Long.MAX_VALUE)).isFalse();
    }

    /** A report forks on auto only between the two sizes: past the second, Maven's own JIT renders faster. */
    @Test
    void aReportForksOnAutoFromTheThresholdToTheReportLimit() {
        assertThat(ForkPolicy.of("auto").forksReport(ForkPolicy.AUTO_THRESHOLD - 1)).isFalse();
        assertThat(ForkPolicy.of("auto").forksReport(ForkPolicy.AUTO_THRESHOLD)).isTrue();
        assertThat(ForkPolicy.of("auto").forksReport(ForkPolicy.AUTO_REPORT_LIMIT - 1)).isTrue();
        assertThat(ForkPolicy.of("auto").forksReport(ForkPolicy.AUTO_REPORT_LIMIT)).isFalse();
        assertThat(ForkPolicy.of("true").forksReport(Long.MAX_VALUE)).isTrue();
        assertThat(ForkPolicy.of("false").forksReport(ForkPolicy.AUTO_THRESHOLD)).isFalse();
    }

    @Test
    void anotherValueIsRefusedWithTheAcceptedOnes() {
        assertThatThrownBy(() -> ForkPolicy.of("yes"))
                .hasMessage("fork is 'yes', it must be one of auto, true, false");
    }
}
