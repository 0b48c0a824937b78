package io.github.digestplugin.report.search;

import io.github.digestplugin.report.render.OutputFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ArrayBlockingQueue;
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
 * first). Each term maps to the documents holding it and, for each, the term's weight there (its
 * "impact", see {@link #impact}); in memory as those lists, encoded as they will be written, with
 * the term's counts per document until the average field lengths are known. No document's text
 * is kept: each is split into terms as it arrives, and its result record (the text the page shows
 * and highlights, and checks Chinese phrases against) joins the current chunk of records, written
 * out as soon as it is full. Chunks are cut at about {@link #CHUNK_TARGET} characters, and the
 * page finds a document's chunk by the first document of each, listed in {@code meta.js}. Once the
 * documents are through, the words go to shards by range: the sorted words are cut into runs of
 * about {@link #SHARD_TARGET} characters, and the page finds a word's shard by the first word of
 * each run, so the completions of a typed prefix sit in few neighbouring files. Han bigrams go to
 * shards by a hash the script computes the same way. Every file but {@code meta.js} carries a hash
 * of its content in its name, listed in {@code meta.js}, so that a page never mixes the files of
 * two builds.
 */
final class SearchIndex {

    /** Aim for shards and chunks of about this many characters (UTF-16 units). */
    static final int SHARD_TARGET = 24 * 1024;
    static final int CHUNK_TARGET = 12 * 1024;

    /**
     * BM25F (Robertson and Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond"),
     * over two fields, the titles (English and Chinese) and the body (summaries, abstracts, id):
     * <pre>
     *   tf'(t, d)   = W_TITLE * tf_title(t, d) / (1 - B_TITLE + B_TITLE * len_title(d) / avglen_title)
     *               +           tf_body(t, d)  / (1 - B_BODY  + B_BODY  * len_body(d)  / avglen_body)
     *   score(q, d) = sum over the terms t of q of  idf(t) * tf'(t, d) / (K1 + tf'(t, d))
     *   idf(t)      = ln(1 + (N - df(t) + 0.5) / (df(t) + 0.5))
     * </pre>
     * where a field's length counts its words and Han bigrams, N is the number of documents and
     * df(t) those holding t. The index stores, per term and document, the saturated part
     * tf'/(K1 + tf') quantized to 1..{@link #IMPACT_LEVELS}; search.js multiplies it by idf(t),
     * which it computes from the length of the term's list (the constant factor K1 + 1 of the usual
     * formula changes no order and is left out).
     */
    static final double K1 = 1.2;
    static final double W_TITLE = 3.0;
    static final double B_TITLE = 0.5;
    static final double B_BODY = 0.75;
    static final int IMPACT_LEVELS = 63;

    /** A content hash in a file name: eight hexadecimal digits. */
    static final int HASH_LENGTH = 8;

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
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
    /** The content hash of each shard (word shards, then Han shards) and each chunk, in order. */
    private final StringBuilder shardHashes = new StringBuilder();
    private final StringBuilder chunkHashes = new StringBuilder();
    private int hanShards;
    private int documentCount;
    private String lastKey;
    /** Each document's field lengths, in terms, for the length normalization of BM25F. */
    private int[] titleLengths = new int[1024];
    private int[] bodyLengths = new int[1024];
    private long titleLengthSum;
    private long bodyLengthSum;
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
     * A document split into its distinct terms, each with how often it occurs in the titles and in
     * the body ({@link Postings#counts}), the fields' lengths, and its result record.
     */
    private record Tokens(SearchDocument document, String record, String[] words, byte[] wordCounts,
            long[] bigrams, byte[] bigramCounts, int titleLength, int bodyLength) {

        static Tokens of(SearchDocument document) {
            Map<String, int[]> words = new HashMap<>();
            LongCounts bigrams = new LongCounts();
            int[] length = new int[2];
            for (int field = 0; field < 2; field++) {
                int slot = field;
                Consumer<String> word = w -> {
                    words.computeIfAbsent(w, k -> new int[2])[slot]++;
                    length[slot]++;
                };
                LongConsumer bigram = b -> {
                    bigrams.add(b, slot);
                    length[slot]++;
                };
                if (field == 0) {
                    SearchTokenizer.split(document.title(), word, bigram);
                    SearchTokenizer.split(document.translatedTitle(), word, bigram);
                } else {
                    for (String text : document.bodyFields()) {
                        SearchTokenizer.split(text, word, bigram);
                    }
                    SearchTokenizer.split(document.key(), word, bigram);
                }
            }
            String[] terms = new String[words.size()];
            byte[] wordCounts = new byte[terms.length];
            int i = 0;
            for (Map.Entry<String, int[]> entry : words.entrySet()) {
                terms[i] = entry.getKey();
                wordCounts[i] = Postings.counts(entry.getValue()[0], entry.getValue()[1]);
                i++;
            }
            return new Tokens(document, SearchIndex.record(document), terms, wordCounts,
                    bigrams.codes(), bigrams.counts(), length[0], length[1]);
        }
    }

    /** Distinct longs in the order first added, each with a count per field: open addressing, no boxing. */
    private static final class LongCounts {
        private long[] slots = new long[64];
        private int[] indexOf = new int[64];
        private long[] order = new long[16];
        private int[][] counts = {new int[16], new int[16]};
        private int size;

        /** Counts a code, which is never 0, in a field. */
        void add(long code, int field) {
            if (2 * (size + 1) > slots.length) {
                long[] old = slots;
                int[] oldIndex = indexOf;
                slots = new long[old.length * 2];
                indexOf = new int[old.length * 2];
                for (int i = 0; i < old.length; i++) {
                    if (old[i] != 0) {
                        int slot = slot(old[i]);
                        slots[slot] = old[i];
                        indexOf[slot] = oldIndex[i];
                    }
                }
            }
            int slot = slot(code);
            if (slots[slot] == 0) {
                slots[slot] = code;
                if (size == order.length) {
                    order = Arrays.copyOf(order, size * 2);
                    counts[0] = Arrays.copyOf(counts[0], size * 2);
                    counts[1] = Arrays.copyOf(counts[1], size * 2);
                }
                indexOf[slot] = size;
                order[size++] = code;
            }
            counts[field][indexOf[slot]]++;
        }

        private int slot(long code) {
            int mask = slots.length - 1;
            int slot = (int) (code * 0x9E3779B97F4A7C15L >>> 40) & mask;
            while (slots[slot] != 0 && slots[slot] != code) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        long[] codes() {
            return Arrays.copyOf(order, size);
        }

        /** Each code's counts, as {@link Postings#counts} packs them. */
        byte[] counts() {
            byte[] out = new byte[size];
            for (int i = 0; i < size; i++) {
                out[i] = Postings.counts(counts[0][i], counts[1][i]);
            }
            return out;
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
        PostingEncoding.append(encoded, postings.bytes, postings.length, postings.count, postings.last);
        return PostingEncoding.decode(encoded.toString());
    }

    /** Words of the index that start with {@code prefix}. */
    List<String> wordsStartingWith(String prefix) {
        return words.keySet().stream().filter(w -> w.startsWith(prefix)).sorted().toList();
    }

    /** The file of shard {@code shard}, named by its content. */
    String shardFile(int shard) {
        return "idx-" + shard + "-" + shardHashes.substring(shard * HASH_LENGTH, (shard + 1) * HASH_LENGTH) + ".js";
    }

    /** The file of chunk {@code chunk}, named by its content. */
    String chunkFile(int chunk) {
        return "docs-" + chunk + "-" + chunkHashes.substring(chunk * HASH_LENGTH, (chunk + 1) * HASH_LENGTH) + ".js";
    }

    /** FNV-1a over the UTF-16 units, as {@code search.js} computes it with {@code Math.imul}. */
    static int hanShard(String bigram, int shards) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < bigram.length(); i++) {
            hash = (hash ^ bigram.charAt(i)) * 0x01000193;
        }
        return (int) (Integer.toUnsignedLong(hash) % shards);
    }

    /**
     * A file's content hash for its name: 64-bit FNV-1a over the UTF-16 units, folded to 32 bits.
     * It only has to change when the content does; nothing trusts it further.
     */
    static String contentHash(CharSequence content) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < content.length(); i++) {
            hash = (hash ^ content.charAt(i)) * 0x100000001b3L;
        }
        String hex = Integer.toHexString((int) (hash ^ (hash >>> 32)));
        return "0".repeat(HASH_LENGTH - hex.length()) + hex;
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
        if (current == titleLengths.length) {
            titleLengths = Arrays.copyOf(titleLengths, 2 * current);
            bodyLengths = Arrays.copyOf(bodyLengths, 2 * current);
        }
        titleLengths[current] = tokens.titleLength();
        bodyLengths[current] = tokens.bodyLength();
        titleLengthSum += tokens.titleLength();
        bodyLengthSum += tokens.bodyLength();
        String[] terms = tokens.words();
        byte[] wordCounts = tokens.wordCounts();
        for (int i = 0; i < terms.length; i++) {
            words.computeIfAbsent(terms[i], t -> new Postings()).add(current, wordCounts[i]);
        }
        long[] codes = tokens.bigrams();
        byte[] bigramCounts = tokens.bigramCounts();
        for (int i = 0; i < codes.length; i++) {
            bigrams.postings(codes[i]).add(current, bigramCounts[i]);
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
        StringBuilder content = new StringBuilder(chunk.length() + 40);
        content.append("digestSearch.documents(").append(number).append(",[").append(chunk).append("]);\n");
        chunkHashes.append(contentHash(content));
        write(chunkFile(number), out -> out.append(content));
        chunk.setLength(0);
        chunkEmpty = true;
    }

    private void finish() throws IOException {
        if (!chunkEmpty) {
            writeChunk();
        }
        Weights weights = new Weights(this);
        writeWordShards(weights);
        writeHanShards(weights);
        writeMeta();
    }

    /** The sorted words, cut into shards of about {@link #SHARD_TARGET} characters, each written when full. */
    private void writeWordShards(Weights weights) throws IOException {
        String[] sorted = words.keySet().toArray(new String[0]);
        Arrays.sort(sorted);
        StringBuilder shard = new StringBuilder(2 * SHARD_TARGET);
        StringBuilder entry = new StringBuilder();
        for (String word : sorted) {
            entry.setLength(0);
            appendEntry(entry, word, words.get(word), weights);
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
    private void writeHanShards(Weights weights) throws IOException {
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
                appendEntry(shard, SearchTokenizer.bigramText(code), bigrams.find(code), weights);
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
        StringBuilder content = new StringBuilder(entries.length() + 40);
        content.append("digestSearch.postings(").append(number).append(",{").append(entries).append("});\n");
        shardHashes.append(contentHash(content));
        write(shardFile(number), out -> out.append(content));
    }

    private void writeMeta() throws IOException {
        StringBuilder out = new StringBuilder("digestSearch.meta({\"documents\":").append(documentCount)
                .append(",\"chunks\":");
        ScriptJson.appendString(out, PostingEncoding.encode(chunkStarts, chunkCount));
        out.append(",\"chunkHashes\":\"").append(chunkHashes).append('"');
        out.append(",\"shardHashes\":\"").append(shardHashes).append('"');
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

    /** The field-length normalizations of BM25F, once every document's lengths are known. */
    private static final class Weights {
        final double averageTitle;
        final double averageBody;
        final int[] titleLengths;
        final int[] bodyLengths;

        Weights(SearchIndex index) {
            int n = Math.max(1, index.documentCount);
            averageTitle = Math.max(1.0, (double) index.titleLengthSum / n);
            averageBody = Math.max(1.0, (double) index.bodyLengthSum / n);
            titleLengths = index.titleLengths;
            bodyLengths = index.bodyLengths;
        }

        /** The quantized tf'/(K1 + tf') of {@link #K1}'s formula: 1 to {@link #IMPACT_LEVELS}. */
        int impact(int document, byte counts) {
            int inTitle = (counts >> 5) & 3;
            int inBody = counts & 31;
            double tf = W_TITLE * inTitle / (1 - B_TITLE + B_TITLE * titleLengths[document] / averageTitle)
                    + inBody / (1 - B_BODY + B_BODY * bodyLengths[document] / averageBody);
            long level = Math.round(IMPACT_LEVELS * tf / (K1 + tf));
            return (int) Math.max(1, Math.min(IMPACT_LEVELS, level));
        }
    }

    /** {@code "term":"documents impacts"}: the documents' list, a space, one impact digit per document. */
    private static void appendEntry(StringBuilder out, String term, Postings postings, Weights weights) {
        ScriptJson.appendString(out, term);
        out.append(":\"");
        PostingEncoding.append(out, postings.bytes, postings.length, postings.count, postings.last);
        out.append(' ');
        // The documents in ascending order, as the gaps list them, each followed by its counts.
        int document = -1;
        int value = 0;
        byte[] bytes = postings.bytes;
        for (int i = 0; i < postings.length; i++) {
            byte b = bytes[i];
            if (b < 0) {
                out.append(PostingEncoding.DIGITS.charAt(weights.impact(document, b)));
                continue;
            }
            int digit = PostingEncoding.digitValue(b);
            if (digit >= 32) {
                value = value * 32 + digit - 32;
            } else {
                document += value * 32 + digit + 1;
                value = 0;
            }
        }
        out.append('"');
    }

    /** The length {@link #appendEntry} gives, for a term that takes {@code quotedTerm} characters quoted. */
    private static long entryLength(int quotedTerm, Postings postings) {
        return quotedTerm + 1 + 1 + PostingEncoding.length(postings.length - postings.count, postings.last) + 1
                + postings.count + 1;
    }

    /**
     * One result as the page shows it: link, id, category, first-seen date, title, translated
     * title, Chinese and English summary, Chinese and English abstract, each on one line.
     */
    private static String record(SearchDocument document) {
        String[] fields = {document.key(), document.category(), document.firstSeen(), document.title(),
            document.translatedTitle(), document.summaryZh(), document.summaryEn(), document.abstractZh(),
            document.abstractEn()};
        int length = document.href().length() + 3 * fields.length + 8;
        for (String field : fields) {
            length += field.length() + field.length() / 16;
        }
        StringBuilder out = new StringBuilder(length);
        out.append('[');
        ScriptJson.appendString(out, document.href());
        for (String field : fields) {
            out.append(',');
            ScriptJson.appendString(out, oneLine(field));
        }
        return out.append(']').toString();
    }

    /** The text with each run of white space made one space, and none at either end. */
    static String oneLine(String text) {
        if (isOneLine(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@link #oneLine} would leave the text as it is: no white space but single spaces inside. */
    private static boolean isOneLine(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == length - 1 || text.charAt(i + 1) == ' ') {
                    return false;
                }
            } else if (c < 0x80 ? c < 0x21 : Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The documents holding one term, ascending, as the gaps {@link PostingEncoding} writes, one
     * byte a digit, each followed by a byte of the term's counts there: in one array, so that
     * adding a document touches one place of memory. A digit is ASCII; a counts byte has its high
     * bit set, the count in the titles (at most 3) in the next two bits, the count in the body (at
     * most 31) in the low five, which leaves the saturated impact all but unchanged.
     */
    private static final class Postings {
        private static final byte[] NONE = {};

        byte[] bytes = NONE;
        int length;
        int last = -1;
        int count;

        static byte counts(int inTitle, int inBody) {
            return (byte) (0x80 | (Math.min(3, inTitle) << 5) | Math.min(31, inBody));
        }

        /** Adds a document, which comes after every document added before, with its {@link #counts}. */
        void add(int document, byte counts) {
            int gap = document - last - 1;
            int needed = length + PostingEncoding.digits(gap) + 1;
            if (needed > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(Math.max(needed, 8), length + (length >> 1)));
            }
            length = PostingEncoding.appendGap(bytes, length, gap);
            bytes[length++] = counts;
            last = document;
            count++;
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
