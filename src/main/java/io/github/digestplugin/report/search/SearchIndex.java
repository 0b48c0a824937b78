package io.github.digestplugin.report.search;

import io.github.digestplugin.report.render.OutputFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;

/**
 * The split index, built from documents handed over one at a time in key order and written as it
 * goes: the script files of {@code search/}, and where each term lives, so that tests can tell
 * what a query loads.
 *
 * <p>Documents are numbered in the order given, which is key order (arXiv ids, so roughly oldest
 * first). Each term maps to the documents holding it, and to those holding it in a title, which
 * rank first; in memory only as those lists, encoded as they will be written. No document's text
 * is kept: each is split into terms as it arrives, and its result record joins the current chunk
 * of document metadata, written out as soon as it is full. Chunks are cut at about
 * {@link #CHUNK_TARGET} characters, and the page finds a document's chunk by the first document of
 * each, listed in {@code meta.js}. Once the documents are through, the words go to shards by
 * range: the sorted words are cut into runs of about {@link #SHARD_TARGET} characters, and the page
 * finds a word's shard by the first word of each run, so the completions of a typed prefix sit in
 * few neighbouring files. Han bigrams go to shards by a hash the script computes the same way.
 */
final class SearchIndex {

    /** Aim for shards and chunks of about this many characters (UTF-16 units). */
    static final int SHARD_TARGET = 24 * 1024;
    static final int CHUNK_TARGET = 12 * 1024;
    static final int SNIPPET_LENGTH = 160;

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** A bigram's sort key is 44 bits (see {@link #sortKey}); the han shard goes above it. */
    private static final int SHARD_SHIFT = 44;

    /** Where the index's files go, each once it is complete: by name inside {@code search/}. */
    @FunctionalInterface
    interface FileSink {
        void write(String name, OutputFiles.Text content) throws IOException;
    }

    private final FileSink sink;
    private final List<String> fileNames = new ArrayList<>();
    private final Map<String, Postings> words = new HashMap<>();
    private final BigramTable bigrams = new BigramTable();
    /** The first word of each word shard, ascending. */
    private final List<String> wordShardStarts = new ArrayList<>();
    private int hanShards;
    private int documentCount;
    private String lastKey;
    /** The first document of each chunk, ascending. */
    private int[] chunkStarts = new int[16];
    private int chunkCount;
    /** The records of the chunk being filled, comma-separated. */
    private final StringBuilder chunk = new StringBuilder(2 * CHUNK_TARGET);
    private boolean chunkEmpty = true;

    private SearchIndex(FileSink sink) {
        this.sink = sink;
    }

    /**
     * Indexes {@code documents}, each read once in the order given, which must be ascending by key,
     * and writes the index files into {@code sink}: the document chunks while reading, then the
     * shards, then {@code meta.js}.
     */
    static SearchIndex build(Iterable<SearchDocument> documents, FileSink sink) throws IOException {
        SearchIndex index = new SearchIndex(sink);
        // Two stages on two threads: one reads and splits the documents, this one files their
        // terms in order. A bounded queue between them keeps only a few documents in memory.
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(IN_FLIGHT);
        Thread splitter = new Thread(() -> {
            Object last = END;
            try {
                for (SearchDocument document : documents) {
                    queue.put(Tokens.of(document));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                last = e;
            }
            try {
                queue.put(last);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "digest-search-split");
        splitter.setDaemon(true);
        splitter.start();
        try {
            for (Object next = take(queue); next != END; next = take(queue)) {
                if (next instanceof RuntimeException failure) {
                    throw failure;
                }
                if (next instanceof Error failure) {
                    throw failure;
                }
                index.add((Tokens) next);
            }
        } finally {
            splitter.interrupt();
        }
        index.finish();
        return index;
    }

    private static final int IN_FLIGHT = 256;
    private static final Object END = new Object();

    private static Object take(BlockingQueue<Object> queue) throws IOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while building the search index", e);
        }
    }

    /**
     * A document split into its distinct terms, title terms apart (a term in both counts as a
     * title term), with its result record.
     */
    private record Tokens(SearchDocument document, String record, String[] titleWords, long[] titleBigrams,
            String[] words, long[] bigrams) {

        static Tokens of(SearchDocument document) {
            Set<String> titleWords = new LinkedHashSet<>();
            LongSet titleBigrams = new LongSet();
            SearchTokenizer.split(document.title(), titleWords::add, titleBigrams::add);
            SearchTokenizer.split(document.translatedTitle(), titleWords::add, titleBigrams::add);
            Set<String> words = new LinkedHashSet<>();
            LongSet bigrams = new LongSet();
            Consumer<String> word = w -> {
                if (!titleWords.contains(w)) {
                    words.add(w);
                }
            };
            LongConsumer bigram = b -> {
                if (!titleBigrams.contains(b)) {
                    bigrams.add(b);
                }
            };
            SearchTokenizer.split(document.text(), word, bigram);
            SearchTokenizer.split(document.key(), word, bigram);
            return new Tokens(document, SearchIndex.record(document), titleWords.toArray(new String[0]), titleBigrams.toArray(),
                    words.toArray(new String[0]), bigrams.toArray());
        }
    }

    /** Distinct longs in the order first added: open addressing, no boxing. */
    private static final class LongSet {
        private long[] slots = new long[64];
        private long[] order = new long[16];
        private int size;

        /** Adds a code, which is never 0. */
        void add(long code) {
            if (2 * (size + 1) > slots.length) {
                long[] old = slots;
                slots = new long[old.length * 2];
                for (long value : old) {
                    if (value != 0) {
                        slots[slot(value)] = value;
                    }
                }
            }
            int slot = slot(code);
            if (slots[slot] == 0) {
                slots[slot] = code;
                if (size == order.length) {
                    order = Arrays.copyOf(order, size * 2);
                }
                order[size++] = code;
            }
        }

        boolean contains(long code) {
            return slots[slot(code)] == code;
        }

        private int slot(long code) {
            int mask = slots.length - 1;
            int slot = (int) (code * 0x9E3779B97F4A7C15L >>> 40) & mask;
            while (slots[slot] != 0 && slots[slot] != code) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        long[] toArray() {
            return Arrays.copyOf(order, size);
        }
    }

    /** The files written, by name inside {@code search/}, in writing order. */
    List<String> fileNames() {
        return fileNames;
    }

    int documentCount() {
        return documentCount;
    }

    int chunkCount() {
        return chunkCount;
    }

    /** The chunk holding document {@code document}: the last that starts at or before it, as search.js finds it. */
    int chunkOf(int document) {
        int found = Arrays.binarySearch(chunkStarts, 0, chunkCount, document);
        return found >= 0 ? found : -found - 2;
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
        if (postings == null) {
            return new int[0];
        }
        StringBuilder encoded = new StringBuilder();
        PostingEncoding.append(encoded, postings.all, postings.allLength, postings.lastAll);
        return PostingEncoding.decode(encoded.toString());
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

    private void add(Tokens tokens) throws IOException {
        SearchDocument document = tokens.document();
        if (SCHEME.matcher(document.href()).find() || document.href().startsWith("/")) {
            throw new IllegalArgumentException("A search result must link inside the report, not to "
                    + document.href() + " (" + document.key() + ")");
        }
        if (lastKey != null && document.key().compareTo(lastKey) <= 0) {
            throw new IllegalArgumentException("Search documents must come in ascending key order, "
                    + document.key() + " came after " + lastKey);
        }
        lastKey = document.key();
        int current = documentCount++;
        // Titles first: a term's first sighting in a document decides whether it counts as a title term.
        for (String word : tokens.titleWords()) {
            words.computeIfAbsent(word, t -> new Postings()).add(current, true);
        }
        for (long bigram : tokens.titleBigrams()) {
            bigrams.postings(bigram).add(current, true);
        }
        for (String word : tokens.words()) {
            words.computeIfAbsent(word, t -> new Postings()).add(current, false);
        }
        for (long bigram : tokens.bigrams()) {
            bigrams.postings(bigram).add(current, false);
        }
        addRecord(current, tokens.record());
    }

    /** Adds a result record to the current chunk, first writing the chunk out when the record would overfill it. */
    private void addRecord(int document, String record) throws IOException {
        if (!chunkEmpty && chunk.length() + 1 + record.length() > CHUNK_TARGET) {
            writeChunk();
        }
        if (chunkEmpty) {
            if (chunkCount == chunkStarts.length) {
                chunkStarts = Arrays.copyOf(chunkStarts, 2 * chunkCount);
            }
            chunkStarts[chunkCount++] = document;
            chunkEmpty = false;
        } else {
            chunk.append(',');
        }
        chunk.append(record);
    }

    private void writeChunk() throws IOException {
        int number = chunkCount - 1;
        write(chunkFile(number), out -> {
            out.write("digestSearch.documents(" + number + ",[");
            out.append(chunk);
            out.write("]);\n");
        });
        chunk.setLength(0);
        chunkEmpty = true;
    }

    private void finish() throws IOException {
        if (!chunkEmpty) {
            writeChunk();
        }
        writeWordShards();
        writeHanShards();
        writeMeta();
    }

    /** The sorted words, cut into shards of about {@link #SHARD_TARGET} characters, each written when full. */
    private void writeWordShards() throws IOException {
        String[] sorted = words.keySet().toArray(new String[0]);
        Arrays.sort(sorted);
        StringBuilder shard = new StringBuilder(2 * SHARD_TARGET);
        StringBuilder entry = new StringBuilder();
        for (String word : sorted) {
            entry.setLength(0);
            appendEntry(entry, word, words.get(word));
            if (!shard.isEmpty() && shard.length() + 1 + entry.length() > SHARD_TARGET) {
                writeShard(wordShardStarts.size() - 1, shard);
                shard.setLength(0);
            }
            if (shard.isEmpty()) {
                wordShardStarts.add(word);
            } else {
                shard.append(',');
            }
            shard.append(entry);
        }
        if (!shard.isEmpty()) {
            writeShard(wordShardStarts.size() - 1, shard);
        }
    }

    /**
     * The bigrams in as many shards, a power of two, as keep them about {@link #SHARD_TARGET}
     * characters each; within a shard in the order of their text.
     */
    private void writeHanShards() throws IOException {
        long chars = 0;
        for (int slot = 0; slot < bigrams.codes.length; slot++) {
            if (bigrams.codes[slot] != 0) {
                // A bigram is two Han characters, which need no escape: its text and two quotes.
                chars += entryLength(Character.charCount((int) (bigrams.codes[slot] >>> 21))
                        + Character.charCount((int) (bigrams.codes[slot] & 0x1FFFFF)) + 2, bigrams.values[slot]);
            }
        }
        hanShards = Integer.highestOneBit((int) Math.max(1, chars / SHARD_TARGET));
        if (hanShards < chars / SHARD_TARGET) {
            hanShards <<= 1;
        }
        long[] order = new long[bigrams.size];
        int count = 0;
        for (int slot = 0; slot < bigrams.codes.length; slot++) {
            long code = bigrams.codes[slot];
            if (code != 0) {
                order[count++] = ((long) hanShard(SearchTokenizer.bigramText(code), hanShards) << SHARD_SHIFT) | sortKey(code);
            }
        }
        Arrays.sort(order);
        StringBuilder shard = new StringBuilder(2 * SHARD_TARGET);
        int next = 0;
        for (int h = 0; h < hanShards; h++) {
            shard.setLength(0);
            for (; next < count && (order[next] >>> SHARD_SHIFT) == h; next++) {
                long code = codeOf(order[next] & ((1L << SHARD_SHIFT) - 1));
                if (!shard.isEmpty()) {
                    shard.append(',');
                }
                appendEntry(shard, SearchTokenizer.bigramText(code), bigrams.find(code));
            }
            writeShard(wordShardStarts.size() + h, shard);
        }
    }

    /**
     * A bigram's place in the order of its text (UTF-16 units, as {@link String#compareTo}), which
     * is not that of its code points: the two code points' ranks, 22 bits each.
     */
    private static long sortKey(long code) {
        return (rank((int) (code >>> 21)) << 22) | rank((int) (code & 0x1FFFFF));
    }

    /** Characters above the surrogates sort after those made of two units: moved above them. */
    private static long rank(int codePoint) {
        return codePoint >= 0xE000 && codePoint < 0x10000 ? codePoint + 0x200000L : codePoint;
    }

    private static long codeOf(long sortKey) {
        return SearchTokenizer.bigramCode(unrank(sortKey >>> 22), unrank(sortKey & 0x3FFFFF));
    }

    private static int unrank(long rank) {
        return (int) (rank >= 0x200000L ? rank - 0x200000L : rank);
    }

    private void writeShard(int number, CharSequence entries) throws IOException {
        write(shardFile(number), out -> {
            out.write("digestSearch.postings(" + number + ",{");
            out.append(entries);
            out.write("});\n");
        });
    }

    private void writeMeta() throws IOException {
        StringBuilder out = new StringBuilder("digestSearch.meta({\"documents\":").append(documentCount)
                .append(",\"chunks\":");
        ScriptJson.appendString(out, PostingEncoding.encode(chunkStarts, chunkCount));
        out.append(",\"hanShards\":").append(hanShards).append(",\"words\":[");
        for (int i = 0; i < wordShardStarts.size(); i++) {
            out.append(i == 0 ? "" : ",");
            ScriptJson.appendString(out, wordShardStarts.get(i));
        }
        out.append("]});\n");
        write("meta.js", writer -> writer.append(out));
    }

    private void write(String name, OutputFiles.Text content) throws IOException {
        sink.write(name, content);
        fileNames.add(name);
    }

    /** {@code "term":"all"}, or {@code "term":["all","title"]} when the term is in a title. */
    private static void appendEntry(StringBuilder out, String term, Postings postings) {
        ScriptJson.appendString(out, term);
        out.append(':');
        if (postings.titleLength == 0) {
            appendList(out, postings.all, postings.allLength, postings.lastAll);
        } else {
            out.append('[');
            appendList(out, postings.all, postings.allLength, postings.lastAll);
            out.append(',');
            appendList(out, postings.title, postings.titleLength, postings.lastTitle);
            out.append(']');
        }
    }

    /** The length {@link #appendEntry} gives, for a term that takes {@code quotedTerm} characters quoted. */
    private static long entryLength(int quotedTerm, Postings postings) {
        long all = PostingEncoding.length(postings.allLength, postings.lastAll) + 2;
        if (postings.titleLength == 0) {
            return quotedTerm + 1 + all;
        }
        return quotedTerm + 1 + 1 + all + 1 + PostingEncoding.length(postings.titleLength, postings.lastTitle) + 2 + 1;
    }

    private static void appendList(StringBuilder out, byte[] gaps, int length, int last) {
        out.append('"');
        PostingEncoding.append(out, gaps, length, last);
        out.append('"');
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

    /**
     * The documents holding one term, ascending, and those holding it in a title: each as the gaps
     * {@link PostingEncoding} writes, one byte a digit, and the last document.
     */
    private static final class Postings {
        private static final byte[] NONE = {};

        byte[] all = NONE;
        int allLength;
        int lastAll = -1;
        byte[] title = NONE;
        int titleLength;
        int lastTitle = -1;

        /** Adds a sighting; documents arrive in ascending order, a title sighting first. */
        void add(int document, boolean inTitle) {
            if (inTitle && document != lastTitle) {
                int gap = document - lastTitle - 1;
                title = PostingEncoding.withRoom(title, titleLength, gap);
                titleLength = PostingEncoding.appendGap(title, titleLength, gap);
                lastTitle = document;
            }
            if (document != lastAll) {
                int gap = document - lastAll - 1;
                all = PostingEncoding.withRoom(all, allLength, gap);
                allLength = PostingEncoding.appendGap(all, allLength, gap);
                lastAll = document;
            }
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
