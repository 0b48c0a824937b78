package io.github.digestplugin.report.search;

import io.github.digestplugin.report.render.OutputFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;

/**
 * The split index, built from documents handed over one at a time in key order and written as it
 * goes: the script files of {@code search/}, and where each term lives, so that tests can tell
 * what a query loads.
 *
 * <p>Every part of a file depends only on the papers in it, so that a change to one paper changes
 * only the files of its own terms and its own chunk, and {@link SearchIndexUpdate} can rewrite
 * just those: a document's number comes from its id ({@link DocumentNumbers}); a term's weight
 * in a document (its "impact", see {@link #impact}) from that document alone; and files are cut
 * where their content says, not by running size. The sorted words go to shards by range: a word
 * starts a new shard when a hash of it falls below its entry's share of {@link #SHARD_MEAN}
 * ({@link #startsWordShard}), or when the shard would outgrow {@link #SHARD_TARGET}; the page
 * finds a word's shard by the first word of each, listed in {@code meta.js}, so the completions
 * of a typed prefix sit in few neighbouring files. Han bigrams go to shards by a hash the script
 * computes the same way, as many as a power of two of the documents' count asks for. Each
 * document's result record (the text the page shows and highlights, and checks Chinese phrases
 * against) joins a chunk, cut the same way by a hash of its number ({@link #startsChunk}); the
 * page finds a document's chunk by the first document of each, listed in {@code meta.js}, and its
 * record by the chunk's own list of documents. Every file but {@code meta.js} carries a hash of
 * its content in its name, listed in {@code meta.js}, so that a page never mixes the files of two
 * builds.
 */
final class SearchIndex {

    /** Shards and chunks are cut before they outgrow this many characters (UTF-16 units). */
    static final int SHARD_TARGET = 24 * 1024;
    static final int CHUNK_TARGET = 12 * 1024;
    /** The mean run of characters between two content-defined cuts, before the size cuts. */
    static final int SHARD_MEAN = 64 * 1024;
    static final int CHUNK_MEAN = 32 * 1024;
    /** The characters of Han entries a document adds on average (cs.CL), which sets the Han shard count. */
    static final int HAN_CHARS_PER_DOCUMENT = 820;

    /**
     * BM25F (Robertson and Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond"),
     * over two fields, the titles (English and Chinese) and the body (summaries, abstracts, id):
     * <pre>
     *   tf'(t, d)   = W_TITLE * tf_title(t, d) / (1 - B_TITLE + B_TITLE * len_title(d) / REFERENCE_TITLE)
     *               +           tf_body(t, d)  / (1 - B_BODY  + B_BODY  * len_body(d)  / REFERENCE_BODY)
     *   score(q, d) = sum over the terms t of q of  idf(t) * tf'(t, d) / (K1 + tf'(t, d))
     *   idf(t)      = ln(1 + (N - df(t) + 0.5) / (df(t) + 0.5))
     * </pre>
     * where a field's length counts its words and Han bigrams, N is the number of documents and
     * df(t) those holding t. The lengths are normalized against fixed reference lengths, the mean
     * field lengths of the cs.CL digests, rather than the collection's own means, so that a
     * document's weights do not move when others come or go. The index stores, per term and
     * document, the saturated part tf'/(K1 + tf') quantized to 1..{@link #IMPACT_LEVELS};
     * search.js multiplies it by idf(t), which it computes from the length of the term's list (the
     * constant factor K1 + 1 of the usual formula changes no order and is left out).
     */
    static final double K1 = 1.2;
    static final double W_TITLE = 3.0;
    static final double B_TITLE = 0.5;
    static final double B_BODY = 0.75;
    static final double REFERENCE_TITLE = 29.5;
    static final double REFERENCE_BODY = 424.0;
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
    /** What {@code meta.js} lists: the shards and chunks as written. */
    final Layout layout = new Layout();
    private String lastKey;
    private int lastNumber = -1;
    /** Documents numbered by {@link DocumentNumbers#others}: held until every id is known. */
    private final List<Tokens> others = new ArrayList<>();
    /** The numbers and records of the chunk being filled. */
    private int[] chunkDocuments = new int[16];
    private final List<String> chunkRecords = new ArrayList<>();
    private int chunkLength;
    /** Each document's number and the hash of its record, for {@link SearchIndexUpdate}. */
    private final Consumer<DocumentStamp> stamps;

    /** A document as the index holds it: its number and a hash of its record. */
    record DocumentStamp(String key, int number, String recordHash) {}

    private SearchIndex(FileSink sink, Consumer<DocumentStamp> stamps) {
        this.sink = sink;
        this.stamps = stamps;
    }

    /**
     * The shards and chunks of an index as {@code meta.js} lists them: the first word of each word
     * shard, the content hash of each shard (word shards, then Han shards) and of each chunk, and
     * the first document of each chunk.
     */
    static final class Layout {
        int documents;
        final List<String> wordStarts = new ArrayList<>();
        final StringBuilder shardHashes = new StringBuilder();
        int hanShards;
        int[] chunkStarts = new int[16];
        int chunkCount;
        final StringBuilder chunkHashes = new StringBuilder();

        void addChunk(int first, String hash) {
            if (chunkCount == chunkStarts.length) {
                chunkStarts = Arrays.copyOf(chunkStarts, 2 * chunkCount);
            }
            chunkStarts[chunkCount++] = first;
            chunkHashes.append(hash);
        }

        String shardHash(int shard) {
            return shardHashes.substring(shard * HASH_LENGTH, (shard + 1) * HASH_LENGTH);
        }

        String chunkHash(int chunk) {
            return chunkHashes.substring(chunk * HASH_LENGTH, (chunk + 1) * HASH_LENGTH);
        }

        /** The file of shard {@code shard}: a word shard by its first word, a Han shard by its number. */
        String shardFile(int shard) {
            return shard < wordStarts.size() ? wordShardName(wordStarts.get(shard), shardHash(shard))
                    : hanShardName(shard - wordStarts.size(), shardHash(shard));
        }

        String chunkFile(int chunk) {
            return chunkName(chunkStarts[chunk], chunkHash(chunk));
        }

        /** The chunk holding document {@code document}: the last that starts at or before it, as search.js finds it. */
        int chunkOf(int document) {
            int found = Arrays.binarySearch(chunkStarts, 0, chunkCount, document);
            return found >= 0 ? found : -found - 2;
        }

        /** The last word shard whose first word is not after {@code word}, as search.js finds it, or -1. */
        int wordShard(String word) {
            int low = 0;
            int high = wordStarts.size() - 1;
            int found = -1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                if (wordStarts.get(middle).compareTo(word) <= 0) {
                    found = middle;
                    low = middle + 1;
                } else {
                    high = middle - 1;
                }
            }
            return found;
        }

        /** {@code meta.js}. */
        String meta() {
            StringBuilder out = new StringBuilder("digestSearch.meta({\"documents\":").append(documents)
                    .append(",\"chunks\":");
            ScriptJson.appendString(out, PostingEncoding.encode(chunkStarts, chunkCount));
            out.append(",\"chunkHashes\":\"").append(chunkHashes).append('"');
            out.append(",\"shardHashes\":\"").append(shardHashes).append('"');
            out.append(",\"hanShards\":").append(hanShards).append(",\"words\":[");
            for (int i = 0; i < wordStarts.size(); i++) {
                out.append(i == 0 ? "" : ",");
                ScriptJson.appendString(out, wordStarts.get(i));
            }
            return out.append("]});\n").toString();
        }
    }

    /**
     * Indexes {@code documents}, each read once in the order given, which must be ascending by key,
     * and writes the index files into {@code sink}: the document chunks while reading, then the
     * shards, then {@code meta.js}.
     */
    static SearchIndex build(Iterable<SearchDocument> documents, FileSink sink) throws IOException {
        return build(documents, sink, stamp -> { });
    }

    /** As {@link #build(Iterable, FileSink)}, telling {@code stamps} each document's number and record hash. */
    static SearchIndex build(Iterable<SearchDocument> documents, FileSink sink, Consumer<DocumentStamp> stamps)
            throws IOException {
        SearchIndex index = new SearchIndex(sink, stamps);
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
     * A document split into its distinct terms, each with its {@link #impact} there (a byte with
     * the high bit set, as {@link Postings} keeps it), and its result record, whose one-line
     * fields are what is split, so that an index rebuilt from the records splits them alike.
     */
    record Tokens(SearchDocument document, String record, String[] words, byte[] wordImpacts,
            long[] bigrams, byte[] bigramImpacts) {

        static Tokens of(SearchDocument document) {
            SearchDocument flat = oneLine(document);
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
                    SearchTokenizer.split(flat.title(), word, bigram);
                    SearchTokenizer.split(flat.translatedTitle(), word, bigram);
                } else {
                    for (String text : flat.bodyFields()) {
                        SearchTokenizer.split(text, word, bigram);
                    }
                    SearchTokenizer.split(flat.key(), word, bigram);
                }
            }
            String[] terms = new String[words.size()];
            byte[] wordImpacts = new byte[terms.length];
            int i = 0;
            for (Map.Entry<String, int[]> entry : words.entrySet()) {
                terms[i] = entry.getKey();
                wordImpacts[i] = impactByte(entry.getValue()[0], entry.getValue()[1], length[0], length[1]);
                i++;
            }
            return new Tokens(flat, SearchIndex.record(flat), terms, wordImpacts, bigrams.codes(),
                    bigrams.impacts(length[0], length[1]));
        }
    }

    /** A document with each field made one line, as its record stores it. */
    private static SearchDocument oneLine(SearchDocument d) {
        return new SearchDocument(oneLine(d.key()), d.href(), oneLine(d.category()), oneLine(d.firstSeen()),
                oneLine(d.title()), oneLine(d.translatedTitle()), oneLine(d.summaryZh()), oneLine(d.summaryEn()),
                oneLine(d.abstractZh()), oneLine(d.abstractEn()));
    }

    /** {@link #impact} as {@link Postings} keeps it: the high bit set. */
    static byte impactByte(int inTitle, int inBody, int titleLength, int bodyLength) {
        // The counts capped, as the index always did: a term's hundredth use says little more.
        return (byte) (0x80 | impact(Math.min(3, inTitle), Math.min(31, inBody), titleLength, bodyLength));
    }

    /** The quantized tf'/(K1 + tf') of {@link #K1}'s formula: 1 to {@link #IMPACT_LEVELS}. */
    static int impact(int inTitle, int inBody, int titleLength, int bodyLength) {
        double tf = W_TITLE * inTitle / (1 - B_TITLE + B_TITLE * titleLength / REFERENCE_TITLE)
                + inBody / (1 - B_BODY + B_BODY * bodyLength / REFERENCE_BODY);
        long level = Math.round(IMPACT_LEVELS * tf / (K1 + tf));
        return (int) Math.max(1, Math.min(IMPACT_LEVELS, level));
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

        /** Each code's {@link SearchIndex#impactByte} in a document of these field lengths. */
        byte[] impacts(int titleLength, int bodyLength) {
            byte[] out = new byte[size];
            for (int i = 0; i < size; i++) {
                out[i] = impactByte(counts[0][i], counts[1][i], titleLength, bodyLength);
            }
            return out;
        }
    }

    /** The files written, by name inside {@code search/}, in writing order. */
    List<String> fileNames() {
        return fileNames;
    }

    int documentCount() {
        return layout.documents;
    }

    int chunkCount() {
        return layout.chunkCount;
    }

    /** The chunk holding document {@code document}: the last that starts at or before it, as search.js finds it. */
    int chunkOf(int document) {
        return layout.chunkOf(document);
    }

    /** The shard file that would hold {@code word}, or null when it sorts before every word. */
    String wordShardFile(String word) {
        int shard = layout.wordShard(word);
        return shard < 0 ? null : shardFile(shard);
    }

    /** The shard files holding the words that start with {@code prefix}: neighbours in sort order. */
    List<String> prefixShardFiles(String prefix) {
        List<String> out = new ArrayList<>();
        List<String> starts = layout.wordStarts;
        if (starts.isEmpty()) {
            return out;
        }
        int shard = Math.max(0, layout.wordShard(prefix));
        out.add(shardFile(shard));
        while (shard + 1 < starts.size() && starts.get(shard + 1).startsWith(prefix)) {
            out.add(shardFile(++shard));
        }
        return out;
    }

    String bigramShardFile(String bigram) {
        return shardFile(layout.wordStarts.size() + hanShard(bigram, layout.hanShards));
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
        return layout.shardFile(shard);
    }

    /** The file of chunk {@code chunk}, named by its content. */
    String chunkFile(int chunk) {
        return layout.chunkFile(chunk);
    }

    static String wordShardName(String start, String hash) {
        return "idx-" + hex(fnv(start)) + "-" + hash + ".js";
    }

    static String hanShardName(int shard, String hash) {
        return "han-" + shard + "-" + hash + ".js";
    }

    static String chunkName(int first, String hash) {
        return "docs-" + first + "-" + hash + ".js";
    }

    private static String hex(int value) {
        String hex = Integer.toHexString(value);
        return "0".repeat(8 - hex.length()) + hex;
    }

    /** FNV-1a over the UTF-16 units, as {@code search.js} computes it with {@code Math.imul}. */
    static int fnv(String text) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * 0x01000193;
        }
        return hash;
    }

    static int hanShard(String bigram, int shards) {
        return (int) (Integer.toUnsignedLong(fnv(bigram)) % shards);
    }

    /** As many Han shards, a power of two, as {@code documents} documents fill to about {@link #SHARD_TARGET} each. */
    static int hanShardsFor(int documents) {
        long chars = (long) documents * HAN_CHARS_PER_DOCUMENT;
        int shards = Integer.highestOneBit((int) Math.max(1, Math.min(1 << 20, chars / SHARD_TARGET)));
        return shards < chars / SHARD_TARGET ? shards << 1 : shards;
    }

    /**
     * Whether {@code word}, whose entry takes {@code entryLength} characters, starts a word shard of
     * its own accord: when a hash of it falls below the entry's share of {@link #SHARD_MEAN}, so
     * that cuts fall about every {@link #SHARD_MEAN} characters wherever the words stand.
     */
    static boolean startsWordShard(String word, int entryLength) {
        return Long.compareUnsigned(mix(fnv(word)), (long) entryLength * (1L << 32) / SHARD_MEAN) < 0;
    }

    /** As {@link #startsWordShard}, for a document's record in the chunks. */
    static boolean startsChunk(int document, int recordLength) {
        return Long.compareUnsigned(mix(document), (long) recordLength * (1L << 32) / CHUNK_MEAN) < 0;
    }

    /** A 32-bit value spread over 32 bits (the finalizer of MurmurHash3), unsigned. */
    private static long mix(int value) {
        int h = value;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return Integer.toUnsignedLong(h);
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
        return hex((int) (hash ^ (hash >>> 32)));
    }

    /** Whether a document's link leaves the report: a scheme or an absolute path. */
    static boolean linksOutside(SearchDocument document) {
        return SCHEME.matcher(document.href()).find() || document.href().startsWith("/");
    }

    private void add(Tokens tokens) throws IOException {
        SearchDocument document = tokens.document();
        if (linksOutside(document)) {
            throw new IllegalArgumentException("A search result must link inside the report, not to "
                    + document.href() + " (" + document.key() + ")");
        }
        if (lastKey != null && document.key().compareTo(lastKey) <= 0) {
            throw new IllegalArgumentException("Search documents must come in ascending key order, "
                    + document.key() + " came after " + lastKey);
        }
        lastKey = document.key();
        int number = DocumentNumbers.regular(document.key());
        if (number < 0) {
            others.add(tokens);
            return;
        }
        add(number, tokens);
    }

    private void add(int number, Tokens tokens) throws IOException {
        if (number <= lastNumber) {
            throw new IllegalStateException("Document numbers out of order: " + number + " after " + lastNumber);
        }
        lastNumber = number;
        layout.documents++;
        String[] terms = tokens.words();
        byte[] wordImpacts = tokens.wordImpacts();
        for (int i = 0; i < terms.length; i++) {
            words.computeIfAbsent(terms[i], t -> new Postings()).add(number, wordImpacts[i]);
        }
        long[] codes = tokens.bigrams();
        byte[] bigramImpacts = tokens.bigramImpacts();
        for (int i = 0; i < codes.length; i++) {
            bigrams.postings(codes[i]).add(number, bigramImpacts[i]);
        }
        addRecord(number, tokens.record());
        stamps.accept(new DocumentStamp(tokens.document().key(), number, recordHash(tokens.record())));
    }

    /** A record's hash, by which a later run tells whether a document changed. */
    static String recordHash(String record) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < record.length(); i++) {
            hash = (hash ^ record.charAt(i)) * 0x100000001b3L;
        }
        return Long.toHexString(hash) + "-" + record.length();
    }

    /** Adds a result record to the current chunk, first writing the chunk out where a cut falls. */
    private void addRecord(int document, String record) throws IOException {
        if (!chunkRecords.isEmpty() && cutsChunk(chunkLength, document, record)) {
            writeChunk();
        }
        if (chunkRecords.size() == chunkDocuments.length) {
            chunkDocuments = Arrays.copyOf(chunkDocuments, 2 * chunkDocuments.length);
        }
        chunkDocuments[chunkRecords.size()] = document;
        chunkLength += (chunkRecords.isEmpty() ? 0 : 1) + record.length();
        chunkRecords.add(record);
    }

    /** Whether a chunk holding {@code length} characters of records ends before {@code document}. */
    static boolean cutsChunk(int length, int document, String record) {
        return startsChunk(document, record.length()) || length + 1 + record.length() > CHUNK_TARGET;
    }

    private void writeChunk() throws IOException {
        int first = chunkDocuments[0];
        String content = chunkContent(chunkDocuments, chunkRecords);
        String hash = contentHash(content);
        layout.addChunk(first, hash);
        write(chunkName(first, hash), out -> out.append(content));
        chunkRecords.clear();
        chunkLength = 0;
    }

    /** A chunk file: its first document, the list of its documents, their records. */
    static String chunkContent(int[] documents, List<String> records) {
        int length = 64;
        for (String record : records) {
            length += record.length() + 1;
        }
        StringBuilder content = new StringBuilder(length);
        content.append("digestSearch.documents(").append(documents[0]).append(',');
        ScriptJson.appendString(content, PostingEncoding.encode(documents, records.size()));
        content.append(",[");
        for (int i = 0; i < records.size(); i++) {
            content.append(i == 0 ? "" : ",").append(records.get(i));
        }
        return content.append("]);\n").toString();
    }

    private void finish() throws IOException {
        if (!others.isEmpty()) {
            Map<String, Integer> numbers = DocumentNumbers.others(others.stream().map(t -> t.document().key()).toList());
            others.sort((a, b) -> Integer.compare(numbers.get(a.document().key()), numbers.get(b.document().key())));
            for (Tokens tokens : others) {
                add(numbers.get(tokens.document().key()), tokens);
            }
            others.clear();
        }
        if (!chunkRecords.isEmpty()) {
            writeChunk();
        }
        writeWordShards();
        writeHanShards();
        write("meta.js", writer -> writer.append(layout.meta()));
    }

    /** Whether a word shard holding {@code length} characters of entries ends before {@code word}. */
    static boolean cutsWordShard(int length, String word, int entryLength) {
        return startsWordShard(word, entryLength) || length + 1 + entryLength > SHARD_TARGET;
    }

    /** The sorted words, cut into shards where {@link #cutsWordShard} says, each written when full. */
    private void writeWordShards() throws IOException {
        String[] sorted = words.keySet().toArray(new String[0]);
        Arrays.sort(sorted);
        StringBuilder shard = new StringBuilder(2 * SHARD_TARGET);
        StringBuilder entry = new StringBuilder();
        String start = null;
        for (String word : sorted) {
            entry.setLength(0);
            appendEntry(entry, word, words.get(word));
            if (start != null && cutsWordShard(shard.length(), word, entry.length())) {
                writeShard(wordShardContent(start, shard), start, -1);
                start = null;
            }
            if (start == null) {
                start = word;
                shard.setLength(0);
            } else {
                shard.append(',');
            }
            shard.append(entry);
        }
        if (start != null) {
            writeShard(wordShardContent(start, shard), start, -1);
        }
    }

    static String wordShardContent(String start, CharSequence entries) {
        StringBuilder content = new StringBuilder(entries.length() + start.length() + 40);
        content.append("digestSearch.postings(");
        ScriptJson.appendString(content, start);
        return content.append(",{").append(entries).append("});\n").toString();
    }

    static String hanShardContent(int shard, CharSequence entries) {
        return "digestSearch.postings(" + shard + ",{" + entries + "});\n";
    }

    /** The bigrams in {@link #hanShardsFor} shards; within a shard in the order of their text. */
    private void writeHanShards() throws IOException {
        int hanShards = hanShardsFor(layout.documents);
        layout.hanShards = hanShards;
        long[] order = new long[bigrams.size];
        int count = 0;
        for (int slot = 0; slot < bigrams.codes.length; slot++) {
            long code = bigrams.codes[slot];
            if (code != 0) {
                order[count++] = ((long) hanShard(SearchTokenizer.bigramText(code), hanShards) << SHARD_SHIFT) | sortKey(code);
            }
        }
        Arrays.sort(order, 0, count);
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
            writeShard(hanShardContent(h, shard), null, h);
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

    private void writeShard(String content, String start, int hanShard) throws IOException {
        String hash = contentHash(content);
        layout.shardHashes.append(hash);
        if (start != null) {
            layout.wordStarts.add(start);
        }
        write(start != null ? wordShardName(start, hash) : hanShardName(hanShard, hash), out -> out.append(content));
    }

    private void write(String name, OutputFiles.Text content) throws IOException {
        sink.write(name, content);
        fileNames.add(name);
    }

    /** {@code "term":"documents impacts"}: the documents' list, a space, one impact digit per document. */
    private static void appendEntry(StringBuilder out, String term, Postings postings) {
        ScriptJson.appendString(out, term);
        out.append(":\"");
        PostingEncoding.append(out, postings.bytes, postings.length, postings.count, postings.last);
        out.append(' ');
        byte[] bytes = postings.bytes;
        for (int i = 0; i < postings.length; i++) {
            if (bytes[i] < 0) {
                out.append(PostingEncoding.DIGITS.charAt(bytes[i] & 0x7F));
            }
        }
        out.append('"');
    }

    /** {@link #appendEntry} for a list held as arrays, as {@link SearchIndexUpdate} holds it. */
    static void appendEntry(StringBuilder out, String term, int[] documents, byte[] impacts, int count) {
        ScriptJson.appendString(out, term);
        out.append(":\"");
        out.append(PostingEncoding.encode(documents, count));
        out.append(' ');
        for (int i = 0; i < count; i++) {
            out.append(PostingEncoding.DIGITS.charAt(impacts[i]));
        }
        out.append('"');
    }

    /**
     * One result as the page shows it: link, id, category, first-seen date, title, translated
     * title, Chinese and English summary, Chinese and English abstract, each on one line.
     */
    static String record(SearchDocument document) {
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
     * byte a digit, each followed by a byte of the term's impact there: in one array, so that
     * adding a document touches one place of memory. A digit is ASCII; an impact byte has its high
     * bit set.
     */
    private static final class Postings {
        private static final byte[] NONE = {};

        byte[] bytes = NONE;
        int length;
        int last = -1;
        int count;

        /** Adds a document, which comes after every document added before, with its {@link #impactByte}. */
        void add(int document, byte impact) {
            int gap = document - last - 1;
            int needed = length + PostingEncoding.digits(gap) + 1;
            if (needed > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(Math.max(needed, 8), length + (length >> 1)));
            }
            length = PostingEncoding.appendGap(bytes, length, gap);
            bytes[length++] = impact;
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
