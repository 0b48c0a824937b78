package io.github.digestplugin.report.related;

/**
 * What the related papers are found from: a paper's titles, summaries and abstracts, and what a
 * related list shows of it (titles and first-seen date).
 *
 * @param firstDate the day of the first digest that listed the paper, empty when that digest is undated
 */
public record PaperText(String id, String title, String translatedTitle, String summaryZh, String summaryEn,
        String abstractZh, String abstractEn, String firstDate) {}
