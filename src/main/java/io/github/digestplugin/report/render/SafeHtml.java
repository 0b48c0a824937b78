package io.github.digestplugin.report.render;

import java.util.Objects;

/**
 * A fragment of HTML that is already safe to insert: Markdown rendered by {@link MarkdownFields}
 * or a page body rendered by {@link PageRenderer}. It is the only value the escaping handler
 * inserts unchanged, so a template cannot forget to escape anything else.
 */
public final class SafeHtml {

    private final String html;

    SafeHtml(String html) {
        this.html = Objects.requireNonNull(html, "html");
    }

    /** Plain text, escaped: safe wherever a fragment is expected. */
    public static SafeHtml text(String text) {
        return new SafeHtml(Escaping.HTML.escape(text));
    }

    @Override
    public String toString() {
        return html;
    }
}
