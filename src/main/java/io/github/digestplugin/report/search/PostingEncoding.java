package io.github.digestplugin.report.search;

import java.util.Arrays;

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
 * The index keeps each list in memory as its gaps, one byte per digit, while it grows: the form
 * written out needs no other copy of the list.
 */
final class PostingEncoding {

    static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    static final char BITMAP_MARK = '~';

    private static final byte[] DIGIT_VALUES = new byte[128];

    static {
        Arrays.fill(DIGIT_VALUES, (byte) -1);
        for (int i = 0; i < DIGITS.length(); i++) {
            DIGIT_VALUES[DIGITS.charAt(i)] = (byte) i;
        }
    }

    private PostingEncoding() {}

    static String encode(int[] documents, int count) {
        byte[] gaps = new byte[0];
        int length = 0;
        int previous = -1;
        for (int i = 0; i < count; i++) {
            int gap = documents[i] - previous - 1;
            gaps = withRoom(gaps, length, gap);
            length = appendGap(gaps, length, gap);
            previous = documents[i];
        }
        StringBuilder out = new StringBuilder();
        append(out, gaps, length, 0, previous);
        return out.toString();
    }

    /** How many digits {@code gap} takes. */
    static int digits(int gap) {
        int digits = 1;
        while (digits < 7 && (gap >>> (5 * digits)) != 0) {
            digits++;
        }
        return digits;
    }

    /**
     * {@code gaps}, or a longer copy when {@code gap} does not fit after its first {@code length}
     * bytes: at least eight, which an array object takes anyway.
     */
    static byte[] withRoom(byte[] gaps, int length, int gap) {
        int needed = length + digits(gap);
        if (needed <= gaps.length) {
            return gaps;
        }
        return Arrays.copyOf(gaps, Math.max(Math.max(needed, 8), length + (length >> 1)));
    }

    /** Writes the digits of {@code gap} at {@code length}, which {@link #withRoom} made room for; the new length. */
    static int appendGap(byte[] gaps, int length, int gap) {
        for (int shift = 5 * (digits(gap) - 1); shift > 0; shift -= 5) {
            gaps[length++] = (byte) DIGITS.charAt(32 + ((gap >>> shift) & 31));
        }
        gaps[length++] = (byte) DIGITS.charAt(gap & 31);
        return length;
    }

    /** How many characters {@link #append} writes for these gaps, whose last document is {@code last}. */
    static int length(int gapsLength, int last) {
        return Math.min(gapsLength, bitmapLength(last));
    }

    /**
     * Appends the shorter form of the list the gaps encode, the gaps themselves on a tie. The first
     * {@code length} bytes of {@code gaps} may hold {@code others} bytes with the high bit set
     * between the digits, which are skipped.
     */
    static void append(StringBuilder out, byte[] gaps, int length, int others, int last) {
        if (length - others <= bitmapLength(last)) {
            for (int i = 0; i < length; i++) {
                if (gaps[i] >= 0) {
                    out.append((char) gaps[i]);
                }
            }
            return;
        }
        int[] values = new int[last / 6 + 1];
        int document = -1;
        int value = 0;
        for (int i = 0; i < length; i++) {
            if (gaps[i] < 0) {
                continue;
            }
            int digit = DIGIT_VALUES[gaps[i]];
            if (digit >= 32) {
                value = value * 32 + digit - 32;
            } else {
                document += value * 32 + digit + 1;
                values[document / 6] |= 1 << (document % 6);
                value = 0;
            }
        }
        out.append(BITMAP_MARK);
        for (int bits : values) {
            out.append(DIGITS.charAt(bits));
        }
    }

    /** The value of a digit as {@link #appendGap} writes it. */
    static int digitValue(byte digit) {
        return DIGIT_VALUES[digit];
    }

    private static int bitmapLength(int last) {
        return 1 + last / 6 + 1;
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
        return Arrays.copyOf(out, size);
    }
}
