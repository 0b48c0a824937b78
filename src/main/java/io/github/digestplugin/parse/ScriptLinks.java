package io.github.digestplugin.parse;

import com.vladsch.flexmark.util.sequence.Html5Entities;
import java.util.Optional;

/**
 * Links to a script scheme ({@code javascript:}, {@code vbscript:}, {@code data:}) as a browser
 * would read them: character references decoded (named, decimal, hexadecimal, with or without the
 * closing {@code ;}), Markdown's backslash escapes removed, and the characters a browser drops from
 * a scheme (controls and spaces) left out, where a destination starts: after {@code ](},
 * {@code ]:}, {@code <} or an attribute's {@code =}. Elsewhere such a word is no link ("training
 * data: ..."), so a text without {@code ]} or {@code <} holds none.
 */
public final class ScriptLinks {

    private static final String[] SCHEMES = {"javascript", "vbscript", "data"};
    /** How much of a link a finding quotes when it does not end sooner. */
    private static final int MAX_QUOTED = 40;

    private ScriptLinks() {}

    /** The first script link in {@code text}, as written in it, or empty. */
    public static Optional<String> find(String text) {
        if (text.indexOf(']') < 0 && text.indexOf('<') < 0 || text.indexOf('&') < 0 && !hasSchemeLikeColon(text)) {
            return Optional.empty();
        }
        Decoded decoded = new Decoded(text);
        String view = decoded.chars.toString();
        for (int colon = view.indexOf(':'); colon >= 0; colon = view.indexOf(':', colon + 1)) {
            int start = schemeStart(view, colon);
            if (start >= 0) {
                return Optional.of(quoted(text, decoded.sourceOffsets[start], decoded.sourceOffsets[colon]));
            }
        }
        return Optional.empty();
    }

    /** Where the script scheme ending at the colon starts a destination in the view, or -1. */
    private static int schemeStart(String view, int colon) {
        for (String scheme : SCHEMES) {
            int start = colon - scheme.length();
            if (start >= 1 && view.startsWith(scheme, start) && opensDestination(view, start)) {
                return start;
            }
        }
        return -1;
    }

    /** Whether a link destination or attribute value starts at {@code at} in the view. */
    private static boolean opensDestination(String view, int at) {
        char before = view.charAt(at - 1);
        if (before == '"' || before == '\'') {
            return at >= 2 && view.charAt(at - 2) == '=';
        }
        return before == '<' || before == '='
                || at >= 2 && view.charAt(at - 2) == ']' && (before == '(' || before == ':');
    }

    /**
     * Whether some {@code :} follows the letters of {@code script} or {@code data}, with any
     * ignored characters or backslashes between them: without one (or a {@code &} that may encode
     * it) a text holds no script link.
     */
    private static boolean hasSchemeLikeColon(String text) {
        for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
            if (endsWithLetters(text, colon, "script") || endsWithLetters(text, colon, "data")) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithLetters(String text, int end, String letters) {
        int i = end - 1;
        for (int k = letters.length() - 1; k >= 0; k--) {
            while (i >= 0 && (isIgnored(text.charAt(i)) || text.charAt(i) == '\\')) {
                i--;
            }
            if (i < 0 || Character.toLowerCase(text.charAt(i)) != letters.charAt(k)) {
                return false;
            }
            i--;
        }
        return true;
    }

    /** The link as written: from its scheme to where a destination ends, bounded. */
    private static String quoted(String text, int start, int colon) {
        int limit = Math.min(text.length(), Math.max(colon + 1, start + MAX_QUOTED));
        int depth = 0;
        int end = colon + 1;
        for (; end < limit; end++) {
            char c = text.charAt(end);
            if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == '\'') {
                break;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                break;
            }
        }
        return text.substring(start, end);
    }

    /** Characters a browser drops from a url's scheme: C0 controls, space and DEL. */
    private static boolean isIgnored(char c) {
        return c <= ' ' || c == '\u007F';
    }

    /**
     * The text as a browser sees a url's characters, lower-cased, without ignored characters, and
     * for each kept character the offset in the text where what produced it starts.
     */
    private static final class Decoded {
        final StringBuilder chars;
        final int[] sourceOffsets;

        Decoded(String text) {
            chars = new StringBuilder(text.length());
            sourceOffsets = new int[text.length() + 1];
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                int next = i + 1;
                String produced = null;
                if (c == '&') {
                    int end = referenceEnd(text, i);
                    if (end > i) {
                        produced = decode(text.substring(i, end));
                        next = end;
                    }
                } else if (c == '\\' && next < text.length() && isAsciiPunctuation(text.charAt(next))) {
                    produced = String.valueOf(text.charAt(next));
                    next++;
                }
                if (produced == null) {
                    produced = String.valueOf(c);
                }
                for (int k = 0; k < produced.length(); k++) {
                    char p = produced.charAt(k);
                    if (!isIgnored(p)) {
                        sourceOffsets[chars.length()] = i;
                        chars.append(p >= 'A' && p <= 'Z' ? (char) (p + ('a' - 'A')) : p);
                    }
                }
                i = next;
            }
        }

        /**
         * The end of a character reference at {@code at}: {@code &#digits}, {@code &#xhex} (the
         * {@code ;} optional, as browsers take them) or {@code &name;}; {@code at} when none is.
         */
        private static int referenceEnd(String text, int at) {
            int i = at + 1;
            int n = text.length();
            if (i < n && text.charAt(i) == '#') {
                i++;
                boolean hex = i < n && (text.charAt(i) == 'x' || text.charAt(i) == 'X');
                if (hex) {
                    i++;
                }
                int digits = i;
                while (i < n && (hex ? Character.digit(text.charAt(i), 16) >= 0 : isDigit(text.charAt(i)))) {
                    i++;
                }
                if (i == digits) {
                    return at;
                }
                return i < n && text.charAt(i) == ';' ? i + 1 : i;
            }
            while (i < n && i - at <= 32 && (Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) < 128)) {
                i++;
            }
            return i > at + 1 && i < n && text.charAt(i) == ';' ? i + 1 : at;
        }

        /** The characters a reference stands for; U+FFFD for a number that is no character. */
        private static String decode(String reference) {
            if (reference.charAt(1) != '#') {
                return Html5Entities.entityToString(reference);
            }
            boolean hex = reference.length() > 2 && (reference.charAt(2) == 'x' || reference.charAt(2) == 'X');
            String digits = reference.substring(hex ? 3 : 2, reference.endsWith(";") ? reference.length() - 1
                    : reference.length());
            int value = 0;
            for (int k = 0; k < digits.length() && value <= Character.MAX_CODE_POINT; k++) {
                value = value * (hex ? 16 : 10) + Character.digit(digits.charAt(k), hex ? 16 : 10);
            }
            return value > 0 && value <= Character.MAX_CODE_POINT ? new String(Character.toChars(value)) : "\uFFFD";
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isAsciiPunctuation(char c) {
            return c > ' ' && c < 127 && !Character.isLetterOrDigit(c);
        }
    }
}
