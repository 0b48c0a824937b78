package io.github.digestplugin.report.related;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/**
 * The encodings of what the store keeps per paper: its term counts (every distinct term, by term
 * number, with its weighted count) and its vector (its {@value #TERMS} strongest terms with their
 * weights), both ordered by term number, so that equal vectors have equal bytes.
 */
final class Vectors {

    /** How many terms stand for a paper. */
    static final int TERMS = 20;
    static final byte[] EMPTY = new byte[0];

    private Vectors() {}

    /** Term counts as varint steps between term numbers, each followed by its count in a byte. */
    static byte[] encodeCounts(int[] tids, int[] counts, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size * 3);
        int previous = 0;
        for (int i = 0; i < size; i++) {
            int step = tids[i] - previous;
            previous = tids[i];
            while ((step & ~0x7F) != 0) {
                out.write((step & 0x7F) | 0x80);
                step >>>= 7;
            }
            out.write(step);
            out.write(counts[i]);
        }
        return out.toByteArray();
    }

    /** Calls {@code consumer} with each term number and count of {@link #encodeCounts}' bytes. */
    static void forEachCount(byte[] bytes, CountConsumer consumer) {
        int tid = 0;
        for (int i = 0; i < bytes.length; ) {
            int step = 0;
            int shift = 0;
            int b;
            do {
                b = bytes[i++];
                step |= (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            tid += step;
            consumer.accept(tid, bytes[i++] & 0xFF);
        }
    }

    interface CountConsumer {
        void accept(int tid, int count);
    }

    /** A vector as pairs of four-byte term number and weight. */
    static byte[] encodeVector(int[] tids, int[] weights, int size) {
        ByteBuffer buffer = ByteBuffer.allocate(8 * size);
        for (int i = 0; i < size; i++) {
            buffer.putInt(tids[i]).putInt(weights[i]);
        }
        return buffer.array();
    }

    static int vectorSize(byte[] vector) {
        return vector.length / 8;
    }

    static int vectorTid(byte[] vector, int i) {
        return ByteBuffer.wrap(vector).getInt(8 * i);
    }

    static int vectorWeight(byte[] vector, int i) {
        return ByteBuffer.wrap(vector).getInt(8 * i + 4);
    }

    /**
     * The {@value #TERMS} strongest of a paper's terms, by weight, equal weights by the terms'
     * stable tie-break, written ordered by term number.
     */
    static final class Strongest {
        private final int[] tids = new int[TERMS];
        private final int[] weights = new int[TERMS];
        private final long[] ties = new long[TERMS];
        private int size;

        void clear() {
            size = 0;
        }

        void offer(int tid, int weight, long tie) {
            if (weight <= 0 || (size == TERMS && !stronger(weight, tie, weights[TERMS - 1], ties[TERMS - 1]))) {
                return;
            }
            int at = size == TERMS ? TERMS - 1 : size++;
            while (at > 0 && stronger(weight, tie, weights[at - 1], ties[at - 1])) {
                tids[at] = tids[at - 1];
                weights[at] = weights[at - 1];
                ties[at] = ties[at - 1];
                at--;
            }
            tids[at] = tid;
            weights[at] = weight;
            ties[at] = tie;
        }

        private static boolean stronger(int weight, long tie, int otherWeight, long otherTie) {
            return weight > otherWeight || (weight == otherWeight && tie < otherTie);
        }

        byte[] encode() {
            int[] order = new int[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            // Insertion sort by term number: a vector has few terms.
            for (int i = 1; i < size; i++) {
                int item = order[i];
                int j = i;
                while (j > 0 && tids[order[j - 1]] > tids[item]) {
                    order[j] = order[j - 1];
                    j--;
                }
                order[j] = item;
            }
            int[] sortedTids = new int[size];
            int[] sortedWeights = new int[size];
            for (int i = 0; i < size; i++) {
                sortedTids[i] = tids[order[i]];
                sortedWeights[i] = weights[order[i]];
            }
            return encodeVector(sortedTids, sortedWeights, size);
        }
    }
}
