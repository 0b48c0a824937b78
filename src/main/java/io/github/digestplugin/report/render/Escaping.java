package io.github.digestplugin.report.render;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.runtime.Renderable;

/**
 * How every {@code $reference} a template inserts is escaped for the file being written. Attached
 * to each render's context, so escaping is the default and only {@link SafeHtml} passes unchanged.
 */
public enum Escaping implements ReferenceInsertionEventHandler {
    /** HTML and XML text and attribute values (also valid in Atom: numeric and predefined entities only). */
    HTML {
        @Override
        public String escape(String text) {
            StringBuilder out = null;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                String replacement = switch (c) {
                    case '&' -> "&amp;";
                    case '<' -> "&lt;";
                    case '>' -> "&gt;";
                    case '"' -> "&quot;";
                    case '\'' -> "&#39;";
                    default -> isXmlChar(c) ? null : "";
                };
                if (replacement != null && out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                if (out != null) {
                    if (replacement != null) {
                        out.append(replacement);
                    } else {
                        out.append(c);
                    }
                }
            }
            return out == null ? text : out.toString();
        }
    },
    /** BibTeX field values inside braces: special characters escaped, braces kept balanced. */
    BIBTEX {
        @Override
        public String escape(String text) {
            StringBuilder out = new StringBuilder(text.length() + 8);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> out.append("\\textbackslash{}");
                    case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                    case '~' -> out.append("\\textasciitilde{}");
                    case '^' -> out.append("\\textasciicircum{}");
                    case '\n', '\r', '\t' -> out.append(' ');
                    default -> {
                        if (isXmlChar(c)) {
                            out.append(c);
                        }
                    }
                }
            }
            return out.toString();
        }
    };

    /** The text made safe for this kind of file. */
    public abstract String escape(String text);

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || value instanceof Renderable) {
            // A macro's body: its own references were escaped when it was rendered.
            return value;
        }
        if (value instanceof SafeHtml safe) {
            return this == HTML ? safe.toString() : escape(safe.toString());
        }
        return escape(String.valueOf(value));
    }

    /** Characters XML 1.0 allows (surrogates pass: they come in valid pairs from Java strings). */
    static boolean isXmlChar(char c) {
        return c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
    }

    /**
     * Appends {@code text} as a JSON string literal that is also safe inside a script or a page:
     * quotes, backslashes, control characters, U+2028 and U+2029 (which older JavaScript rejects in
     * strings), {@code <}, {@code >} and {@code &} (so that no {@code </script} or {@code <!--}
     * forms) and lone surrogates are escaped. The runs between escapes are appended in one piece.
     * For the report's JSON export and the search index's scripts alike.
     */
    public static void appendJson(Appendable out, CharSequence text) throws java.io.IOException {
        out.append('"');
        int plain = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> c < 0x20 || c == '\u2028' || c == '\u2029' || c == '<' || c == '>' || c == '&'
                        || isLoneSurrogate(text, i) ? String.format("\\u%04x", (int) c) : null;
            };
            if (escape != null) {
                out.append(text, plain, i).append(escape);
                plain = i + 1;
            }
        }
        out.append(text, plain, text.length()).append('"');
    }

    private static boolean isLoneSurrogate(CharSequence text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
