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

    @Test
    void anotherValueIsRefusedWithTheAcceptedOnes() {
        assertThatThrownBy(() -> ForkPolicy.of("yes"))
                .hasMessage("fork is 'yes', it must be one of auto, true, false");
    }
}
