package io.github.digestplugin.report.search;

import io.github.digestplugin.report.render.Escaping;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON string literals for the index scripts, safe inside a JavaScript source file, and the reading
 * back of the arguments of a script this package wrote, for {@link SearchIndexUpdate}.
 */
final class ScriptJson {

    private ScriptJson() {}

    static void appendString(StringBuilder out, String text) {
        try {
            Escaping.appendJson(out, text);
        } catch (IOException e) {
            throw new UncheckedIOException("A StringBuilder does not fail", e);
        }
    }

    /**
     * The arguments of the one call a file of the index holds ({@code digestSearch.x(a, b);}), as
     * strings, numbers (longs), lists and maps.
     *
     * @throws IllegalArgumentException when the text is not of that form
     */
    static List<Object> callArguments(String script) {
        int open = script.indexOf('(');
        int close = script.lastIndexOf(')');
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("Not a call of the search index");
        }
        Reader reader = new Reader(script, open + 1, close);
        List<Object> out = new ArrayList<>();
        reader.space();
        while (reader.at < reader.end) {
            out.add(reader.value());
            reader.space();
            if (reader.at < reader.end) {
                reader.expect(',');
            }
        }
        return out;
    }

    /** A reader of the JSON that {@link #appendString} and the index's writers produce. */
    private static final class Reader {
        final String text;
        int at;
        final int end;

        Reader(String text, int at, int end) {
            this.text = text;
            this.at = at;
            this.end = end;
        }

        void space() {
            while (at < end && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        void expect(char c) {
            space();
            if (at >= end || text.charAt(at) != c) {
                throw new IllegalArgumentException("Expected " + c + " at " + at);
            }
            at++;
        }

        Object value() {
            space();
            if (at >= end) {
                throw new IllegalArgumentException("Unexpected end at " + at);
            }
            char c = text.charAt(at);
            if (c == '"') {
                return string();
            }
            if (c == '[') {
                at++;
                List<Object> list = new ArrayList<>();
                space();
                if (text.charAt(at) == ']') {
                    at++;
                    return list;
                }
                while (true) {
                    list.add(value());
                    space();
                    if (text.charAt(at) == ']') {
                        at++;
                        return list;
                    }
                    expect(',');
                }
            }
            if (c == '{') {
                at++;
                Map<String, Object> map = new LinkedHashMap<>();
                space();
                if (text.charAt(at) == '}') {
                    at++;
                    return map;
                }
                while (true) {
                    space();
                    String key = string();
                    expect(':');
                    map.put(key, value());
                    space();
                    if (text.charAt(at) == '}') {
                        at++;
                        return map;
                    }
                    expect(',');
                }
            }
            int start = at;
            while (at < end && (text.charAt(at) == '-' || Character.isDigit(text.charAt(at)))) {
                at++;
            }
            if (start == at) {
                throw new IllegalArgumentException("Unexpected " + c + " at " + at);
            }
            return Long.parseLong(text, start, at, 10);
        }

        String string() {
            if (text.charAt(at) != '"') {
                throw new IllegalArgumentException("Expected a string at " + at);
            }
            at++;
            StringBuilder out = null;
            int plain = at;
            while (true) {
                char c = text.charAt(at);
                if (c == '"') {
                    String value = out == null ? text.substring(plain, at) : out.append(text, plain, at).toString();
                    at++;
                    return value;
                }
                if (c == '\\') {
                    if (out == null) {
                        out = new StringBuilder();
                    }
                    out.append(text, plain, at);
                    char e = text.charAt(at + 1);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 'r' -> out.append('\r');
                        case 't' -> out.append('\t');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(text, at + 2, at + 6, 16));
                            at += 4;
                        }
                        default -> out.append(e);
                    }
                    at += 2;
                    plain = at;
                } else {
                    at++;
                }
            }
        }
    }
}
