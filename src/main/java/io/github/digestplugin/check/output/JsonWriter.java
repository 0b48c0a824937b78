package io.github.digestplugin.check.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes JSON as a stream of calls, indented down to {@link #INDENTED_DEPTH} and compact below, so
 * that a SARIF file keeps each result on one line instead of twenty (half the size for a large
 * corpus). Every string is escaped, including control
 * characters, U+2028/U+2029 and unpaired surrogates, so any text read from a digest round-trips.
 * Misuse (a value where a name belongs, an unclosed object) is an {@link IllegalStateException}.
 */
final class JsonWriter {

    private enum Scope { OBJECT, ARRAY }

    /** Containers nested deeper than this are written on one line. */
    static final int INDENTED_DEPTH = 4;

    private final Writer out;
    private final Deque<Scope> scopes = new ArrayDeque<>();
    /** Whether the innermost object or array already holds an element. */
    private final Deque<Boolean> nonEmpty = new ArrayDeque<>();
    private boolean afterName;
    private boolean done;

    JsonWriter(Writer out) {
        this.out = out;
    }

    JsonWriter beginObject() throws IOException {
        beforeValue();
        return open(Scope.OBJECT, '{');
    }

    JsonWriter endObject() throws IOException {
        return close(Scope.OBJECT, '}');
    }

    JsonWriter beginArray() throws IOException {
        beforeValue();
        return open(Scope.ARRAY, '[');
    }

    JsonWriter endArray() throws IOException {
        return close(Scope.ARRAY, ']');
    }

    JsonWriter name(String name) throws IOException {
        if (scopes.peek() != Scope.OBJECT || afterName) {
            throw new IllegalStateException("A name belongs directly inside an object: " + name);
        }
        separate();
        string(name);
        out.write(": ");
        afterName = true;
        return this;
    }

    JsonWriter value(String value) throws IOException {
        beforeValue();
        string(value);
        return this;
    }

    JsonWriter value(long value) throws IOException {
        beforeValue();
        out.write(Long.toString(value));
        return this;
    }

    JsonWriter value(boolean value) throws IOException {
        beforeValue();
        out.write(Boolean.toString(value));
        return this;
    }

    /** Ends the document with a line end; the outermost value must be closed. */
    void finish() throws IOException {
        if (!scopes.isEmpty() || !done) {
            throw new IllegalStateException("The JSON document is not complete");
        }
        out.write('\n');
        out.flush();
    }

    private JsonWriter open(Scope scope, char bracket) throws IOException {
        out.write(bracket);
        scopes.push(scope);
        nonEmpty.push(false);
        return this;
    }

    private JsonWriter close(Scope scope, char bracket) throws IOException {
        if (scopes.peek() != scope || afterName) {
            throw new IllegalStateException("Cannot close " + scope + " here");
        }
        int depth = scopes.size();
        scopes.pop();
        if (nonEmpty.pop() && depth <= INDENTED_DEPTH) {
            newline();
        }
        out.write(bracket);
        done = scopes.isEmpty();
        return this;
    }

    private void beforeValue() throws IOException {
        if (done) {
            throw new IllegalStateException("The JSON document is already complete");
        }
        if (afterName) {
            afterName = false;
            return;
        }
        if (scopes.peek() == Scope.OBJECT) {
            throw new IllegalStateException("A value inside an object needs a name first");
        }
        if (scopes.peek() == Scope.ARRAY) {
            separate();
        }
    }

    /** The comma and line break before an element of the innermost object or array. */
    private void separate() throws IOException {
        if (nonEmpty.pop()) {
            out.write(',');
        }
        nonEmpty.push(true);
        newline();
    }

    private void newline() throws IOException {
        if (scopes.size() > INDENTED_DEPTH) {
            return;
        }
        out.write('\n');
        for (int i = 0; i < scopes.size(); i++) {
            out.write("  ");
        }
    }

    /** Writes runs of plain characters in one call, escapes in between. */
    private void string(String text) throws IOException {
        out.write('"');
        int first = 0;
        while (first < text.length() && isPlain(text.charAt(first))) {
            first++;
        }
        int plainFrom = 0;
        for (int i = first; i < text.length(); i++) {
            String escape = escape(text, i);
            if (escape != null) {
                out.write(text, plainFrom, i - plainFrom);
                out.write(escape);
                plainFrom = i + 1;
            } else if (Character.isHighSurrogate(text.charAt(i))) {
                i++; // a valid pair: its low half is plain too
            }
        }
        out.write(text, plainFrom, text.length() - plainFrom);
        out.write('"');
    }

    /** A character that is never escaped: most text is only these, and is written in one call. */
    private static boolean isPlain(char c) {
        return c >= 0x20 && c != '"' && c != '\\' && c != 0x7f && c != '\u2028' && c != '\u2029'
                && !Character.isSurrogate(c);
    }

    /** The escape for the character at {@code i}, or null when it is written as it is. */
    private static String escape(String text, int i) {
        char c = text.charAt(i);
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            default -> {
                if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                    yield unicodeEscape(c);
                }
                if (Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    yield null;
                }
                // Unpaired: UTF-8 cannot encode it, the escape keeps it visible.
                yield Character.isSurrogate(c) ? unicodeEscape(c) : null;
            }
        };
    }

    private static String unicodeEscape(char c) {
        return String.format("\\u%04x", (int) c);
    }
}
