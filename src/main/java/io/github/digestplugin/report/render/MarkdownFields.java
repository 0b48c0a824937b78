package io.github.digestplugin.report.render;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.digestplugin.parse.LinearInlineParser;
import io.github.digestplugin.parse.MarkdownLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders the Markdown of a digest field (one line) as a safe inline HTML fragment: emphasis, code
 * and links to http(s) only. Block syntax (headings, lists, quotes) is not parsed, raw HTML is
 * escaped, images become their alt text (a page never loads anything from another host), and a link
 * to any other scheme is rendered as its text alone. Parser and renderer are immutable and shared.
 * A field flexmark cannot read safely ({@link MarkdownLimits}: longer than it reads, or built so that
 * it would overflow the stack), or that it fails on, is shown as plain text; the check reports it.
 */
public final class MarkdownFields {

    private static final Parser PARSER;
    private static final HtmlRenderer RENDERER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.HEADING_PARSER, false);
        options.set(Parser.LIST_BLOCK_PARSER, false);
        options.set(Parser.BLOCK_QUOTE_PARSER, false);
        options.set(Parser.FENCED_CODE_BLOCK_PARSER, false);
        options.set(Parser.INDENTED_CODE_BLOCK_PARSER, false);
        options.set(Parser.THEMATIC_BREAK_PARSER, false);
        options.set(Parser.HTML_BLOCK_PARSER, false);
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        // Whitelist: every link whose destination is not http(s) is rendered as plain text.
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?is)^(?!https?://).*");
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        PARSER = LinearInlineParser.builder(options).build();
        RENDERER = HtmlRenderer.builder(options).build();
    }

    /** An instance serves templates as {@code $md.render($text)}. */
    public MarkdownFields() {}

    public static SafeHtml render(String text) {
        if (isPlain(text) || MarkdownLimits.problem(text).isPresent()) {
            return SafeHtml.text(text);
        }
        String rendered;
        try {
            Node document = PARSER.parse(text);
            replaceImages(document);
            rendered = unwrapParagraph(RENDERER.render(document).strip(), document);
        } catch (RuntimeException | StackOverflowError e) {
            return SafeHtml.text(text);
        }
        // Defence in depth: no script url may survive, whatever a future flexmark does.
        if (rendered.toLowerCase(Locale.ROOT).contains("script:")) {
            return SafeHtml.text(text);
        }
        return new SafeHtml(rendered);
    }

    /** A field is one line, so one paragraph: its wrapper would nest a block inside a heading or cell. */
    private static String unwrapParagraph(String html, Node document) {
        boolean single = document.getFirstChild() instanceof Paragraph && document.getFirstChild().getNext() == null;
        if (single && html.startsWith("<p>") && html.endsWith("</p>")) {
            return html.substring("<p>".length(), html.length() - "</p>".length());
        }
        return html;
    }

    /** Text without any character Markdown or HTML gives a meaning to renders as itself. */
    static boolean isPlain(String text) {
        return !MarkdownLimits.hasMarkup(text);
    }

    private static void replaceImages(Node document) {
        List<Node> images = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Image || node instanceof ImageRef) {
                images.add(node);
            }
        }
        for (Node image : images) {
            CharSequence alt = image instanceof Image i ? i.getText() : ((ImageRef) image).getText();
            image.insertBefore(new Text(com.vladsch.flexmark.util.sequence.BasedSequence.of(alt)));
            image.unlink();
        }
    }
}
