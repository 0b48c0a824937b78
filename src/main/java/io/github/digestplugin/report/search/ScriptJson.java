package io.github.digestplugin.report.search;

/** JSON string literals for the index scripts, safe inside a JavaScript source file. */
final class ScriptJson {

    private ScriptJson() {}

    static void appendString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    // Control characters, the line separators JavaScript once rejected in strings,
                    // '<' (so that no "</script" or "<!--" appears) and lone surrogates are escaped.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '<' || isLoneSurrogate(text, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isLoneSurrogate(String text, int i) {
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
