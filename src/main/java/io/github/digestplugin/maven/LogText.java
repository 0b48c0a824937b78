package io.github.digestplugin.maven;

/**
 * Makes a finding safe for a terminal. Messages quote digest text, which is untrusted: a control
 * character could move the cursor or recolour the console (ANSI escapes), and a line break would
 * split the one-line {@code path:line:col:} format that IDEs and CI parse. Such characters are
 * shown as {@code \\uXXXX} escapes instead.
 */
final class LogText {

    private LogText() {}

    static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || c >= 0x7f && c <= 0x9f;
            if (control && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (control) {
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
