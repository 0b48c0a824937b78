package io.github.digestplugin.report.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The number a paper's postings name it by, made from its own arXiv id alone, so that adding or
 * removing a paper renumbers no other and touches only the index files of its own terms. Ids of
 * the grammar of {@code model.ArxivId}, in three ranges, each ascending in the order of the ids'
 * text (the order the store hands papers over):
 * <ul>
 *   <li>new style {@code YYMM.NNNNN} (and {@code YYMM.NNNN}) with a month 01 to 12: the month
 *       counted from 2000, times 100,000, plus the number;
 *   <li>old style {@code archive/YYMMNNN} of one of arXiv's archives: above them, 10,000,000 per
 *       archive in the order of {@code "archive/"}, plus the seven digits as a number;
 *   <li>anything else (a subject class in an old id, an unknown archive, a month 13): a hash of
 *       the id in a range of its own, a collision moved to the next free number in the order of
 *       the ids, so that these few depend on each other only.
 * </ul>
 * The postings store gaps, so the unused numbers between papers cost a digit or two.
 */
final class DocumentNumbers {

    /** Numbers of old-style ids start here, above every new-style number (month 1199). */
    static final int OLD_STYLE = 120_000_000;
    private static final int PER_ARCHIVE = 10_000_000;
    /** Numbers of other ids: a hash in {@code [OTHER, OTHER + 2^28)}. */
    static final int OTHER = 500_000_000;
    private static final int OTHER_MASK = (1 << 28) - 1;

    /** arXiv's archives of old-style ids, sorted as {@code "archive/"} sorts. */
    private static final String[] ARCHIVES;

    static {
        String[] archives = {"acc-phys", "adap-org", "alg-geom", "ao-sci", "astro-ph", "atom-ph", "bayes-an",
            "chao-dyn", "chem-ph", "cmp-lg", "comp-gas", "cond-mat", "cs", "dg-ga", "funct-an", "gr-qc", "hep-ex",
            "hep-lat", "hep-ph", "hep-th", "math", "math-ph", "mtrl-th", "nlin", "nucl-ex", "nucl-th", "patt-sol",
            "physics", "plasm-ph", "q-alg", "q-bio", "q-fin", "quant-ph", "solv-int", "supr-con", "stat"};
        ARCHIVES = Arrays.stream(archives).map(a -> a + "/").sorted().map(a -> a.substring(0, a.length() - 1))
                .toArray(String[]::new);
    }

    private DocumentNumbers() {}

    /** The number of a new- or old-style id, or -1 for one that {@link #others} numbers. */
    static int regular(String id) {
        int dot = id.indexOf('.');
        if (dot == 4 && isDigits(id, 0, 4) && isDigits(id, 5, id.length()) && id.length() >= 9 && id.length() <= 10) {
            int year = Integer.parseInt(id, 0, 2, 10);
            int month = Integer.parseInt(id, 2, 4, 10);
            if (month >= 1 && month <= 12) {
                return ((year * 12) + month - 1) * 100_000 + Integer.parseInt(id, 5, id.length(), 10);
            }
            return -1;
        }
        int slash = id.indexOf('/');
        if (slash > 0 && id.length() == slash + 8 && isDigits(id, slash + 1, id.length())) {
            int archive = Arrays.binarySearch(ARCHIVES, id.substring(0, slash), DocumentNumbers::compareAsArchives);
            if (archive >= 0) {
                return OLD_STYLE + archive * PER_ARCHIVE + Integer.parseInt(id, slash + 1, id.length(), 10);
            }
        }
        return -1;
    }

    /** Archives as {@code "archive/"} sorts, which is how their ids sort. */
    private static int compareAsArchives(String a, String b) {
        return (a + "/").compareTo(b + "/");
    }

    /**
     * The numbers of the ids {@link #regular} does not number: each its hash, or on a collision
     * the next free one, taking the ids in their order.
     */
    static Map<String, Integer> others(Iterable<String> ids) {
        List<String> sorted = new ArrayList<>();
        ids.forEach(sorted::add);
        sorted.sort(null);
        Map<String, Integer> out = new HashMap<>();
        Set<Integer> taken = new HashSet<>();
        for (String id : sorted) {
            int slot = hash(id) & OTHER_MASK;
            while (!taken.add(slot)) {
                slot = (slot + 1) & OTHER_MASK;
            }
            out.put(id, OTHER + slot);
        }
        return out;
    }

    private static int hash(String id) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < id.length(); i++) {
            hash = (hash ^ id.charAt(i)) * 0x01000193;
        }
        return hash;
    }

    private static boolean isDigits(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
