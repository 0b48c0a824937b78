package io.github.digestplugin.report.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Splits text into the terms the index stores: lower-cased words for scripts that separate words
 * (English), and character bigrams for Han text, which has no spaces, so that a query of two or
 * more Han characters finds them inside longer words. {@code search.js} splits queries the same
 * way; the two must stay in step.
 */
public final class SearchTokenizer {

    private SearchTokenizer() {}

    /** NFKC (full-width letters become ASCII) and lower case, as the script does for queries. */
    public static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /**
     * Sends each word and each Han bigram of {@code text} to the consumers, in text order and
     * with repetitions. A lone Han character between non-Han characters yields no bigram. Bigrams
     * come as {@link #bigramCode codes}, which a large index counts much faster than strings.
     */
    public static void split(String text, Consumer<String> words, LongConsumer hanBigrams) {
        String normalized = normalize(text);
        StringBuilder word = new StringBuilder();
        int previousHan = -1;
        for (int i = 0; i < normalized.length(); ) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            if (isHan(cp)) {
                flush(word, words);
                if (previousHan >= 0) {
                    hanBigrams.accept(bigramCode(previousHan, cp));
                }
                previousHan = cp;
            } else {
                previousHan = -1;
                if (isWordCharacter(cp)) {
                    word.appendCodePoint(cp);
                } else {
                    flush(word, words);
                }
            }
        }
        flush(word, words);
    }

    /** Two code points in one number; never 0, since a Han code point is not. */
    static long bigramCode(int first, int second) {
        return ((long) first << 21) | second;
    }

    static String bigramText(long code) {
        return new StringBuilder(4).appendCodePoint((int) (code >>> 21)).appendCodePoint((int) (code & 0x1FFFFF)).toString();
    }

    /** The script's {@code \p{Script=Han}}; the common ideographs and ASCII without a table look-up. */
    static boolean isHan(int cp) {
        if (cp < 0x2E80) {
            return false;
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return true;
        }
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Letters and numbers: the script's {@code [\p{L}\p{N}]}. */
    static boolean isWordCharacter(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static void flush(StringBuilder word, Consumer<String> words) {
        if (!word.isEmpty()) {
            words.accept(word.toString());
            word.setLength(0);
        }
    }
}
