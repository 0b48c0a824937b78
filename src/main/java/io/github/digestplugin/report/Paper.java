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
