package io.github.digestplugin.runner;

import io.github.digestplugin.check.CheckTotals;
import io.github.digestplugin.check.output.CheckSummary;
import java.nio.file.Path;
import java.util.List;

/**
 * What a check hands back to the one that logs it.
 *
 * @param summary the totals, the counts per rule, the findings to log or annotate and the
 *     comparison with the baseline; the result files hold every finding
 * @param notDigests the files that hold none of a digest's structure and were not checked
 * @param resultFiles the writing of the result files, which may still be going on
 * @param fixable how many findings {@code digest:fix} can repair
 */
public record CheckOutcome(CheckSummary summary, List<Path> notDigests, ResultWriting resultFiles, long fixable) {

    public CheckOutcome {
        notDigests = List.copyOf(notDigests);
    }

    public CheckTotals totals() {
        return summary.totals();
    }

    /** The result files being written. */
    @FunctionalInterface
    public interface ResultWriting {

        /** Waits until the result files are written. */
        void await() throws CheckRunException;
    }
}
