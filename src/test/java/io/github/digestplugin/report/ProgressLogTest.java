package io.github.digestplugin.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.report.ReportProgress.Phase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressLogTest {

    private static final long SECOND = 1_000_000_000L;

    private final List<String> lines = new ArrayList<>();
    private long now = 5 * SECOND;
    private final ProgressLog progress = new ProgressLog(lines::add, () -> now);

    private void at(double seconds) {
        now = 5 * SECOND + (long) (seconds * SECOND);
    }

    @Test
    void aRunWithinTheFirstTwoSecondsLogsNothingButGivesItsPhaseTimes() {
        progress.started(Phase.READ_AND_CHECK, 8);
        at(0.5);
        progress.finished(Phase.READ_AND_CHECK, 8);
        progress.started(Phase.AGGREGATE, 8);
        at(0.7);
        progress.finished(Phase.AGGREGATE, 40);
        progress.started(Phase.PAGES, 3);
        for (int page = 1; page <= 3; page++) {
            at(0.7 + page * 0.3);
            progress.advanced(Phase.PAGES, page, 3);
        }
        progress.finished(Phase.PAGES, 3);
        progress.started(Phase.SEARCH, 40);
        at(1.9);
        progress.finished(Phase.SEARCH, 40);
        progress.started(Phase.EXPORTS, 6);
        progress.finished(Phase.EXPORTS, 6);

        assertThat(lines).isEmpty();
        assertThat(progress.summary()).isEqualTo(
                "read and check 0.5 s, aggregate 0.2 s, pages 0.9 s, search index 0.3 s, exports 0.0 s");
    }

    @Test
    void aLongRunLogsAtMostOneLinePerTwoSecondsWithItsPhasesAndPageCounts() {
        progress.started(Phase.READ_AND_CHECK, 871);
        at(3);
        progress.finished(Phase.READ_AND_CHECK, 871);
        progress.started(Phase.AGGREGATE, 871);
        at(3.5);
        progress.finished(Phase.AGGREGATE, 12000);
        progress.started(Phase.PAGES, 100);
        for (int page = 1; page <= 100; page++) {
            at(3.5 + page * 0.1);
            progress.advanced(Phase.PAGES, page, 100);
        }
        progress.finished(Phase.PAGES, 100);
        at(16);
        progress.started(Phase.SEARCH, 12000);
        at(17);
        progress.finished(Phase.SEARCH, 12000);
        progress.started(Phase.EXPORTS, 6);
        at(19);
        progress.finished(Phase.EXPORTS, 6);

        assertThat(lines).containsExactly(
                "Reading list: read and check done: 871 digests in 3.0 s",
                "Reading list: pages 15 of 100",
                "Reading list: pages 35 of 100",
                "Reading list: pages 55 of 100",
                "Reading list: pages 75 of 100",
                "Reading list: pages 95 of 100",
                "Reading list: search index of 12000 papers",
                "Reading list: exports done: 6 files in 2.0 s");
        assertThat(progress.summary()).isEqualTo(
                "read and check 3.0 s, aggregate 0.5 s, pages 10.0 s, search index 1.0 s, exports 2.0 s");
    }

    @Test
    void aRunThatRendersNothingHasNoPhaseTimes() {
        assertThat(progress.summary()).isEmpty();
    }
}
