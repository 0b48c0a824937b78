package io.github.digestplugin.report.related;

/**
 * Term weights in whole numbers: a count's weight (sublinear, as in TF-IDF's {@code 1 + ln tf})
 * times an inverse document frequency read in half bits of {@code log2(C / df)}, where C is the
 * paper count rounded up to a power of two. Both are coarse on purpose: a paper added or edited
 * moves a term's document frequency by one, which changes its weight only where it crosses a
 * half bit, and changes C only when the archive doubles; so an edit changes the vectors of few
 * papers, and the lists (and pages) of fewer. Integers also make every dot product exact, so a
 * list does not depend on the order it was summed in.
 */
public final class TermWeights {

    /** Terms in more than about one paper in {@code 2^CUT_BITS} carry no topic: left out. */
    static final int CUT_BITS = 3;
    private static final int[] COUNT_WEIGHTS = new int[TermCounts.MAX_COUNT + 1];

    static {
        for (int c = 1; c < COUNT_WEIGHTS.length; c++) {
            COUNT_WEIGHTS[c] = (int) Math.round(100 * (1 + Math.log(c)));
        }
    }

    private TermWeights() {}

    /** {@code ceil(log2 N)} of the paper count: C is {@code 2^scale}. */
    public static int scale(int papers) {
        return papers <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(papers - 1);
    }

    /** {@code floor(2 log2 df)}: which half bit a document frequency is in. */
    static int band(int df) {
        int bits = 31 - Integer.numberOfLeadingZeros(df);
        // df >= sqrt(2) * 2^bits, compared in integers
        boolean upperHalf = (long) df * df >= 2L << (2 * bits);
        return 2 * bits + (upperHalf ? 1 : 0);
    }

    /**
     * The inverse document frequency of a term in {@code df} papers, in half bits; 0 for a term of
     * one paper (it relates that paper to none) and for one too common to tell papers apart.
     */
    static int idf(int df, int scale) {
        if (df < 2) {
            return 0;
        }
        int idf = 2 * scale - band(df);
        return idf < 2 * CUT_BITS ? 0 : idf;
    }

    /** The weight of a term counted {@code count} times (by field weight) in a paper of {@code df}. */
    static int weight(int count, int df, int scale) {
        return COUNT_WEIGHTS[Math.min(count, TermCounts.MAX_COUNT)] * idf(df, scale);
    }

    /**
     * A stable tie-break for terms of equal weight, the same in every run and store: FNV-1a of the
     * term's characters.
     */
    static long tie(String term) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < term.length(); i++) {
            hash ^= term.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
