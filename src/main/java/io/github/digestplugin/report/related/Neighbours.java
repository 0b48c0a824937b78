package io.github.digestplugin.report.related;

/**
 * Every paper's vector, in id order, in flat arrays, with an inverted index from each term to the
 * papers whose vectors hold it: a paper's related papers are scored through the index, only
 * against the papers that share one of its terms.
 */
final class Neighbours {

    private final int papers;
    private final int[] start;
    private final int[] tids;
    private final int[] weights;
    private final double[] norms;
    private final int[] postingStart;
    private final int[] postingPaper;
    private final int[] postingWeight;

    /**
     * @param start where each paper's terms begin in {@code tids} and {@code weights}, one more
     *     than the papers (the end)
     * @param termCount one more than the highest term number
     */
    Neighbours(int papers, int[] start, int[] tids, int[] weights, int termCount) {
        this.papers = papers;
        this.start = start;
        this.tids = tids;
        this.weights = weights;
        int entries = start[papers];
        norms = new double[papers];
        postingStart = new int[termCount + 1];
        for (int p = 0; p < papers; p++) {
            long sum = 0;
            for (int k = start[p]; k < start[p + 1]; k++) {
                sum += (long) weights[k] * weights[k];
                postingStart[tids[k] + 1]++;
            }
            norms[p] = Math.sqrt(sum);
        }
        for (int t = 0; t < termCount; t++) {
            postingStart[t + 1] += postingStart[t];
        }
        postingPaper = new int[entries];
        postingWeight = new int[entries];
        int[] fill = new int[termCount];
        for (int p = 0; p < papers; p++) {
            for (int k = start[p]; k < start[p + 1]; k++) {
                int at = postingStart[tids[k]] + fill[tids[k]]++;
                postingPaper[at] = p;
                postingWeight[at] = weights[k];
            }
        }
    }

    int papers() {
        return papers;
    }

    /** Marks every paper whose vector holds one of {@code vector}'s terms. */
    void markSharing(byte[] vector, boolean[] marked) {
        for (int i = 0; i < Vectors.vectorSize(vector); i++) {
            int tid = Vectors.vectorTid(vector, i);
            if (tid + 1 < postingStart.length) {
                for (int k = postingStart[tid]; k < postingStart[tid + 1]; k++) {
                    marked[postingPaper[k]] = true;
                }
            }
        }
    }

    /** Marks every paper whose vector shares a term with paper {@code p}'s. */
    void markSharing(int p, boolean[] marked) {
        for (int k = start[p]; k < start[p + 1]; k++) {
            int tid = tids[k];
            for (int j = postingStart[tid]; j < postingStart[tid + 1]; j++) {
                marked[postingPaper[j]] = true;
            }
        }
    }

    /** The scratch arrays of one thread's scoring. */
    static final class Scratch {
        final long[] dot;
        final int[] touched;
        final double[] bestScore;
        final int[] best;

        Scratch(int papers, int max) {
            dot = new long[papers];
            touched = new int[papers];
            bestScore = new double[max];
            best = new int[max];
        }
    }

    /**
     * The papers most like paper {@code p} by cosine of their vectors, best first, at most
     * {@code max} and only those sharing a term; equal scores in id order. Fills
     * {@code into} and returns how many.
     */
    int related(int p, int max, int[] into, Scratch scratch) {
        long[] dot = scratch.dot;
        int[] touched = scratch.touched;
        int n = 0;
        for (int k = start[p]; k < start[p + 1]; k++) {
            int tid = tids[k];
            long weight = weights[k];
            for (int j = postingStart[tid]; j < postingStart[tid + 1]; j++) {
                int q = postingPaper[j];
                if (q == p) {
                    continue;
                }
                if (dot[q] == 0) {
                    touched[n++] = q;
                }
                dot[q] += weight * postingWeight[j];
            }
        }
        double[] scores = scratch.bestScore;
        int[] best = scratch.best;
        int size = 0;
        for (int i = 0; i < n; i++) {
            int q = touched[i];
            // The paper's own norm is the same for every q: left out of the ranking.
            double score = dot[q] / norms[q];
            dot[q] = 0;
            if (size == max && !better(score, q, scores[max - 1], best[max - 1])) {
                continue;
            }
            int at = size == max ? max - 1 : size++;
            while (at > 0 && better(score, q, scores[at - 1], best[at - 1])) {
                scores[at] = scores[at - 1];
                best[at] = best[at - 1];
                at--;
            }
            scores[at] = score;
            best[at] = q;
        }
        System.arraycopy(best, 0, into, 0, size);
        return size;
    }

    private static boolean better(double score, int paper, double otherScore, int otherPaper) {
        return score > otherScore || (score == otherScore && paper < otherPaper);
    }
}
