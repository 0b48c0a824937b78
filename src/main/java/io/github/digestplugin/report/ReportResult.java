package io.github.digestplugin.report;

import java.nio.file.Path;
import java.util.List;

/**
 * What one report run did.
 *
 * @param upToDate true when nothing had changed since the last run, so nothing was rendered
 * @param pagesWritten files written because they were new or their content changed
 * @param pagesUnchanged files rendered with the same content as before, left untouched
 * @param errors findings of severity error in the digests (shown on the problems page)
 * @param index the report's entry page
 * @param notDigests the files that hold none of a digest's structure, left out of the report, sorted
 */
public record ReportResult(
        int digests,
        int entries,
        int papers,
        boolean upToDate,
        int pagesWritten,
        int pagesUnchanged,
        long errors,
        Path index,
        List<Path> notDigests) {

    public ReportResult {
        notDigests = List.copyOf(notDigests);
    }
}
