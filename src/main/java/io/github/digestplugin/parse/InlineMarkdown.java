package io.github.digestplugin.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Optional;

/**
 * The parts of reading a digest where Markdown semantics matter, answered by flexmark on one
 * cell or field at a time (never the whole document, which would be far too slow for a corpus).
 * The parsers are immutable and shared. flexmark reads only what {@link MarkdownLimits} lets
 * through, and whatever it still throws on is answered as if it had found nothing to read.
 */
public final class InlineMarkdown {

    /**
     * Built on first use (a holder class each): making a flexmark parser loads some 300 classes,
     * a quarter of a second in a fresh JVM, and a clean digest never needs one.
     */
    private static final class Inline {
        static final Parser PARSER = LinearInlineParser.builder(new MutableDataSet()).build();
    }

    private static final class GfmTables {
        static final Parser PARSER;

        static {
            MutableDataSet options = new MutableDataSet();
            options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
            options.set(TablesExtension.COLUMN_SPANS, false);
            options.set(TablesExtension.APPEND_MISSING_COLUMNS, false);
            options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, false);
            options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
            PARSER = LinearInlineParser.builder(options).build();
        }
    }

    /** A Markdown link's text and destination. */
    public record Link(String text, String url) {}

    private InlineMarkdown() {}

    /**
     * Reads text that should be exactly one Markdown link, {@code [text](url)}. A fast path takes
     * the shapes titles have, LaTeX escapes included, and answers exactly as flexmark would; the
     * rest goes to flexmark: angle brackets and code spans, a link inside the text, an escape,
     * entity or parenthesis in the url, space at either end of the text (which flexmark trims).
     * Text flexmark cannot read safely ({@link MarkdownLimits}) is not a link.
     */
    public static Optional<Link> singleLink(String text) {
        int split = text.lastIndexOf("](");
        if (split > 0 && text.charAt(0) == '[' && text.charAt(text.length() - 1) == ')'
                && text.indexOf('<') < 0 && text.indexOf('`') < 0) {
            String label = text.substring(1, split);
            String url = text.substring(split + 2, text.length() - 1);
            if (isPlainLabel(label) && isPlainUrl(url)) {
                return Optional.of(new Link(label, url));
            }
        }
        return MarkdownLimits.problem(text).isPresent() ? Optional.empty() : flexmarkSingleLink(text);
    }

    /**
     * Brackets balanced outside backslash escapes, no {@code ](} of a link inside, the closing
     * bracket not escaped, and no space or control character at either end.
     */
    private static boolean isPlainLabel(String label) {
        if (!label.isEmpty() && (label.charAt(0) <= ' ' || label.charAt(label.length() - 1) <= ' ')
                || label.contains("](")) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c == '\\') {
                if (i + 1 == label.length()) {
                    return false;
                }
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    private static boolean isPlainUrl(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == '(' || c == ')' || c == '\\' || c == '&') {
                return false;
            }
        }
        return true;
    }

    static Optional<Link> flexmarkSingleLink(String text) {
        Optional<Node> parsed = parse(Inline.PARSER, text);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Node paragraph = parsed.get().getFirstChild();
        if (!(paragraph instanceof Paragraph) || paragraph.getNext() != null) {
            return Optional.empty();
        }
        Node only = paragraph.getFirstChild();
        if (only == null || only.getNext() != null) {
            return Optional.empty();
        }
        if (only instanceof com.vladsch.flexmark.ast.Link link) {
            return Optional.of(new Link(link.getText().toString(), link.getUrl().unescape()));
        }
        if (only instanceof AutoLink autoLink) {
            String url = autoLink.getUrl().toString();
            return Optional.of(new Link(url, url));
        }
        return Optional.empty();
    }

    /**
     * How many cells flexmark's table parser finds in {@code row} under a three-column header. It
     * keeps pipes inside link text and code spans in their cell, unlike GFM ({@link RowSplitter}),
     * so it answers whether a row with its stray pipes escaped reads as three cells; 0 for a row
     * flexmark cannot read.
     */
    public static int flexmarkCellCount(String row) {
        if (MarkdownLimits.problem(row).isPresent()) {
            return 0;
        }
        Optional<Node> document = parse(GfmTables.PARSER, "| a | b | c |\n| --- | --- | --- |\n" + row + "\n");
        if (document.isEmpty()) {
            return 0;
        }
        for (Node node : document.get().getDescendants()) {
            if (node instanceof TableBody body && body.getFirstChild() != null) {
                int cells = 0;
                for (Node cell : body.getFirstChild().getChildren()) {
                    if (cell instanceof TableCell) {
                        cells++;
                    }
                }
                return cells;
            }
        }
        return 0;
    }

    /**
     * Raw HTML that a Markdown renderer would pass through, found by flexmark, or a tag whose name
     * a {@code /} ends (such as {@code <svg/onload=...>}), which a browser reads as a tag although
     * Markdown does not. Text flexmark cannot read is searched for anything that may start a tag.
     */
    public static Optional<String> rawHtml(String text) {
        if (text.indexOf('<') < 0) {
            return Optional.empty();
        }
        Optional<Node> document = MarkdownLimits.problem(text).isPresent()
                ? Optional.empty()
                : parse(Inline.PARSER, text);
        if (document.isEmpty()) {
            return TagScan.anyTag(text);
        }
        for (Node node : document.get().getDescendants()) {
            if (node instanceof HtmlInlineBase || node instanceof HtmlBlockBase) {
                return Optional.of(node.getChars().toString().trim());
            }
        }
        return TagScan.slashTag(text);
    }

    /**
     * The document flexmark reads from {@code text}, or empty where it fails: a digest's content is
     * never allowed to stop a goal, whatever a future flexmark does with it.
     */
    private static Optional<Node> parse(Parser parser, String text) {
        try {
            return Optional.of(parser.parse(text));
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }
}
