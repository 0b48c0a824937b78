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
}
