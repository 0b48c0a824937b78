package io.github.digestplugin.parse;

import java.util.Optional;

/**
 * The two line shapes outside the table rows that the parser recognises: an ATX heading and the
 * table's delimiter row. Read by hand in one pass each: the equivalent regular expressions
 * backtrack over a long run of spaces or cells, quadratic in the line's length or deep enough in
 * recursion to overflow the stack, and a hostile line can be a megabyte long.
 */
final class LineSyntax {

    private static final int MAX_INDENT = 3;
    private static final int MAX_LEVEL = 6;

    /**
     * A heading line.
     *
     * @param level the number of {@code #}
     * @param text the heading's text without the closing {@code #} sequence and surrounding space
     * @param column where the text starts (where it would start, for an empty heading)
     */
    record HeadingLine(int level, String text, int column) {}

    private LineSyntax() {}

    /**
     * Reads {@code ^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t#]*$}: up to three spaces, one to six
     * {@code #}, then nothing, or space and a text that may end in any run of spaces, tabs and
     * {@code #}. A text holding a line terminator (as {@code .} of a regular expression knows
     * them) is not a heading; more than six {@code #} make one only with nothing else behind them.
     */
    static Optional<HeadingLine> heading(String line) {
        int length = line.length();
        int indent = 0;
        while (indent < length && indent <= MAX_INDENT && line.charAt(indent) == ' ') {
            indent++;
        }
        if (indent > MAX_INDENT || indent == length || line.charAt(indent) != '#') {
            return Optional.empty();
        }
        int hashesEnd = indent;
        while (hashesEnd < length && line.charAt(hashesEnd) == '#') {
            hashesEnd++;
        }
        int level = hashesEnd - indent;
        if (level > MAX_LEVEL) {
            int levelEnd = indent + MAX_LEVEL;
            return isClosingSequence(line, levelEnd)
                    ? Optional.of(new HeadingLine(MAX_LEVEL, "", levelEnd + 1))
                    : Optional.empty();
        }
        if (hashesEnd == length) {
            return Optional.of(new HeadingLine(level, "", hashesEnd + 1));
        }
        if (!isSpaceOrTab(line.charAt(hashesEnd))) {
            return Optional.empty();
        }
        int textStart = hashesEnd;
        while (textStart < length && isSpaceOrTab(line.charAt(textStart))) {
            textStart++;
        }
        int textEnd = length;
        while (textEnd > textStart && isClosing(line.charAt(textEnd - 1))) {
            textEnd--;
        }
        for (int i = textStart; i < textEnd; i++) {
            if (isLineTerminator(line.charAt(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(new HeadingLine(level, line.substring(textStart, textEnd).strip(), textStart + 1));
    }

    /**
     * Reads {@code ^ {0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$}: a delimiter row such as
     * {@code | --- | :-: |}, with or without its outer pipes.
     */
    static boolean isDelimiterRow(String line) {
        int length = line.length();
        int spaces = 0;
        while (spaces < length && line.charAt(spaces) == ' ') {
            spaces++;
        }
        int at = spaces <= MAX_INDENT && spaces < length && line.charAt(spaces) == '|' ? spaces + 1 : 0;
        while (true) {
            at = skipSpace(line, at);
            if (at < length && line.charAt(at) == ':') {
                at++;
            }
            int dashes = at;
            while (at < length && line.charAt(at) == '-') {
                at++;
            }
            if (at == dashes) {
                return false;
            }
            if (at < length && line.charAt(at) == ':') {
                at++;
            }
            at = skipSpace(line, at);
            if (at == length) {
                return true;
            }
            if (line.charAt(at) != '|') {
                return false;
            }
            at++;
            if (skipSpace(line, at) == length) {
                return true;
            }
        }
    }

    private static boolean isClosingSequence(String line, int from) {
        for (int i = from; i < line.length(); i++) {
            if (!isClosing(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isClosing(char c) {
        return c == '#' || isSpaceOrTab(c);
    }

    private static boolean isSpaceOrTab(char c) {
        return c == ' ' || c == '\t';
    }

    /** The characters {@code .} of a regular expression does not match. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Skips {@code \s} of a regular expression: space, tab, line feed, vertical tab, form feed, return. */
    private static int skipSpace(String line, int from) {
        int i = from;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) >= '\t' && line.charAt(i) <= '\r')) {
            i++;
        }
        return i;
    }
}
