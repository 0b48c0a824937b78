package io.github.digestplugin.parse;

import java.util.Optional;

/**
 * Tags found by looking at the characters alone, as a browser's tokenizer would, without Markdown:
 * for text flexmark does not read, and for the tags Markdown does not take as HTML but a browser
 * does. Both scans are linear and allocate only what they return.
 */
final class TagScan {

    /** How much of a tag a finding quotes when its {@code >} is far away or missing. */
    private static final int MAX_QUOTED = 60;

    private TagScan() {}

    /**
     * The first {@code <} that may start a tag, a closing tag or an instruction with a {@code >}
     * after it to end one, or that starts a comment (which runs on to the end of a page unclosed).
     */
    static Optional<String> anyTag(String text) {
        int lastClose = text.lastIndexOf('>');
        for (int at = text.indexOf('<'); at >= 0 && at + 1 < text.length(); at = text.indexOf('<', at + 1)) {
            char next = text.charAt(at + 1);
            boolean opens = isAsciiLetter(next) || next == '!' || next == '?'
                    || next == '/' && at + 2 < text.length() && isAsciiLetter(text.charAt(at + 2));
            if (opens && (at < lastClose || text.startsWith("<!--", at))) {
                return Optional.of(quoted(text, at));
            }
        }
        return Optional.empty();
    }

    /**
     * The first tag whose name a {@code /} ends with more after it, {@code <svg/onload=...>}: a
     * browser reads the rest as attributes, where Markdown wants a space ({@code <br/>} it reads).
     */
    static Optional<String> slashTag(String text) {
        int n = text.length();
        for (int at = text.indexOf('<'); at >= 0 && at + 1 < n; at = text.indexOf('<', at + 1)) {
            if (!isAsciiLetter(text.charAt(at + 1))) {
                continue;
            }
            int end = at + 2;
            while (end < n && (isAsciiLetter(text.charAt(end)) || text.charAt(end) >= '0' && text.charAt(end) <= '9'
                    || text.charAt(end) == '-')) {
                end++;
            }
            if (end + 1 < n && text.charAt(end) == '/' && text.charAt(end + 1) != '>') {
                return Optional.of(quoted(text, at));
            }
        }
        return Optional.empty();
    }

    /** The tag from {@code at} through its {@code >}, or a bounded start of it. */
    private static String quoted(String text, int at) {
        int limit = Math.min(text.length(), at + MAX_QUOTED);
        for (int i = at + 1; i < limit; i++) {
            if (text.charAt(i) == '>') {
                return text.substring(at, i + 1);
            }
        }
        return text.substring(at, limit);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
