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

    /**
     * The field as HTML, each {@code $...$} formula in it typeset as MathML ({@link TexMath}), or
     * shown as its text where it cannot be. Formulas are taken out before the Markdown is read, so
     * that their {@code _} and {@code *} are not read as emphasis, and put back into the HTML
     * where it has text: inside a tag or a code span a formula stays text.
     */
    public static SafeHtml render(String text) {
        List<int[]> formulas = text.indexOf('$') < 0 || text.indexOf(FORMULA_START) >= 0
                || text.indexOf(FORMULA_END) >= 0 ? List.of() : formulas(text);
        if (formulas.isEmpty()) {
            return renderMarkdown(text);
        }
        StringBuilder marked = new StringBuilder(text.length());
        List<String> texts = new ArrayList<>(formulas.size());
        int from = 0;
        for (int[] formula : formulas) {
            marked.append(text, from, formula[0]).append(FORMULA_START).append(texts.size()).append(FORMULA_END);
            texts.add(text.substring(formula[0] + 1, formula[1]));
            from = formula[1] + 1;
        }
        marked.append(text, from, text.length());
        return new SafeHtml(putBack(renderMarkdown(marked.toString()).toString(), texts));
    }

    /** Marks where a formula was taken out: characters of Unicode's private use area, which no digest uses. */
    static final char FORMULA_START = '\uE000';
    static final char FORMULA_END = '\uE001';

    /**
     * The formulas of {@code text} as the positions of their two dollar signs, by the rule Pandoc
     * reads them by: the opening one is followed by a character that is not a space, the closing
     * one follows such a character and is not followed by a digit ({@code $5 and $10} is prose),
     * neither is escaped, and {@code $$} opens none.
     */
    static List<int[]> formulas(String text) {
        List<int[]> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('$', i);
            if (open < 0 || open + 1 >= text.length()) {
                break;
            }
            char next = text.charAt(open + 1);
            if (escaped(text, open) || Character.isWhitespace(next) || next == '$') {
                i = next == '$' ? open + 2 : open + 1;
                continue;
            }
            int close = -1;
            for (int j = open + 2; j < text.length() && j - open - 1 <= TexMath.MAX_LENGTH; j++) {
                if (text.charAt(j) == '$' && !escaped(text, j) && !Character.isWhitespace(text.charAt(j - 1))
                        && !(j + 1 < text.length() && Character.isDigit(text.charAt(j + 1)))) {
                    close = j;
                    break;
                }
            }
            if (close < 0) {
                i = open + 1;
                continue;
            }
            found.add(new int[] {open, close});
            i = close + 1;
        }
        return found;
    }

    private static boolean escaped(String text, int at) {
        int backslashes = 0;
        for (int i = at - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /**
     * Puts each formula back where its mark is: as MathML in text, as its escaped TeX (dollar signs
     * included) inside a tag (an attribute), in a code span, or where it cannot be typeset.
     */
    private static String putBack(String html, List<String> texts) {
        StringBuilder out = new StringBuilder(html.length() + 64 * texts.size());
        boolean inTag = false;
        int inCode = 0;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == FORMULA_START) {
                int end = html.indexOf(FORMULA_END, i);
                String tex = texts.get(Integer.parseInt(html.substring(i + 1, end)));
                String raw = Escaping.HTML.escape("$" + tex + "$");
                out.append(inTag || inCode > 0 ? raw : TexMath.toMathMl(tex).orElse(raw));
                i = end;
                continue;
            }
            if (c == '<') {
                inTag = true;
                if (html.startsWith("<code", i)) {
                    inCode++;
                } else if (html.startsWith("</code", i)) {
                    inCode--;
                }
            } else if (c == '>') {
                inTag = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static SafeHtml renderMarkdown(String text) {
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
