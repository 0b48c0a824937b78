package io.github.digestplugin.parse;

import java.util.Optional;

/**
 * What flexmark is not given to read. Several of its inline expressions recurse once per character
 * or attribute they consume (an HTML comment, a link destination in angle brackets, a link title or
 * label, the attributes of a tag, the labels of an e-mail domain), so a long one overflows the
 * stack of any thread; a few others scan to the end of the text for every opener (processing
 * instructions, declarations, CDATA), and the rest of its work grows faster than the length. Real
 * fields are far inside these limits (the generator cuts abstracts well short of them); a text
 * beyond one is read as plain text, and the {@code markdown-too-complex} rule names it.
 */
public final class MarkdownLimits {

    /** Longer texts holding Markdown are not parsed: flexmark's work on them grows faster than their length. */
    public static final int MAX_LENGTH = 4096;

    /**
     * The longest comment, angle-bracket destination, link title or label: a few times shorter than
     * the length that overflows a default thread stack, which also holds the caller's frames.
     */
    static final int MAX_SPAN = 256;

    /** The most attributes of one tag, or labels of one e-mail domain (each costs more stack than a character). */
    static final int MAX_REPEATS = 64;

    /** Characters scanned in all for instructions, declarations and CDATA sections that may not close. */
    static final int MAX_SCAN = 4 * MAX_LENGTH;

    /**
     * No shorter text is beyond a limit: the shortest is a tag of one-letter attributes, one more
     * than allowed (every span is longer, and so are the scans that add up to more than allowed).
     * Most fields are shorter, so the check costs them nothing but their length.
     */
    private static final int SHORTEST_PROBLEM = 2 * (MAX_REPEATS + 1) + 2;

    private MarkdownLimits() {}

    /** Which limit a text goes beyond. */
    public enum Limit {
        /** Longer than {@link #MAX_LENGTH}, with markup. */
        LENGTH,
        COMMENT,
        TAG_ATTRIBUTES,
        /** Instructions, declarations or CDATA sections that open without closing. */
        UNCLOSED,
        EMAIL_LABELS,
        ANGLE_DESTINATION,
        LINK_TITLE,
        LINK_LABEL;

        /** The limit's value: characters, attributes or labels; 0 for {@link #UNCLOSED}. */
        public int value() {
            return switch (this) {
                case LENGTH -> MAX_LENGTH;
                case COMMENT, ANGLE_DESTINATION, LINK_TITLE, LINK_LABEL -> MAX_SPAN;
                case TAG_ATTRIBUTES, EMAIL_LABELS -> MAX_REPEATS;
                case UNCLOSED -> 0;
            };
        }
    }

    /** Why flexmark should not read a text: the limit it goes beyond, and the text's length. */
    public record Excess(Limit limit, int length) {}

    /** Why flexmark should not read {@code text}, or empty when it can. */
    public static Optional<Excess> problem(String text) {
        int length = text.length();
        if (length > MAX_LENGTH) {
            return hasMarkup(text) ? Optional.of(new Excess(Limit.LENGTH, length)) : Optional.empty();
        }
        if (length < SHORTEST_PROBLEM) {
            return Optional.empty();
        }
        Limit found = null;
        if (text.indexOf('<') >= 0) {
            found = angleProblem(text);
        }
        if (found == null && text.indexOf(']') >= 0) {
            found = bracketProblem(text);
        }
        if (found == null && startsLabel(text)) {
            found = labelProblem(text, text.indexOf('['));
        }
        return Optional.ofNullable(found).map(limit -> new Excess(limit, length));
    }

    /** Whether any character has a meaning in Markdown or HTML; text without one is plain. */
    public static boolean hasMarkup(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '*', '_', '`', '[', ']', '<', '>', '&', '\\', '\n', '\r' -> {
                    return true;
                }
                default -> {
                    // ordinary character
                }
            }
        }
        return false;
    }

    /** Comments, tags, e-mail autolinks and the constructs that scan ahead, from every {@code <}. */
    private static Limit angleProblem(String text) {
        int scanned = 0;
        for (int at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
            if (text.startsWith("<!--", at)) {
                int close = text.indexOf("--", at + 4);
                if ((close < 0 ? text.length() : close) - at > MAX_SPAN) {
                    return Limit.COMMENT;
                }
            } else if (text.startsWith("<?", at)) {
                scanned += distanceTo(text, "?>", at);
            } else if (text.startsWith("<![CDATA[", at)) {
                scanned += distanceTo(text, "]]>", at);
            } else if (text.startsWith("<!", at) && at + 2 < text.length() && isAsciiLetter(text.charAt(at + 2))) {
                scanned += distanceTo(text, ">", at);
            } else if (at + 1 < text.length() && isAsciiLetter(text.charAt(at + 1))) {
                if (attributeCount(text, at) > MAX_REPEATS) {
                    return Limit.TAG_ATTRIBUTES;
                }
            }
            if (scanned > MAX_SCAN) {
                return Limit.UNCLOSED;
            }
            if (domainLabels(text, at) > MAX_REPEATS) {
                return Limit.EMAIL_LABELS;
            }
        }
        return null;
    }

    private static int distanceTo(String text, String close, int from) {
        int end = text.indexOf(close, from + 1);
        return (end < 0 ? text.length() : end) - from;
    }

    /**
     * The attributes of the tag opened at {@code at}, as flexmark's expression reads them: after the
     * name, whitespace and an attribute name, optionally {@code =} and a value, again and again.
     */
    private static int attributeCount(String text, int at) {
        int n = text.length();
        int i = at + 1;
        while (i < n && (isAsciiLetter(text.charAt(i)) || isDigit(text.charAt(i)) || text.charAt(i) == '-')) {
            i++;
        }
        int count = 0;
        while (count <= MAX_REPEATS) {
            int name = skipWhitespace(text, i);
            if (name == i || name == n || !isAttributeNameStart(text.charAt(name))) {
                return count;
            }
            int end = name + 1;
            while (end < n && isAttributeNameChar(text.charAt(end))) {
                end++;
            }
            count++;
            i = end;
            int equals = skipWhitespace(text, end);
            if (equals < n && text.charAt(equals) == '=') {
                int value = skipWhitespace(text, equals + 1);
                int valueEnd = valueEnd(text, value);
                if (valueEnd > value) {
                    i = valueEnd;
                }
            }
        }
        return count;
    }

    /** Where an attribute value starting at {@code at} ends, or {@code at} when none starts there. */
    private static int valueEnd(String text, int at) {
        if (at >= text.length()) {
            return at;
        }
        char first = text.charAt(at);
        if (first == '"' || first == '\'') {
            int close = text.indexOf(first, at + 1);
            return close < 0 ? at : close + 1;
        }
        int end = at;
        while (end < text.length() && "\"'=<>`{}".indexOf(text.charAt(end)) < 0 && text.charAt(end) > ' ') {
            end++;
        }
        return end;
    }

    /** The dot-separated labels after the {@code @} of an e-mail autolink opened at {@code at}, if one is. */
    private static int domainLabels(String text, int at) {
        int i = at + 1;
        while (i < text.length() && isLocalPartChar(text.charAt(i))) {
            i++;
        }
        if (i == at + 1 || i >= text.length() || text.charAt(i) != '@') {
            return 0;
        }
        int dots = 0;
        for (i++; i < text.length() && (isAsciiLetter(text.charAt(i)) || isDigit(text.charAt(i))
                || text.charAt(i) == '-' || text.charAt(i) == '.'); i++) {
            if (text.charAt(i) == '.' && ++dots > MAX_REPEATS) {
                break;
            }
        }
        return dots;
    }

    /**
     * Link destinations, titles and reference labels after every {@code ]}: {@code ](<...>} runs to a
     * {@code >}, a title after the destination to its closing quote, {@code ][label]} to a bracket.
     */
    private static Limit bracketProblem(String text) {
        int n = text.length();
        for (int at = text.indexOf(']'); at >= 0 && at + 1 < n; at = text.indexOf(']', at + 1)) {
            char next = text.charAt(at + 1);
            if (next == '[') {
                Limit label = labelProblem(text, at + 1);
                if (label != null) {
                    return label;
                }
                continue;
            }
            if (next != '(' && next != ':') {
                continue;
            }
            int destination = skipWhitespace(text, at + 2);
            if (destination < n && text.charAt(destination) == '<' && spanEnd(text, destination, ">< \t\n") < 0) {
                return Limit.ANGLE_DESTINATION;
            }
            int afterDestination = destination;
            while (afterDestination < n && text.charAt(afterDestination) > ' ') {
                afterDestination++;
            }
            int title = skipWhitespace(text, afterDestination);
            if (title > afterDestination && title < n && "\"'(".indexOf(text.charAt(title)) >= 0) {
                String close = text.charAt(title) == '(' ? ")" : String.valueOf(text.charAt(title));
                if (spanEnd(text, title, close) < 0) {
                    return Limit.LINK_TITLE;
                }
            }
        }
        return null;
    }

    /** A reference definition may start the text, after up to three spaces. */
    private static boolean startsLabel(String text) {
        for (int i = 0; i < Math.min(4, text.length()); i++) {
            if (text.charAt(i) == '[') {
                return true;
            }
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return false;
    }

    private static Limit labelProblem(String text, int open) {
        return spanEnd(text, open, "[]") < 0 ? Limit.LINK_LABEL : null;
    }

    /**
     * Where the span opened at {@code open} ends: the first of {@code enders} after it, a backslash
     * escaping the next character; -1 when that is more than {@link #MAX_SPAN} away. A span that
     * reaches the end of the text unclosed is as long as the rest of the text.
     */
    private static int spanEnd(String text, int open, String enders) {
        int limit = Math.min(text.length(), open + MAX_SPAN);
        for (int i = open + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (enders.indexOf(c) >= 0) {
                return i;
            }
        }
        return text.length() <= open + MAX_SPAN ? text.length() : -1;
    }

    private static int skipWhitespace(String text, int from) {
        int i = from;
        while (i < text.length() && isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whitespace as {@code \s} in Java expressions matches it. */
    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAttributeNameStart(char c) {
        return isAsciiLetter(c) || c == '_' || c == ':';
    }

    private static boolean isAttributeNameChar(char c) {
        return isAttributeNameStart(c) || isDigit(c) || c == '.' || c == '-';
    }

    private static boolean isLocalPartChar(char c) {
        return isAsciiLetter(c) || isDigit(c) || ".!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0;
    }
}
