package io.github.digestplugin.runner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutOfMemoryTest {

    @Test
    void namesTheHeapLimitInMegabytesAndHowToRaiseIt() {
        assertThat(OutOfMemory.message("report", 512L * 1024 * 1024, OutOfMemory.RAISE_MAVENS_HEAP)).isEqualTo(
                "The report ran out of memory with a heap limit of 512 MB; raise it with MAVEN_OPTS=-Xmx2g"
                        + " (or a line -Xmx2g in .mvn/jvm.config) and run again");
    }

    @Test
    void roundsALimitThatIsNoWholeNumberOfMegabytes() {
        assertThat(OutOfMemory.message("check", 40L * 1024 * 1024 - 300_000, "X"))
                .startsWith("The check ran out of memory with a heap limit of 40 MB; raise it with X");
        assertThat(OutOfMemory.message("check", 1000, "X")).contains("heap limit of 1 MB");
    }

    @Test
    void saysSoWhenTheJvmHasNoLimit() {
        assertThat(OutOfMemory.message("report", Long.MAX_VALUE, "X"))
                .isEqualTo("The report ran out of memory with no heap limit set; raise it with X and run again");
    }

    @Test
    void inMavensJvmGivesThisJvmsLimit() {
        long megabytes = Math.round(Runtime.getRuntime().maxMemory() / (1024.0 * 1024));
        assertThat(OutOfMemory.inMavensJvm("report")).contains("heap limit of " + megabytes + " MB");
    }
}
