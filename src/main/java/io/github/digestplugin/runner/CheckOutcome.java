package io.github.digestplugin.runner;

import io.github.digestplugin.check.CheckTotals;
import io.github.digestplugin.check.Finding;
import java.nio.file.Path;
import java.util.List;

/**
 * What a check hands back to the one that logs it.
 *
 * @param logged the findings of the severities the request's {@code logged} names, in order; the
 *     result files hold every finding
 * @param notDigests the files that hold none of a digest's structure and were not checked
 * @param totals the counts of the whole check
 * @param resultFiles the writing of the result files, which may still be going on
 */
public record CheckOutcome(List<Finding> logged, List<Path> notDigests, CheckTotals totals,
        ResultWriting resultFiles) {

    public CheckOutcome {
        logged = List.copyOf(logged);
        notDigests = List.copyOf(notDigests);
    }

    /** The result files being written. */
    @FunctionalInterface
    public interface ResultWriting {

        /** Waits until the result files are written. */
        void await() throws CheckRunException;
    }
}
