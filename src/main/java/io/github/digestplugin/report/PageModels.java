package io.github.digestplugin.report;

import io.github.digestplugin.report.PageViews.DateGroup;
import io.github.digestplugin.report.PageViews.DigestRow;
import io.github.digestplugin.report.PageViews.IndexLink;
import io.github.digestplugin.report.PageViews.ProblemFile;
import io.github.digestplugin.report.PageViews.RuleGroup;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The models of the report's pages and files, one record per kind. Each component becomes a
 * variable of the template under the component's name ({@code $paper}, {@code $rows}, ...), beside
 * the shared ones; users' own templates see the same names, so a rename breaks them.
 */
public final class PageModels {

    private PageModels() {}

    /**
     * {@code index.vm}: the overview.
     *
     * @param monthCount the months of the digests' dates that list papers
     * @param monthChart entries per month of their digests' dates
     * @param categoryChart the categories with the most papers
     * @param newestDigests the newest digests, newest first
     * @param progress how much of the reading list is read
     */
    public record IndexPage(int digestCount, int entryCount, int paperCount, int channelCount, int categoryCount,
            int monthCount, long errorCount, long warningCount, long infoCount, BarChart monthChart,
            BarChart categoryChart, List<DigestRef> newestDigests, ReadingProgress progress) {}

    /**
     * The overview's progress: papers read of all, by month and by channel, from the reading file.
     *
     * @param present whether there is a reading file with any entry
     * @param months by the month of the digest each paper first appeared in, in order
     * @param channels by the channel of that digest
     * @param chart papers read per month
     * @param entriesJson the reading file's entries as JSON, which the page's export merges with
     *     the browser's changes
     * @param tags the reading file's tags, each with its page
     */
    public record ReadingProgress(boolean present, int read, int papers, List<ProgressRow> months,
            List<ProgressRow> channels, BarChart chart, String entriesJson, List<IndexLink> tags) {}

    /** One month or channel of the progress: papers read of its papers, and its page. */
    public record ProgressRow(String label, String href, int read, int papers) {}

    /** {@code tags.html}: the reading file's tags, each linked to the page of its papers. */
    public record TagsPage(List<IndexLink> tags) {}

    /** {@code search.vm}: the page is the search script's; it needs nothing of the reading list. */
    public record SearchPage() {}

    /**
     * {@code channels.vm}: the arXiv categories, and the digest channels, each linked to its page,
     * and each channel's Atom feed.
     */
    public record ChannelsPage(List<IndexLink> categories, List<IndexLink> channels, List<IndexLink> channelFeeds) {}

    /**
     * {@code channel.vm}: the digests of one channel, newest first, on one page or, for a long
     * channel, one page per year (the newest year, with any undated digests, on the first).
     *
     * @param channel the channel
     * @param digests the digests on this page, newest first
     * @param digestTotal the channel's digests on all its pages
     * @param entryTotal the entries of all of them
     * @param parts the pages of the channel, labelled by year; one part when it is not split
     * @param part this page, one of {@code parts}
     */
    public record ChannelPage(String channel, List<DigestRef> digests, int digestTotal, int entryTotal,
            List<IndexLink> parts, IndexLink part) {}

    /**
     * {@code months.vm}: time by the digests' dates first, then by the month in the arXiv id.
     *
     * @param listedMonths the months of the digests, each linked to the papers its digests list
     * @param listedChart entries per month of their digests' dates
     * @param months the months of the arXiv ids
     * @param monthChart papers per month of their arXiv id
     */
    public record MonthsPage(List<IndexLink> listedMonths, BarChart listedChart, List<IndexLink> months,
            BarChart monthChart) {}

    /** {@code titles.vm}: the letters of the A to Z index. */
    public record TitlesPage(List<IndexLink> letters) {}

    /**
     * {@code dates.vm}: the digests by day, newest first, undated ones last; past
     * {@code ReportGenerator.CHANNEL_PAGE_SIZE} digests one page per year, the newest year (and
     * the undated digests) on {@code dates.html}.
     *
     * @param groups the days on this page
     * @param parts the pages, labelled by year; one part when the list is not split
     * @param part this page, one of {@code parts}
     */
    public record DatesPage(List<DateGroup> groups, List<IndexLink> parts, IndexLink part) {}

    /**
     * {@code problems.vm}: the findings of the check, errors first.
     *
     * @param errors the rules that found errors, in catalogue order, each with its first findings
     *     and the page of all of them
     * @param warnings the same for warnings
     * @param infos the same for infos, each rule's list cut at {@code infoLimit}, without a page
     * @param fileCount how many files hold errors or warnings
     */
    public record ProblemsPage(List<RuleGroup> errors, List<RuleGroup> warnings, List<RuleGroup> infos,
            long errorCount, long warningCount, long infoCount, int fileCount, int infoLimit) {}

    /** {@code problem-rule.vm}: every error or warning of one rule, at {@code page}. */
    public record ProblemRulePage(String href, RuleGroup group) {}

    /** {@code problem-files.vm}: the files with errors or warnings, in path order. */
    public record ProblemFilesPage(List<ProblemFile> files) {}

    /**
     * {@code paper-list.vm}: one page of the papers of one category, month or letter.
     *
     * @param kind {@code category}, {@code month} (of the arXiv id), {@code listed} (the month of
     *     the digests that list the papers) or {@code letter}
     * @param heading the category, month or letter
     * @param papers the papers on this page
     * @param total the papers on all the pages of the list
     * @param parts the pages of the list
     * @param part this page, one of {@code parts}
     * @param siblings the other lists of the same index
     * @param indexPage the index the list belongs to, such as {@code channels.html}
     * @param reading the papers' statuses, for their badges
     */
    public record PaperListPage(String kind, String heading, List<PaperStamp> papers, int total, List<IndexLink> parts,
            IndexLink part, List<IndexLink> siblings, String indexPage, ReadingMarks reading) {}

    /**
     * {@code digest.vm}: one digest.
     *
     * @param rows its entries, each with a badge when it holds an error or warning
     * @param errorCount its errors, on its entries or elsewhere in the file
     * @param warningCount its warnings
     * @param problemsHref its row on the problems pages, relative to the report root
     * @param channelHref the page of its channel that lists it
     * @param previous the digest of the same channel before it
     * @param next the digest of the same channel after it
     * @param reading the papers' statuses, for their badges
     */
    public record DigestPage(DigestSummary digest, List<DigestRow> rows, long errorCount, long warningCount,
            String problemsHref, String channelHref, Optional<DigestRef> previous, Optional<DigestRef> next,
            ReadingMarks reading) {}

    /**
     * {@code paper.vm}: one paper.
     *
     * @param categoryHref the page of its category
     * @param monthHref the page of its month, empty when its id carries none
     * @param bibtex its BibTeX entry, the text of its own {@code .bib} file
     * @param reading what the reading file records of it
     */
    public record PaperPage(Paper paper, String categoryHref, String monthHref, String bibtex,
            ReadingMarks.PaperReading reading) {}

    /** {@code paper-bib.vm}: one paper's BibTeX file, {@code papers/ID.bib}. */
    public record PaperBibFile(Paper paper) {}

    /**
     * {@code atom.vm}: an Atom feed of the newest papers, of the whole report or of one channel.
     *
     * @param channel the digest channel of a channel's feed, empty for the report's
     * @param updated the time each paper was announced (in the channel), by paper id
     * @param feedUpdated the newest of those times
     * @param feedId the feed's id, the same for every run of a report with the same title (and channel)
     * @param selfName the feed's file name, relative to its own folder
     */
    public record FeedFile(String channel, List<Paper> papers, Map<String, String> updated, String feedUpdated,
            String feedId, String selfName) {}

    /**
     * {@code chart.vm}: one of the overview's charts as an SVG file of its own ({@code charts/months.svg}).
     *
     * @param caption what the chart shows, its title
     */
    public record ChartFile(BarChart chart, String caption) {}

}
