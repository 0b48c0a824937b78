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
        return nfkc(text).toLowerCase(Locale.ROOT);
    }

    /**
     * NFKC of {@code text}. Most digest text is ASCII, common Han ideographs, CJK punctuation and
     * full-width forms, where NFKC is a fixed map character by character (full-width forms to
     * ASCII, the ideographic space to a space, the rest unchanged) and nothing combines: such text
     * is mapped here, as the full normalizer would, at a fraction of its cost.
     */
    static String nfkc(String text) {
        char[] mapped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char to;
            if (c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3001 && c <= 0x3011)) {
                to = c;
            } else if (c >= 0xFF01 && c <= 0xFF5E) {
                to = (char) (c - 0xFEE0);
            } else if (c == 0x3000) {
                to = ' ';
            } else {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
            if (to != c) {
                if (mapped == null) {
                    mapped = text.toCharArray();
                }
                mapped[i] = to;
            }
        }
        return mapped == null ? text : new String(mapped);
    }

    /**
     * Sends each word and each Han bigram of {@code text} to the consumers, in text order and
     * with repetitions. A lone Han character between non-Han characters yields no bigram. Bigrams
     * come as {@link #bigramCode codes}, which a large index counts much faster than strings.
     */
    public static void split(String text, Consumer<String> words, LongConsumer hanBigrams) {
        String normalized = normalize(text);
        // A word is a run of word characters: taken as one substring once it ends.
        int wordStart = -1;
        int previousHan = -1;
        for (int i = 0; i < normalized.length(); ) {
            int at = i;
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            if (isHan(cp)) {
                wordStart = flush(normalized, wordStart, at, words);
                if (previousHan >= 0) {
                    hanBigrams.accept(bigramCode(previousHan, cp));
                }
                previousHan = cp;
            } else {
                previousHan = -1;
                if (isWordCharacter(cp)) {
                    if (wordStart < 0) {
                        wordStart = at;
                    }
                } else {
                    wordStart = flush(normalized, wordStart, at, words);
                }
            }
        }
        flush(normalized, wordStart, normalized.length(), words);
    }

    /** Two code points in one number; never 0, since a Han code point is not. */
    public static long bigramCode(int first, int second) {
        return ((long) first << 21) | second;
    }

    /** The two characters of a bigram code. */
    public static String bigramText(long code) {
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

    /** Sends the word from {@code start} to {@code end}, if one began; no word is under way after it. */
    private static int flush(String text, int start, int end, Consumer<String> words) {
        if (start >= 0) {
            words.accept(text.substring(start, end));
        }
        return -1;
    }
}
