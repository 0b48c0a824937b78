package io.github.digestplugin.report;

import java.io.IOException;

/** Reads, checks and aggregates the digests, then renders the reading-list site. */
public final class ReportGenerator {

    public ReportResult generate(ReportRequest request) throws IOException {
        throw new UnsupportedOperationException("The report is being built (report-core branch)");
    }
}
