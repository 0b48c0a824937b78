package io.github.digestplugin.report;

import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.report.render.SafeHtml;
import java.util.List;

/** The small view records templates iterate over, beside {@link Paper} and {@link DigestSummary}. */
public final class PageViews {

    private PageViews() {}

    /** A link to an index page with the number of things on it. */
    public record IndexLink(String label, String href, int count) {}

    /**
     * One row of a digest's page.
     *
     * @param paperHref the paper's page, empty when the entry names no arXiv id
     * @param findings the findings on the entry's lines
     */
    public record DigestRow(EntrySummary entry, String paperHref, SafeHtml title, SafeHtml summary,
            List<Finding> findings) {

        /** Malformed: it could not be read whole, or a finding of warning or error is on its lines. */
        public boolean malformed() {
            return entry.malformed() || findings.stream().anyMatch(f -> f.severity().isAtLeast(Severity.WARNING));
        }
    }

    /** A finding with where it points in the report (its entry, else the digest's findings). */
    public record Problem(Finding finding, String href) {}

    /**
     * The findings of one file: how many of each severity, and those of warning or error in full.
     * {@code href} is empty when the file could not be read into a page.
     */
    public record ProblemFile(String name, String href, long errors, long warnings, long infos,
            List<Problem> problems) {}

    /** How often one rule fired. */
    public record RuleCount(String ruleId, Severity severity, long count) {}

    /** Digests of one day; {@code date} empty for digests whose name carries no date. */
    public record DateGroup(String date, List<DigestRef> digests) {}
}
