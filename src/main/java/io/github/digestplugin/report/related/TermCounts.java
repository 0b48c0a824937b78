package io.github.digestplugin.report.related;

import io.github.digestplugin.report.search.SearchTokenizer;
import java.util.Arrays;

/**
 * A paper's terms as the search splits them (English words, Han bigrams), each counted with the
 * weight of the field it is in: titles count most, then summaries, then abstracts, since a title
 * names the topic and an abstract also holds the words every abstract has.
 */
final class TermCounts {

    static final int TITLE = 3;
    static final int SUMMARY = 2;
    static final int ABSTRACT = 1;
    /** Counts are kept in a byte. */
    static final int MAX_COUNT = 255;
    /** Words longer than this are identifiers, urls or formulas run together, not topics. */
    static final int MAX_WORD = 40;

    /** Numbers terms: a word, or a Han bigram by its code. */
    interface Numbering {
        int word(String word);

        int bigram(long code);
    }

    private final Numbering numbering;
    private long[] occurrences = new long[1024];
    private int size;

    TermCounts(Numbering numbering) {
        this.numbering = numbering;
    }

    /**
     * The distinct terms of {@code paper} by number, ascending, in {@code tids}, with their
     * weighted counts (at most {@value #MAX_COUNT}) in {@code counts}; returns how many.
     */
    int count(PaperText paper, int[][] tidsAndCounts) {
        size = 0;
        add(paper.title(), TITLE);
        add(paper.translatedTitle(), TITLE);
        add(paper.summaryZh(), SUMMARY);
        add(paper.summaryEn(), SUMMARY);
        add(paper.abstractZh(), ABSTRACT);
        add(paper.abstractEn(), ABSTRACT);
        Arrays.sort(occurrences, 0, size);
        if (tidsAndCounts[0].length < size) {
            tidsAndCounts[0] = new int[size];
            tidsAndCounts[1] = new int[size];
        }
        int[] tids = tidsAndCounts[0];
        int[] counts = tidsAndCounts[1];
        int distinct = 0;
        for (int i = 0; i < size; i++) {
            int tid = (int) (occurrences[i] >>> 8);
            int weight = (int) (occurrences[i] & 0xFF);
            if (distinct > 0 && tids[distinct - 1] == tid) {
                counts[distinct - 1] = Math.min(MAX_COUNT, counts[distinct - 1] + weight);
            } else {
                tids[distinct] = tid;
                counts[distinct++] = weight;
            }
        }
        return distinct;
    }

    private void add(String text, int weight) {
        SearchTokenizer.split(text, word -> {
            if (isTopical(word)) {
                occur(numbering.word(word), weight);
            }
        }, bigram -> occur(numbering.bigram(bigram), weight));
    }

    private void occur(int tid, int weight) {
        if (size == occurrences.length) {
            occurrences = Arrays.copyOf(occurrences, 2 * size);
        }
        occurrences[size++] = ((long) tid << 8) | weight;
    }

    /** A word of two letters or more that is not a number. */
    static boolean isTopical(String word) {
        if (word.length() < 2 || word.length() > MAX_WORD) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
