package io.github.digestplugin.parse;

/**
 * {@link Character#isWhitespace(char)}, answered by range for ASCII and for CJK text, which are
 * nearly every character of a digest: trimming each line's ends went through the JDK's Unicode
 * tables a million times in a check of cs.CL, a tenth of a cold parse.
 */
final class Whitespace {

    private Whitespace() {}

    static boolean is(char c) {
        if (c <= ' ') {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C';
        }
        // The only white space above ASCII lies between OGHAM SPACE MARK and IDEOGRAPHIC SPACE.
        return c >= '\u1680' && c <= '\u3000' && Character.isWhitespace(c);
    }
}
