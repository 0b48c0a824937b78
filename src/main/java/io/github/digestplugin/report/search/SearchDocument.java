package io.github.digestplugin.report.search;

/**
 * One searchable paper.
 *
 * @param key the paper's arXiv id without version
 * @param href the paper page, relative to the report root ({@code papers/2403.19243.html})
 * @param category its primary category ({@code cs.CL}), or empty
 * @param firstSeen the date of the first digest that listed it ({@code 2024-03-28}), or empty
 * @param title the English title
 * @param translatedTitle the Chinese title
 * @param summaryZh the Chinese one-line summary, as plain text
 * @param summaryEn the English one-line summary, as plain text
 * @param abstractZh the Chinese abstract, as plain text
 * @param abstractEn the English abstract, as plain text
 */
public record SearchDocument(String key, String href, String category, String firstSeen, String title,
        String translatedTitle, String summaryZh, String summaryEn, String abstractZh, String abstractEn) {

    /** The fields other than the titles, in the order of the stored record. */
    String[] bodyFields() {
        return new String[] {summaryZh, summaryEn, abstractZh, abstractEn};
    }
}
