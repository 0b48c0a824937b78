package io.github.digestplugin.fix;

/**
 * A replacement within one line's text: the characters from {@code from} to {@code to} (0-based,
 * UTF-16 code units, {@code to} exclusive) become {@code replacement}; {@code from == to} inserts.
 */
record Span(int from, int to, String replacement) {

    Span {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("not a span: " + from + ".." + to);
        }
    }

    static Span insert(int at, String text) {
        return new Span(at, at, text);
    }
}
