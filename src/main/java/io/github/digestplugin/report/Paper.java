package io.github.digestplugin.report;

import java.util.List;
import java.util.Optional;

/**
 * One distinct paper (arXiv id without version) with its texts and every digest it appeared in.
 * Texts come from its latest appearance; a field empty there is taken from the latest one that
 * has it.
 *
 * @param id the arXiv id without version
 * @param version the highest version any appearance names, 0 where none does
 * @param category the primary category where a title suffix names it, else the digest channel
 * @param announceType new, cross, replace or replace-cross where an abstract says, else empty
 * @param abstractEn the English abstract without its {@code Announce Type} prefix
 * @param appearances every appearance, oldest first
 */
public record Paper(String id, int version, String title, String translatedTitle, String summaryZh,
        String summaryEn, String abstractZh, String abstractEn, String category, String announceType,
        Optional<String> month, List<Appearance> appearances) {

    public Paper {
        appearances = List.copyOf(appearances);
        if (appearances.isEmpty()) {
            throw new IllegalArgumentException("a paper without appearance: " + id);
        }
    }

    /** The page of a paper, relative to the report root; old-style ids lose their slash. */
    public static String hrefOf(String id) {
        return "papers/" + id.replace('/', '_') + ".html";
    }

    public String href() {
        return hrefOf(id);
    }

    /** The paper's own BibTeX file beside its page. */
    public String bibHref() {
        return bibHrefOf(id);
    }

    static String bibHrefOf(String id) {
        return "papers/" + id.replace('/', '_') + ".bib";
    }

    /** The BibTeX key: {@code arXiv:} and the id (a slash is allowed in a key, an escaped underscore is not). */
    public String bibKey() {
        return "arXiv:" + id;
    }

    /**
     * The year the id was given: new-style ids start with it ({@code 2403.19243}: 2024), old-style
     * ones carry it after the slash ({@code hep-th/9901001}: 1999; arXiv began in 1991).
     */
    public int year() {
        int yy = Integer.parseInt(yearMonth().substring(0, 2));
        return yy >= 91 ? 1900 + yy : 2000 + yy;
    }

    /** The month the id was given, as BibTeX's month macro ({@code jan} to {@code dec}). */
    public String bibMonth() {
        int month = Integer.parseInt(yearMonth().substring(2, 4));
        return MONTH_MACROS.get(Math.max(1, Math.min(12, month)) - 1);
    }

    private static final List<String> MONTH_MACROS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul",
            "aug", "sep", "oct", "nov", "dec");

    /** The id's four digits YYMM: its start (new style), or the start of its number (old style). */
    private String yearMonth() {
        int slash = id.indexOf('/');
        return id.substring(slash + 1, slash + 5);
    }

    /** Whether the category may stand as BibTeX's {@code primaryClass}: an arXiv category name. */
    public boolean hasArxivCategory() {
        return category.matches("[a-z-]+(\\.[A-Za-z-]+)?");
    }

    /**
     * Whether the English abstract was cut short by the digest: the store marks such a text with a
     * closing ellipsis, as digests do themselves (see {@code Entry#abstractEnCutShort}).
     */
    public boolean abstractEnCutShort() {
        return endsWithEllipsis(abstractEn);
    }

    /** The English abstract without the ellipsis that marks it cut short. */
    public String abstractEnShown() {
        if (!abstractEnCutShort()) {
            return abstractEn;
        }
        String text = abstractEn.strip();
        text = text.endsWith(ELLIPSIS) ? text.substring(0, text.length() - ELLIPSIS.length())
                : text.substring(0, text.length() - "...".length());
        return text.stripTrailing();
    }

    static final String ELLIPSIS = "\u2026";

    static boolean endsWithEllipsis(String text) {
        String end = text.stripTrailing();
        return end.endsWith(ELLIPSIS) || end.endsWith("...");
    }

    public String absUrl() {
        return "https://arxiv.org/abs/" + id;
    }

    public String pdfUrl() {
        return "https://arxiv.org/pdf/" + id;
    }

    /** The title to list the paper by: English, else Chinese, else its id. */
    public String displayTitle() {
        return displayTitle(id, title, translatedTitle);
    }

    static String displayTitle(String id, String title, String translatedTitle) {
        if (!title.isBlank()) {
            return title;
        }
        return translatedTitle.isBlank() ? id : translatedTitle;
    }

    public Appearance firstSeen() {
        return appearances.get(0);
    }

    public Appearance lastSeen() {
        return appearances.get(appearances.size() - 1);
    }
}
