package io.github.digestplugin.check.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes indented JSON as a stream of calls. Every string is escaped, including control
 * characters, U+2028/U+2029 and unpaired surrogates, so any text read from a digest round-trips.
 * Misuse (a value where a name belongs, an unclosed object) is an {@link IllegalStateException}.
 */
final class JsonWriter {

    private enum Scope { OBJECT, ARRAY }

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
        scopes.pop();
        if (nonEmpty.pop()) {
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
        out.write('\n');
        for (int i = 0; i < scopes.size(); i++) {
            out.write("  ");
        }
    }

    private void string(String text) throws IOException {
        out.write('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                case '\b' -> out.write("\\b");
                case '\f' -> out.write("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        unicodeEscape(c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.write(c);
                        out.write(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        // Unpaired: UTF-8 cannot encode it, the escape keeps it visible.
                        unicodeEscape(c);
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        out.write('"');
    }

    private void unicodeEscape(char c) throws IOException {
        out.write(String.format("\\u%04x", (int) c));
    }
}
