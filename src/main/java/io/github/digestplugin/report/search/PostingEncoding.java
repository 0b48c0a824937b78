package io.github.digestplugin.report.search;

/**
 * Writes an ascending list of document numbers as a short string that a script can embed as a
 * JSON string and decode fast, in whichever of two forms is shorter:
 * <ul>
 *   <li>gaps: the first number, then each gap minus one, as base-64 digits of five bits, most
 *       significant first, where a digit of value 32 to 63 means "more digits follow" (the
 *       variable-length quantity of source maps). Sparse lists cost one or two characters per
 *       document.
 *   <li>bitmap: {@code ~} followed by six documents per base-64 character, bit {@code i % 6} of
 *       character {@code i / 6} set when document {@code i} is in the list. Terms found in most
 *       documents ("the", "模型") cost one character per six documents.
 * </ul>
 */
final class PostingEncoding {

    static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    static final char BITMAP_MARK = '~';

    private PostingEncoding() {}

    static String encode(int[] documents, int count) {
        if (count == 0) {
            return "";
        }
        int bitmapLength = 1 + documents[count - 1] / 6 + 1;
        // Gaps take at least one character per document: skip building them when the bitmap wins.
        if (bitmapLength < count) {
            return bitmap(documents, count);
        }
        String gaps = gaps(documents, count);
        return gaps.length() <= bitmapLength ? gaps : bitmap(documents, count);
    }

    private static String gaps(int[] documents, int count) {
        StringBuilder out = new StringBuilder(count * 2);
        int previous = -1;
        for (int i = 0; i < count; i++) {
            appendNumber(out, documents[i] - previous - 1);
            previous = documents[i];
        }
        return out.toString();
    }

    private static void appendNumber(StringBuilder out, int value) {
        int shift = 0;
        while ((value >>> shift) >= 32) {
            shift += 5;
        }
        for (; shift > 0; shift -= 5) {
            out.append(DIGITS.charAt(32 + ((value >>> shift) & 31)));
        }
        out.append(DIGITS.charAt(value & 31));
    }

    private static String bitmap(int[] documents, int count) {
        char[] bits = new char[documents[count - 1] / 6 + 1];
        int[] values = new int[bits.length];
        for (int i = 0; i < count; i++) {
            values[documents[i] / 6] |= 1 << (documents[i] % 6);
        }
        for (int i = 0; i < bits.length; i++) {
            bits[i] = DIGITS.charAt(values[i]);
        }
        return BITMAP_MARK + new String(bits);
    }

    /** The inverse of {@link #encode}, for tests and for measuring what a query would load. */
    static int[] decode(String encoded) {
        if (encoded.isEmpty()) {
            return new int[0];
        }
        int[] out = new int[encoded.length() * 6];
        int size = 0;
        if (encoded.charAt(0) == BITMAP_MARK) {
            for (int i = 1; i < encoded.length(); i++) {
                int bits = DIGITS.indexOf(encoded.charAt(i));
                for (int b = 0; b < 6; b++) {
                    if ((bits & (1 << b)) != 0) {
                        out[size++] = (i - 1) * 6 + b;
                    }
                }
            }
        } else {
            int previous = -1;
            int value = 0;
            for (int i = 0; i < encoded.length(); i++) {
                int digit = DIGITS.indexOf(encoded.charAt(i));
                if (digit >= 32) {
                    value = value * 32 + digit - 32;
                } else {
                    previous += value * 32 + digit + 1;
                    out[size++] = previous;
                    value = 0;
                }
            }
        }
        return java.util.Arrays.copyOf(out, size);
    }
}
