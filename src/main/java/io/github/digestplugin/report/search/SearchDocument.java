package io.github.digestplugin.report.search;

/**
 * One searchable paper.
 *
 * @param key the paper's arXiv id without version
 * @param href the paper page, relative to the report root ({@code papers/2403.19243.html})
 * @param title the English title
 * @param translatedTitle the Chinese title
 * @param text summaries and abstracts, Chinese and English, as plain text
 */
public record SearchDocument(String key, String href, String title, String translatedTitle, String text) {}
