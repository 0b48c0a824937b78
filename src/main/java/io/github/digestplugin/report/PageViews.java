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
     * One row of a digest's page. Of the check's findings it shows at most a badge: the most severe
     * error or warning on the entry's lines, linking to that finding on the problems page.
     *
     * @param paperHref the paper's page, empty when the entry names no arXiv id
     * @param problem {@code error} or {@code warning}, the most severe on the entry; empty when none
     *     is (an entry that could not be read whole counts as an error)
     * @param problemHref where the badge links: the finding on the problems page, relative to the
     *     report root
     */
    public record DigestRow(EntrySummary entry, String paperHref, SafeHtml title, SafeHtml summary,
            String problem, String problemHref) {

        /** Malformed: it could not be read whole, or a finding of warning or error is on its lines. */
        public boolean malformed() {
            return !problem.isEmpty();
        }
    }

    /**
     * A finding as the problems page lists it.
     *
     * @param file the digest's path
     * @param href its entry on the digest's page (the page itself when it is on no entry's lines),
     *     empty when the file has no page
     * @param anchor its id on the problems page, where the entry's badge links
     * @param text its message in the report's language
     */
    public record Problem(Finding finding, String file, String href, String anchor, String text) {}

    /**
     * A file with errors or warnings. {@code href} is empty when the file could not be read into a
     * page; {@code anchor} is its row's id on the problems page.
     */
    public record ProblemFile(String name, String href, String anchor, long errors, long warnings) {}

    /**
     * One rule's findings of one severity, as the problems page groups them.
     *
     * @param description the rule's description in the report's language
     * @param helpUri the rule's documentation
     * @param href the page of all the rule's findings, relative to the report root; empty for infos
     * @param count how many findings the rule made
     * @param problems those the page lists
     * @param unlisted how many more the page does not list
     */
    public record RuleGroup(String ruleId, Severity severity, String description, String helpUri, String href,
            long count, List<Problem> problems, long unlisted) {}

    /**
     * A paper as another paper's page lists it among its related papers.
     *
     * @param href its page, relative to the report root
     * @param firstSeen the day of the first digest that listed it, empty when that digest is undated
     */
    public record RelatedPaper(String id, String href, String title, String translatedTitle, String firstSeen) {

        /** The title to list it by: English, else Chinese, else its id. */
        public String displayTitle() {
            return Paper.displayTitle(id, title, translatedTitle);
        }
    }

    /** Digests of one day; {@code date} empty for digests whose name carries no date. */
    public record DateGroup(String date, List<DigestRef> digests) {}
}
