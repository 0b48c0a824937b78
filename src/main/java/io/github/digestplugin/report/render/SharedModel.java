package io.github.digestplugin.report.render;

/**
 * The values every template sees beside its page's model, each under its component's name.
 *
 * @param msg the interface text: {@code $msg.key}, {@code $msg.format("key", $arg)}
 * @param lang the language of the interface text, for {@code <html lang>}
 * @param md renders a digest field's Markdown: {@code $md.render($paper.title)}
 * @param siteHome the project site's home page relative to the report's root, empty outside a site
 */
public record SharedModel(Messages msg, String lang, String reportTitle, MarkdownFields md, String siteHome) {

    /** The shared values of a report in the language of {@code messages}. */
    public static SharedModel of(Messages messages, String reportTitle) {
        return of(messages, reportTitle, "");
    }

    /** The shared values of a report that is part of the site whose home page is {@code siteHome}. */
    public static SharedModel of(Messages messages, String reportTitle, String siteHome) {
        return new SharedModel(messages, messages.languageTag(), reportTitle, new MarkdownFields(), siteHome);
    }
}
