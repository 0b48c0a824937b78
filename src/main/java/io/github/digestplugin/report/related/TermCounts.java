package io.github.digestplugin.report.related;

import io.github.digestplugin.report.search.SearchTokenizer;
import java.util.HashMap;
import java.util.Map;

/**
 * A paper's terms as the search splits them (English words, Han bigrams), each counted with the
 * weight of the field it is in: titles count most, then summaries, then abstracts, since a title
 * names the topic and an abstract also holds the words every abstract has.
 */
public final class TermCounts {

    static final int TITLE = 3;
    static final int SUMMARY = 2;
    static final int ABSTRACT = 1;
    /** Counts are kept in a byte. */
    static final int MAX_COUNT = 255;
    /** Words longer than this are identifiers, urls or formulas run together, not topics. */
    static final int MAX_WORD = 40;

    private TermCounts() {}

    /** Every term of {@code paper} with its weighted count, at most {@value #MAX_COUNT}. */
    public static Map<String, Integer> of(PaperText paper) {
        Map<String, Integer> counts = new HashMap<>();
        add(counts, paper.title(), TITLE);
        add(counts, paper.translatedTitle(), TITLE);
        add(counts, paper.summaryZh(), SUMMARY);
        add(counts, paper.summaryEn(), SUMMARY);
        add(counts, paper.abstractZh(), ABSTRACT);
        add(counts, paper.abstractEn(), ABSTRACT);
        return counts;
    }

    private static void add(Map<String, Integer> counts, String text, int weight) {
        SearchTokenizer.split(text, word -> {
            if (isTopical(word)) {
                counts.merge(word, weight, TermCounts::sum);
            }
        }, bigram -> counts.merge(SearchTokenizer.bigramText(bigram), weight, TermCounts::sum));
    }

    private static int sum(int a, int b) {
        return Math.min(MAX_COUNT, a + b);
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
