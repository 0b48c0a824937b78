package io.github.digestplugin.check.rules;

import io.github.digestplugin.model.Definition;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Heading;
import io.github.digestplugin.model.Layout;
import io.github.digestplugin.model.SourcePosition;
import io.github.digestplugin.model.TableRow;

/** Text helpers shared by the rules: quoting values in messages, comparing texts, naming fields. */
final class RuleText {

    /** How long a quoted value may be in a message before it is shortened. */
    static final int MAX_QUOTED = 80;

    /** Names of the standard layout's definition fields, by index. */
    private static final String[] STANDARD_FIELDS = {
        "title", "url", "summary zh", "summary en", "abstract zh", "abstract en"
    };

    /** Names of the first day's four-field layout, by index. */
    private static final String[] NO_SUMMARY_FIELDS = {"title", "url", "abstract zh", "abstract en"};

    private RuleText() {}

    /** The value in backticks, cut to {@link #MAX_QUOTED} characters with an ellipsis. */
    static String quote(String value) {
        String shown = value.length() <= MAX_QUOTED ? value : value.substring(0, MAX_QUOTED - 3) + "...";
        return "`" + shown + "`";
    }

    /**
     * Text as a reader sees it, for comparing two copies: trimmed, {@code \|} unescaped, runs of
     * whitespace collapsed into one space.
     */
    static String normalized(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '|') {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Whether two texts read the same after {@link #normalized}; identical texts cost no copy. */
    static boolean sameText(String first, String second) {
        return first.equals(second) || normalized(first).equals(normalized(second));
    }

    /**
     * Two texts that differ, quoted whole when both are short, else each from a little before their
     * first difference, so that a message about two long texts shows where they part:
     * {@code `...abc`, `...abd`}.
     */
    static String contrast(String first, String second) {
        String[] excerpts = excerpts(first, second);
        return excerpts[0] + ", " + excerpts[1];
    }

    /** The two quoted excerpts of {@link #contrast}. */
    static String[] excerpts(String first, String second) {
        int common = 0;
        int shorter = Math.min(first.length(), second.length());
        while (common < shorter && first.charAt(common) == second.charAt(common)) {
            common++;
        }
        boolean bothFit = first.length() <= MAX_QUOTED && second.length() <= MAX_QUOTED;
        int from = bothFit || common <= CONTEXT ? 0 : common - CONTEXT;
        return new String[] {excerpt(first, from), excerpt(second, from)};
    }

    /** Characters shown before the first difference in {@link #contrast}. */
    private static final int CONTEXT = 20;

    private static String excerpt(String text, int from) {
        if (from == 0) {
            return quote(text);
        }
        String rest = text.substring(Math.min(from, text.length()));
        String shown = rest.length() <= MAX_QUOTED - 3 ? rest : rest.substring(0, MAX_QUOTED - 6) + "...";
        return "`..." + shown + "`";
    }

    /** {@code field 3 (summary zh)}: the 1-based position and the name it has in the layout. */
    static String fieldName(Definition definition, int index) {
        return fieldName(definition.layout(), index);
    }

    static String fieldName(Layout layout, int index) {
        String[] names = layout == Layout.NO_SUMMARIES ? NO_SUMMARY_FIELDS : STANDARD_FIELDS;
        String name = index < names.length ? " (" + names[index] + ")" : "";
        return "field " + (index + 1) + name;
    }

    /** The position of a row's reference cell, or of the row when it has no cell. */
    static SourcePosition referencePosition(TableRow row) {
        return row.cells().isEmpty() ? row.position() : row.cells().get(0).position();
    }

    /** {@code [^7]}, or {@code the row} when the row carries no readable number. */
    static String reference(TableRow row) {
        return row.number().map(n -> "[^" + n + "]").orElse("the row");
    }

    /**
     * The first line of the details section: its heading, else the first definition, else past the
     * end. Lines before it belong to the summary section.
     */
    static int detailsStart(Digest digest) {
        for (Heading heading : digest.headings()) {
            if (heading.kind() == Heading.Kind.DETAILS) {
                return heading.position().line();
            }
        }
        return digest.definitions().isEmpty()
                ? Integer.MAX_VALUE
                : digest.definitions().get(0).position().line();
    }
}
