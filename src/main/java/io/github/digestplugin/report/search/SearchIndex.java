package io.github.digestplugin.report.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;

/**
 * The split index in memory: the script files of {@code search/} by name, and where each term
 * lives, so that tests can tell what a query loads.
 *
 * <p>Documents are numbered in key order (arXiv ids, so roughly oldest first). Each term maps to
 * the documents holding it, and to those holding it in a title, which rank first. Words go to
 * shards by range: the sorted words are cut into runs of about {@link #SHARD_TARGET} characters,
 * and the page finds a word's shard by the first word of each run, so the completions of a typed
 * prefix sit in few neighbouring files. Han bigrams go to shards by a hash the script computes the
 * same way. Document metadata is in chunks of consecutive numbers.
 */
final class SearchIndex {

    /** Aim for shards and chunks of about this many characters (UTF-16 units). */
    static final int SHARD_TARGET = 24 * 1024;
    static final int CHUNK_TARGET = 12 * 1024;
    static final int SNIPPET_LENGTH = 160;

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final List<SearchDocument> documents;
    private final Map<String, Postings> words = new HashMap<>();
    private final BigramTable bigrams = new BigramTable();
    /** The first word of each word shard, ascending. */
    private final List<String> wordShardStarts = new ArrayList<>();
    private int hanShards;
    private int chunkSize;
    private final Map<String, String> files = new LinkedHashMap<>();

    private SearchIndex(List<SearchDocument> documents) {
        this.documents = documents.stream().sorted(Comparator.comparing(SearchDocument::key)).toList();
    }

    static SearchIndex build(List<SearchDocument> documents) {
        SearchIndex index = new SearchIndex(documents);
        index.collectPostings();
        index.render();
        return index;
    }

    /** The files of {@code search/}, by name, in writing order. */
    Map<String, String> files() {
        return files;
    }

    int documentCount() {
        return documents.size();
    }

    int chunkSize() {
        return chunkSize;
    }

    /** The shard file that would hold {@code word}, or null when it sorts before every word. */
    String wordShardFile(String word) {
        int shard = wordShard(word);
        return shard < 0 ? null : shardFile(shard);
    }

    /** The shard files holding the words that start with {@code prefix}: neighbours in sort order. */
    List<String> prefixShardFiles(String prefix) {
        List<String> out = new ArrayList<>();
        int shard = Math.max(0, wordShard(prefix));
        if (wordShardStarts.isEmpty()) {
            return out;
        }
        out.add(shardFile(shard));
        while (shard + 1 < wordShardStarts.size() && wordShardStarts.get(shard + 1).startsWith(prefix)) {
            out.add(shardFile(++shard));
        }
        return out;
    }

    /** The last shard whose first word is not after {@code word}, as search.js finds it. */
    private int wordShard(String word) {
        int low = 0;
        int high = wordShardStarts.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (wordShardStarts.get(middle).compareTo(word) <= 0) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }

    String bigramShardFile(String bigram) {
        return shardFile(wordShardStarts.size() + hanShard(bigram, hanShards));
    }

    /** Documents holding {@code term} (a word or a bigram), or an empty array. */
    int[] documentsWith(String term) {
        Postings postings = words.get(term);
        if (postings == null && term.codePointCount(0, term.length()) == 2) {
            postings = bigrams.find(SearchTokenizer.bigramCode(term.codePointAt(0), term.codePointBefore(term.length())));
        }
        return postings == null ? new int[0] : Arrays.copyOf(postings.all, postings.allSize);
    }

    /** Words of the index that start with {@code prefix}. */
    List<String> wordsStartingWith(String prefix) {
        return words.keySet().stream().filter(w -> w.startsWith(prefix)).sorted().toList();
    }

    static String shardFile(int shard) {
        return "idx-" + shard + ".js";
    }

    static String chunkFile(int chunk) {
        return "docs-" + chunk + ".js";
    }

    /** FNV-1a over the UTF-16 units, as {@code search.js} computes it with {@code Math.imul}. */
    static int hanShard(String bigram, int shards) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < bigram.length(); i++) {
            hash = (hash ^ bigram.charAt(i)) * 0x01000193;
        }
        return (int) (Integer.toUnsignedLong(hash) % shards);
    }

    private void collectPostings() {
        for (int number = 0; number < documents.size(); number++) {
            SearchDocument document = documents.get(number);
            if (SCHEME.matcher(document.href()).find() || document.href().startsWith("/")) {
                throw new IllegalArgumentException("A search result must link inside the report, not to "
                        + document.href() + " (" + document.key() + ")");
            }
            int current = number;
            // Titles first: a term's first sighting in a document decides whether it counts as a title term.
            Consumer<String> titleWord = w -> words.computeIfAbsent(w, t -> new Postings()).add(current, true);
            LongConsumer titleBigram = b -> bigrams.postings(b).add(current, true);
            Consumer<String> word = w -> words.computeIfAbsent(w, t -> new Postings()).add(current, false);
            LongConsumer bigram = b -> bigrams.postings(b).add(current, false);
            SearchTokenizer.split(document.title(), titleWord, titleBigram);
            SearchTokenizer.split(document.translatedTitle(), titleWord, titleBigram);
            SearchTokenizer.split(document.text(), word, bigram);
            SearchTokenizer.split(document.key(), word, bigram);
        }
    }

    private void render() {
        List<String> sortedWords = words.keySet().stream().sorted().toList();
        List<String> wordEntries = sortedWords.stream().map(w -> entry(w, words.get(w))).toList();
        List<int[]> wordRanges = new ArrayList<>();
        int start = 0;
        long size = 0;
        for (int i = 0; i < wordEntries.size(); i++) {
            if (size > 0 && size + wordEntries.get(i).length() > SHARD_TARGET) {
                wordRanges.add(new int[] {start, i});
                start = i;
                size = 0;
            }
            size += wordEntries.get(i).length() + 1;
        }
        if (start < wordEntries.size()) {
            wordRanges.add(new int[] {start, wordEntries.size()});
        }
        wordRanges.forEach(range -> wordShardStarts.add(sortedWords.get(range[0])));

        Map<String, String> bigramEntries = new TreeMap<>();
        long bigramChars = 0;
        for (int slot = 0; slot < bigrams.codes.length; slot++) {
            if (bigrams.codes[slot] != 0) {
                String bigram = SearchTokenizer.bigramText(bigrams.codes[slot]);
                String entry = entry(bigram, bigrams.values[slot]);
                bigramEntries.put(bigram, entry);
                bigramChars += entry.length();
            }
        }
        hanShards = Integer.highestOneBit((int) Math.max(1, bigramChars / SHARD_TARGET));
        if (hanShards < bigramChars / SHARD_TARGET) {
            hanShards <<= 1;
        }

        List<String> records = documents.stream().map(SearchIndex::record).toList();
        long average = records.stream().mapToLong(String::length).sum() / Math.max(1, records.size());
        chunkSize = (int) Math.max(1, CHUNK_TARGET / Math.max(1, average));

        files.put("meta.js", meta());
        for (int shard = 0; shard < wordRanges.size(); shard++) {
            int[] range = wordRanges.get(shard);
            files.put(shardFile(shard), shard(shard, wordEntries.subList(range[0], range[1])));
        }
        List<List<String>> hanShardEntries = new ArrayList<>();
        for (int h = 0; h < hanShards; h++) {
            hanShardEntries.add(new ArrayList<>());
        }
        bigramEntries.forEach((bigram, entry) -> hanShardEntries.get(hanShard(bigram, hanShards)).add(entry));
        for (int h = 0; h < hanShards; h++) {
            int shard = wordShardStarts.size() + h;
            files.put(shardFile(shard), shard(shard, hanShardEntries.get(h)));
        }
        renderChunks(records);
    }

    private static String entry(String term, Postings postings) {
        StringBuilder out = new StringBuilder();
        ScriptJson.appendString(out, term);
        out.append(':');
        String all = PostingEncoding.encode(postings.all, postings.allSize);
        if (postings.titleSize == 0) {
            ScriptJson.appendString(out, all);
        } else {
            out.append('[');
            ScriptJson.appendString(out, all);
            out.append(',');
            ScriptJson.appendString(out, PostingEncoding.encode(postings.title, postings.titleSize));
            out.append(']');
        }
        return out.toString();
    }

    private static String shard(int number, List<String> entries) {
        StringBuilder out = new StringBuilder("digestSearch.postings(").append(number).append(",{");
        for (int i = 0; i < entries.size(); i++) {
            out.append(i == 0 ? "" : ",").append(entries.get(i));
        }
        return out.append("});\n").toString();
    }

    private String meta() {
        StringBuilder out = new StringBuilder("digestSearch.meta({\"documents\":").append(documents.size())
                .append(",\"chunkSize\":").append(chunkSize)
                .append(",\"hanShards\":").append(hanShards)
                .append(",\"words\":[");
        for (int i = 0; i < wordShardStarts.size(); i++) {
            out.append(i == 0 ? "" : ",");
            ScriptJson.appendString(out, wordShardStarts.get(i));
        }
        return out.append("]});\n").toString();
    }

    private void renderChunks(List<String> records) {
        for (int chunk = 0; chunk * chunkSize < records.size(); chunk++) {
            List<String> part = records.subList(chunk * chunkSize, Math.min(records.size(), (chunk + 1) * chunkSize));
            files.put(chunkFile(chunk), "digestSearch.documents(" + chunk + ",[" + String.join(",", part) + "]);\n");
        }
    }

    /** One result as the page shows it: link, title, translated title, snippet. */
    private static String record(SearchDocument document) {
        StringBuilder out = new StringBuilder("[");
        ScriptJson.appendString(out, document.href());
        out.append(',');
        ScriptJson.appendString(out, oneLine(document.title()));
        out.append(',');
        ScriptJson.appendString(out, oneLine(document.translatedTitle()));
        out.append(',');
        ScriptJson.appendString(out, snippet(document.text()));
        return out.append(']').toString();
    }

    /** The first line of the text (the summary, where the report puts it first), shortened. */
    static String snippet(String text) {
        String first = text.strip();
        int end = first.indexOf('\n');
        first = oneLine(end < 0 ? first : first.substring(0, end));
        if (first.codePointCount(0, first.length()) <= SNIPPET_LENGTH) {
            return first;
        }
        return first.substring(0, first.offsetByCodePoints(0, SNIPPET_LENGTH - 1)).stripTrailing() + "…";
    }

    private static String oneLine(String text) {
        return SPACE.matcher(text).replaceAll(" ").strip();
    }

    /** The documents holding one term, ascending, and those holding it in a title. */
    private static final class Postings {
        int[] all = new int[4];
        int allSize;
        int[] title = new int[0];
        int titleSize;

        /** Adds a sighting; documents arrive in ascending order, a title sighting first. */
        void add(int document, boolean inTitle) {
            boolean seen = allSize > 0 && all[allSize - 1] == document;
            if (inTitle && !(titleSize > 0 && title[titleSize - 1] == document)) {
                if (titleSize == title.length) {
                    title = Arrays.copyOf(title, Math.max(4, titleSize * 2));
                }
                title[titleSize++] = document;
            }
            if (seen) {
                return;
            }
            if (allSize == all.length) {
                all = Arrays.copyOf(all, allSize * 2);
            }
            all[allSize++] = document;
        }
    }

    /** Postings by bigram code: open addressing over two arrays, without a boxed key per lookup. */
    private static final class BigramTable {
        long[] codes = new long[1 << 16];
        Postings[] values = new Postings[1 << 16];
        int size;

        Postings postings(long code) {
            int slot = slot(code);
            if (codes[slot] == 0) {
                if (2 * (size + 1) > codes.length) {
                    grow();
                    slot = slot(code);
                }
                codes[slot] = code;
                values[slot] = new Postings();
                size++;
            }
            return values[slot];
        }

        Postings find(long code) {
            int slot = slot(code);
            return codes[slot] == 0 ? null : values[slot];
        }

        /** The slot holding {@code code}, or the empty slot where it belongs. */
        private int slot(long code) {
            int mask = codes.length - 1;
            int slot = (int) ((code * 0x9E3779B97F4A7C15L) >>> 40) & mask;
            while (codes[slot] != 0 && codes[slot] != code) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            long[] oldCodes = codes;
            Postings[] oldValues = values;
            codes = new long[oldCodes.length * 2];
            values = new Postings[oldCodes.length * 2];
            for (int i = 0; i < oldCodes.length; i++) {
                if (oldCodes[i] != 0) {
                    int slot = slot(oldCodes[i]);
                    codes[slot] = oldCodes[i];
                    values[slot] = oldValues[i];
                }
            }
        }
    }
}
