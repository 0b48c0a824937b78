package io.github.digestplugin.report.search;

import io.github.digestplugin.report.render.OutputFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Brings the index of the last run up to date with the papers that changed since, rewriting only
 * the files that hold them: the chunks of their records and the shards of their old and new terms.
 * What the last run indexed is in a state file beside the report's manifest: every paper's id, the
 * stamp its content had (which changes with anything the paper is made from) and a hash of its
 * record; it names the {@code meta.js} it goes with, so that a run killed half way is noticed.
 * A paper whose stamp changed is read again and compared by its record; the old record of one
 * that changed, whose old terms say where its postings are, is read back from the old chunk.
 *
 * <p>Since {@link SearchIndex} cuts files where their content says, the files around a change
 * are cut again from the last cut before it that the change cannot move (one made by the content
 * of a file's first entry, which the change leaves alone) to the first such cut after it, and
 * come out as a build from scratch cuts them. Whenever the last run's files cannot be trusted (a
 * state that does not match, a file deleted or edited by hand) or too much changed, the caller
 * builds the index from scratch.
 */
final class SearchIndexUpdate {

    /** The state file, in the report's state folder. */
    static final String STATE = "search-documents.txt";
    private static final String HEADER = "# digest-search documents 1 ";
    /** The input key of every index file: its name holds its content's hash. */
    static final String INPUT = "search-index";

    /** What one paper contributed to the last run's index: its content's stamp and its record's hash. */
    record Indexed(String stamp, String recordHash) {}

    /** The outcome of an update: the files of the index, and how many of them this run made. */
    record Result(List<String> files, int made) {}

    private final OutputFiles output;
    private final String folder;
    private final SearchIndex.Layout old;
    private final Path stateFile;
    private final Map<Integer, Chunk> chunks = new HashMap<>();
    private final Map<Integer, Map<String, String>> shards = new HashMap<>();

    private SearchIndexUpdate(OutputFiles output, String folder, SearchIndex.Layout old, Path stateFile) {
        this.output = output;
        this.folder = folder;
        this.old = old;
        this.stateFile = stateFile;
    }

    /**
     * Updates the index of the last run in {@code folder} of the output to {@code source}, or
     * returns empty, having written nothing, when it must be built from scratch.
     */
    static Optional<Result> update(SearchIndexWriter.Source source, OutputFiles output, String folder)
            throws IOException {
        Optional<String> metaHash = output.recordedHash(folder + "/meta.js");
        if (metaHash.isEmpty()) {
            return Optional.empty();
        }
        Path stateFile = output.state().resolve(STATE);
        if (!matchesState(stateFile, metaHash.get())) {
            return Optional.empty();
        }
        SearchIndex.Layout old;
        try {
            old = parseMeta(Files.readString(output.root().resolve(folder + "/meta.js")));
        } catch (IllegalArgumentException | ClassCastException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
        if (old == null) {
            return Optional.empty();
        }
        try {
            return new SearchIndexUpdate(output, folder, old, stateFile).run(source);
        } catch (IllegalArgumentException | ClassCastException | IndexOutOfBoundsException | NoSuchFileException e) {
            // A file of the last run that does not read as this class wrote it: built afresh.
            return Optional.empty();
        }
    }

    /**
     * What changed since the last run, from the stamps and the state, both in id order, merged as
     * they stream: no map of every paper is built.
     */
    private static final class Comparison {
        final List<String> candidates = new ArrayList<>();
        /** The new stamps of the candidates. */
        final Map<String, String> stamps = new HashMap<>();
        /** The last run's entries of the candidates it had. */
        final Map<String, Indexed> before = new HashMap<>();
        final List<String> removed = new ArrayList<>();
        final List<String> newOthers = new ArrayList<>();
        final List<String> oldOthers = new ArrayList<>();
        int papers;
        int indexed;
        boolean ordered = true;
        private final BufferedReader state;
        private String[] pending;
        private String last;

        Comparison(BufferedReader state) throws IOException {
            this.state = state;
            state.readLine();
            pending = next();
        }

        private String[] next() throws IOException {
            String line = state.readLine();
            if (line == null) {
                return null;
            }
            String[] fields = line.split(" ", -1);
            if (fields.length != 3) {
                throw new IllegalArgumentException("A line of the search state that is not \"id stamp hash\"");
            }
            indexed++;
            if (DocumentNumbers.regular(fields[0]) < 0) {
                oldOthers.add(fields[0]);
            }
            return fields;
        }

        void paper(String id, String stamp) throws IOException {
            if (last != null && id.compareTo(last) <= 0) {
                ordered = false;
            }
            last = id;
            papers++;
            if (DocumentNumbers.regular(id) < 0) {
                newOthers.add(id);
            }
            while (pending != null && pending[0].compareTo(id) < 0) {
                removed.add(pending[0]);
                pending = next();
            }
            if (pending != null && pending[0].equals(id)) {
                if (!pending[1].equals(stamp)) {
                    candidates.add(id);
                    stamps.put(id, stamp);
                    before.put(id, new Indexed(pending[1], pending[2]));
                }
                pending = next();
            } else {
                candidates.add(id);
                stamps.put(id, stamp);
            }
        }

        void end() throws IOException {
            while (pending != null) {
                removed.add(pending[0]);
                pending = next();
            }
        }
    }

    private Optional<Result> run(SearchIndexWriter.Source source) throws IOException {
        Comparison comparison;
        try (BufferedReader state = Files.newBufferedReader(stateFile, StandardCharsets.UTF_8)) {
            comparison = new Comparison(state);
            IOException[] failed = new IOException[1];
            source.forEachStamp((id, stamp) -> {
                try {
                    if (failed[0] == null) {
                        comparison.paper(id, stamp);
                    }
                } catch (IOException e) {
                    failed[0] = e;
                }
            });
            if (failed[0] != null) {
                throw failed[0];
            }
            comparison.end();
        }
        List<String> candidates = comparison.candidates;
        List<String> removed = comparison.removed;
        if (!comparison.ordered || comparison.indexed != old.documents
                || candidates.size() + removed.size() > Math.max(256, comparison.papers / 16)) {
            return Optional.empty();
        }
        Map<String, Integer> newOthers = others(comparison.newOthers);
        Map<String, Integer> oldOthers = others(comparison.oldOthers);
        for (Map.Entry<String, Integer> other : newOthers.entrySet()) {
            Integer before = oldOthers.get(other.getKey());
            if (before != null && !before.equals(other.getValue())) {
                // A paper outside the regular ranges moved: every file of its terms would change.
                return Optional.empty();
            }
        }
        // The state's changes: an entry for each candidate, null for each paper gone.
        Map<String, Indexed> state = new TreeMap<>();
        TreeMap<Integer, SearchIndex.Tokens> added = new TreeMap<>();
        Set<Integer> dropped = new HashSet<>();
        for (String id : candidates) {
            Optional<SearchDocument> document = source.document(id);
            if (document.isEmpty()) {
                return Optional.empty();
            }
            SearchIndex.Tokens tokens = SearchIndex.Tokens.of(document.get());
            if (SearchIndex.linksOutside(tokens.document())) {
                return Optional.empty();
            }
            String recordHash = SearchIndex.recordHash(tokens.record());
            Indexed before = comparison.before.get(id);
            state.put(id, new Indexed(comparison.stamps.get(id), recordHash));
            if (before != null && before.recordHash().equals(recordHash)) {
                continue;
            }
            int number = number(id, newOthers);
            if (before != null) {
                dropped.add(number);
            }
            added.put(number, tokens);
        }
        for (String id : removed) {
            dropped.add(number(id, oldOthers));
            state.put(id, null);
        }
        List<String> files = oldFiles();
        // Every file of the last run as it left it, or none is kept: one deleted by hand is made again.
        for (String file : files) {
            if (output.recordedHash(folder + "/" + file).isEmpty()) {
                return Optional.empty();
            }
        }
        if (dropped.isEmpty() && added.isEmpty()) {
            for (String file : files) {
                if (!output.keep(folder + "/" + file, INPUT)) {
                    throw new IllegalStateException("A search index file changed during the run: " + file);
                }
            }
            return Optional.of(finish(old, files, Map.of(), state));
        }
        if (SearchIndex.hanShardsFor(comparison.papers) != old.hanShards || old.chunkCount == 0) {
            return Optional.empty();
        }
        SearchIndex.Layout layout = new SearchIndex.Layout();
        layout.documents = comparison.papers;
        layout.hanShards = old.hanShards;
        Map<String, String> made = new LinkedHashMap<>();
        Map<Integer, SearchDocument> oldDocuments = updateChunks(layout, dropped, added, made);
        if (oldDocuments == null) {
            return Optional.empty();
        }
        Changes changes = new Changes();
        for (Map.Entry<Integer, SearchDocument> gone : oldDocuments.entrySet()) {
            changes.change(gone.getKey(), SearchIndex.Tokens.of(gone.getValue()), added.get(gone.getKey()));
        }
        for (Map.Entry<Integer, SearchIndex.Tokens> entry : added.entrySet()) {
            if (!oldDocuments.containsKey(entry.getKey())) {
                changes.change(entry.getKey(), null, entry.getValue());
            }
        }
        if (!updateWordShards(layout, changes, made) || !updateHanShards(layout, changes, made)) {
            return Optional.empty();
        }
        List<String> newFiles = files(layout);
        for (String file : newFiles) {
            if (!made.containsKey(file) && !output.keep(folder + "/" + file, INPUT)) {
                throw new IllegalStateException("A search index file vanished during the run: " + file);
            }
        }
        return Optional.of(finish(layout, newFiles, made, state));
    }

    /** Writes the files made, {@code meta.js} and the state; the index's files, {@code meta.js} last. */
    private Result finish(SearchIndex.Layout layout, List<String> files, Map<String, String> made,
            Map<String, Indexed> state) throws IOException {
        for (Map.Entry<String, String> file : made.entrySet()) {
            output.writeText(folder + "/" + file.getKey(), out -> out.append(file.getValue()), INPUT);
        }
        String meta = layout.meta();
        output.writeText(folder + "/meta.js", out -> out.append(meta), INPUT);
        updateState(stateFile, output.writtenHash(folder + "/meta.js"), state);
        List<String> all = new ArrayList<>(files);
        all.add("meta.js");
        return new Result(all, made.size());
    }

    private static int number(String id, Map<String, Integer> others) {
        int regular = DocumentNumbers.regular(id);
        return regular >= 0 ? regular : others.get(id);
    }

    private static Map<String, Integer> others(List<String> ids) {
        return ids.isEmpty() ? Map.of() : DocumentNumbers.others(ids);
    }

    /** The files a layout names, chunks first. */
    private static List<String> files(SearchIndex.Layout layout) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < layout.chunkCount; c++) {
            out.add(layout.chunkFile(c));
        }
        for (int s = 0; s < layout.wordStarts.size() + layout.hanShards; s++) {
            out.add(layout.shardFile(s));
        }
        return out;
    }

    private List<String> oldFiles() {
        return files(old);
    }

    // The chunks.

    /** A chunk of the last run, read back: its documents and their records' fields. */
    private record Chunk(int[] documents, List<SearchDocument> records) {}

    private Chunk chunk(int c) throws IOException {
        Chunk cached = chunks.get(c);
        if (cached != null) {
            return cached;
        }
        List<Object> arguments = ScriptJson.callArguments(read(old.chunkFile(c)));
        int[] documents = PostingEncoding.decode((String) arguments.get(1));
        List<?> records = (List<?>) arguments.get(2);
        if (documents.length != records.size() || documents.length == 0 || documents[0] != old.chunkStarts[c]) {
            throw new IllegalArgumentException("chunk " + c + " does not match meta.js");
        }
        List<SearchDocument> out = new ArrayList<>();
        for (Object record : records) {
            List<?> f = (List<?>) record;
            out.add(new SearchDocument((String) f.get(1), (String) f.get(0), (String) f.get(2), (String) f.get(3),
                    (String) f.get(4), (String) f.get(5), (String) f.get(6), (String) f.get(7), (String) f.get(8),
                    (String) f.get(9)));
        }
        Chunk chunk = new Chunk(documents, out);
        chunks.put(c, chunk);
        return chunk;
    }

    private String read(String file) throws IOException {
        return Files.readString(output.root().resolve(folder + "/" + file));
    }

    /** Whether a build from scratch cuts before chunk {@code c} whatever changes after it. */
    private boolean fixedChunkStart(int c, Set<Integer> dropped) throws IOException {
        if (c == 0) {
            return true;
        }
        int first = old.chunkStarts[c];
        return !dropped.contains(first)
                && SearchIndex.startsChunk(first, SearchIndex.record(chunk(c).records().get(0)).length());
    }

    /**
     * Cuts again the chunks around the changed documents into {@code layout}, the others kept;
     * returns the old records of the documents dropped, or null when one is not where meta.js says.
     */
    private Map<Integer, SearchDocument> updateChunks(SearchIndex.Layout layout, Set<Integer> dropped,
            TreeMap<Integer, SearchIndex.Tokens> added, Map<String, String> made) throws IOException {
        TreeSet<Integer> affected = new TreeSet<>();
        for (int document : dropped) {
            affected.add(Math.max(0, old.chunkOf(document)));
        }
        for (int document : added.keySet()) {
            affected.add(Math.max(0, old.chunkOf(document)));
        }
        Map<Integer, SearchDocument> gone = new HashMap<>();
        int kept = 0;
        for (int c : affected) {
            if (c < kept) {
                continue;
            }
            int start = c;
            while (!fixedChunkStart(start, dropped)) {
                start--;
            }
            start = Math.max(start, kept);
            int end = c + 1;
            while (end < old.chunkCount && (affected.contains(end) || !fixedChunkStart(end, dropped))) {
                end++;
            }
            for (int k = kept; k < start; k++) {
                layout.addChunk(old.chunkStarts[k], old.chunkHash(k));
            }
            // The run's documents, in order: the old ones that stay and the new ones in its range.
            TreeMap<Integer, String> records = new TreeMap<>();
            for (int k = start; k < end; k++) {
                Chunk chunk = chunk(k);
                for (int i = 0; i < chunk.documents().length; i++) {
                    int document = chunk.documents()[i];
                    if (dropped.contains(document)) {
                        gone.put(document, chunk.records().get(i));
                    } else {
                        records.put(document, SearchIndex.record(chunk.records().get(i)));
                    }
                }
            }
            int low = start == 0 ? Integer.MIN_VALUE : old.chunkStarts[start];
            int high = end == old.chunkCount ? Integer.MAX_VALUE : old.chunkStarts[end];
            for (Map.Entry<Integer, SearchIndex.Tokens> entry : added.subMap(low, true, high, false).entrySet()) {
                records.put(entry.getKey(), entry.getValue().record());
            }
            cutChunks(layout, records, made);
            kept = end;
        }
        for (int k = kept; k < old.chunkCount; k++) {
            layout.addChunk(old.chunkStarts[k], old.chunkHash(k));
        }
        return gone.size() == dropped.size() ? gone : null;
    }

    private static void cutChunks(SearchIndex.Layout layout, TreeMap<Integer, String> records,
            Map<String, String> made) {
        int[] documents = new int[records.size()];
        List<String> chunk = new ArrayList<>();
        int length = 0;
        for (Map.Entry<Integer, String> entry : records.entrySet()) {
            if (!chunk.isEmpty() && SearchIndex.cutsChunk(length, entry.getKey(), entry.getValue())) {
                addChunk(layout, documents, chunk, made);
                chunk.clear();
                length = 0;
            }
            documents[chunk.size()] = entry.getKey();
            length += (chunk.isEmpty() ? 0 : 1) + entry.getValue().length();
            chunk.add(entry.getValue());
        }
        if (!chunk.isEmpty()) {
            addChunk(layout, documents, chunk, made);
        }
    }

    private static void addChunk(SearchIndex.Layout layout, int[] documents, List<String> records,
            Map<String, String> made) {
        String content = SearchIndex.chunkContent(documents, records);
        String hash = SearchIndex.contentHash(content);
        layout.addChunk(documents[0], hash);
        made.put(SearchIndex.chunkName(documents[0], hash), content);
    }

    // The shards.

    /** A term's list, as arrays: documents ascending, each with its impact (1 to 63). */
    private static final class Entry {
        int[] documents;
        byte[] impacts;
        int count;

        static Entry parse(String value) {
            int space = value.indexOf(' ');
            Entry entry = new Entry();
            entry.documents = PostingEncoding.decode(value.substring(0, space));
            entry.count = entry.documents.length;
            entry.impacts = new byte[entry.count];
            for (int i = 0; i < entry.count; i++) {
                entry.impacts[i] = (byte) PostingEncoding.digitValue((byte) value.charAt(space + 1 + i));
            }
            return entry;
        }

        /** Drops the documents of {@code remove}, which must all be here, and adds those of {@code add}. */
        void apply(Set<Integer> remove, TreeMap<Integer, Byte> add) {
            int[] documents = new int[count - remove.size() + add.size()];
            byte[] impacts = new byte[documents.length];
            int out = 0;
            int removed = 0;
            var adding = add.entrySet().iterator();
            Map.Entry<Integer, Byte> next = adding.hasNext() ? adding.next() : null;
            for (int i = 0; i < count; i++) {
                int document = this.documents[i];
                while (next != null && next.getKey() < document) {
                    documents[out] = next.getKey();
                    impacts[out++] = next.getValue();
                    next = adding.hasNext() ? adding.next() : null;
                }
                if (remove.contains(document)) {
                    removed++;
                    continue;
                }
                if (next != null && next.getKey() == document) {
                    throw new IllegalArgumentException("document " + document + " listed twice");
                }
                documents[out] = document;
                impacts[out++] = this.impacts[i];
            }
            while (next != null) {
                documents[out] = next.getKey();
                impacts[out++] = next.getValue();
                next = adding.hasNext() ? adding.next() : null;
            }
            if (removed != remove.size()) {
                throw new IllegalArgumentException("a document to remove is not listed");
            }
            this.documents = documents;
            this.impacts = impacts;
            this.count = out;
        }

        String entry(String term) {
            StringBuilder out = new StringBuilder();
            SearchIndex.appendEntry(out, term, documents, impacts, count);
            return out.toString();
        }
    }

    /** What changes for each term: the documents it leaves and those it gains, with their impacts. */
    private static final class Changes {
        final Map<String, Set<Integer>> removeWords = new HashMap<>();
        final Map<String, TreeMap<Integer, Byte>> addWords = new HashMap<>();
        final Map<String, Set<Integer>> removeBigrams = new HashMap<>();
        final Map<String, TreeMap<Integer, Byte>> addBigrams = new HashMap<>();

        /**
         * A document's terms going from {@code before} to {@code after} (either null when it has
         * none): only the terms it gains, loses or holds with another impact change.
         */
        void change(int document, SearchIndex.Tokens before, SearchIndex.Tokens after) {
            Map<String, Byte> oldWords = new HashMap<>();
            Map<Long, Byte> oldBigrams = new HashMap<>();
            if (before != null) {
                for (int i = 0; i < before.words().length; i++) {
                    oldWords.put(before.words()[i], before.wordImpacts()[i]);
                }
                for (int i = 0; i < before.bigrams().length; i++) {
                    oldBigrams.put(before.bigrams()[i], before.bigramImpacts()[i]);
                }
            }
            if (after != null) {
                for (int i = 0; i < after.words().length; i++) {
                    String word = after.words()[i];
                    Byte was = oldWords.remove(word);
                    if (was == null || was != after.wordImpacts()[i]) {
                        if (was != null) {
                            removeWords.computeIfAbsent(word, w -> new HashSet<>()).add(document);
                        }
                        addWords.computeIfAbsent(word, w -> new TreeMap<>()).put(document,
                                (byte) (after.wordImpacts()[i] & 0x7F));
                    }
                }
                for (int i = 0; i < after.bigrams().length; i++) {
                    long code = after.bigrams()[i];
                    Byte was = oldBigrams.remove(code);
                    if (was == null || was != after.bigramImpacts()[i]) {
                        String bigram = SearchTokenizer.bigramText(code);
                        if (was != null) {
                            removeBigrams.computeIfAbsent(bigram, b -> new HashSet<>()).add(document);
                        }
                        addBigrams.computeIfAbsent(bigram, b -> new TreeMap<>()).put(document,
                                (byte) (after.bigramImpacts()[i] & 0x7F));
                    }
                }
            }
            for (String word : oldWords.keySet()) {
                removeWords.computeIfAbsent(word, w -> new HashSet<>()).add(document);
            }
            for (long code : oldBigrams.keySet()) {
                removeBigrams.computeIfAbsent(SearchTokenizer.bigramText(code), b -> new HashSet<>()).add(document);
            }
        }

        Set<String> words() {
            Set<String> all = new HashSet<>(removeWords.keySet());
            all.addAll(addWords.keySet());
            return all;
        }

        Set<String> bigrams() {
            Set<String> all = new HashSet<>(removeBigrams.keySet());
            all.addAll(addBigrams.keySet());
            return all;
        }
    }

    /** The entries of shard {@code s} of the last run, by term in file order; its first argument checked. */
    @SuppressWarnings("unchecked")
    private Map<String, String> shard(int s) throws IOException {
        Map<String, String> cached = shards.get(s);
        if (cached != null) {
            return cached;
        }
        List<Object> arguments = ScriptJson.callArguments(read(old.shardFile(s)));
        Object key = arguments.get(0);
        boolean matches = s < old.wordStarts.size() ? old.wordStarts.get(s).equals(key)
                : Long.valueOf(s - old.wordStarts.size()).equals(key);
        if (!matches) {
            throw new IllegalArgumentException("shard " + s + " does not match meta.js");
        }
        Map<String, String> entries = (Map<String, String>) arguments.get(1);
        shards.put(s, entries);
        return entries;
    }

    private static int entryLength(String term, String value) {
        StringBuilder quoted = new StringBuilder();
        ScriptJson.appendString(quoted, term);
        return quoted.length() + 3 + value.length();
    }

    /** Whether a build from scratch cuts before word shard {@code s} whatever changes after it. */
    private boolean fixedShardStart(int s, Set<String> changed) throws IOException {
        if (s == 0) {
            return true;
        }
        String start = old.wordStarts.get(s);
        return !changed.contains(start) && SearchIndex.startsWordShard(start, entryLength(start, shard(s).get(start)));
    }

    private boolean updateWordShards(SearchIndex.Layout layout, Changes changes, Map<String, String> made)
            throws IOException {
        Set<String> changed = changes.words();
        TreeSet<Integer> affected = new TreeSet<>();
        for (String word : changed) {
            affected.add(Math.max(0, old.wordShard(word)));
        }
        int words = old.wordStarts.size();
        if (words == 0) {
            return false;
        }
        int kept = 0;
        for (int s : affected) {
            if (s < kept) {
                continue;
            }
            int start = s;
            while (!fixedShardStart(start, changed)) {
                start--;
            }
            start = Math.max(start, kept);
            int end = s + 1;
            while (end < words && (affected.contains(end) || !fixedShardStart(end, changed))) {
                end++;
            }
            for (int k = kept; k < start; k++) {
                layout.wordStarts.add(old.wordStarts.get(k));
                layout.shardHashes.append(old.shardHash(k));
            }
            TreeMap<String, String> entries = new TreeMap<>();
            for (int k = start; k < end; k++) {
                entries.putAll(shard(k));
            }
            String low = start == 0 ? null : old.wordStarts.get(start);
            String high = end == words ? null : old.wordStarts.get(end);
            for (String word : changed) {
                if ((low == null || word.compareTo(low) >= 0) && (high == null || word.compareTo(high) < 0)) {
                    String value = apply(entries.get(word), changes.removeWords.get(word), changes.addWords.get(word));
                    if (value == null) {
                        entries.remove(word);
                    } else {
                        entries.put(word, value);
                    }
                }
            }
            cutWordShards(layout, entries, made);
            kept = end;
        }
        for (int k = kept; k < words; k++) {
            layout.wordStarts.add(old.wordStarts.get(k));
            layout.shardHashes.append(old.shardHash(k));
        }
        return true;
    }

    /** A term's value after the change, or null when no document holds it any more. */
    private static String apply(String value, Set<Integer> remove, TreeMap<Integer, Byte> add) {
        Entry entry;
        if (value == null) {
            entry = new Entry();
            entry.documents = new int[0];
            entry.impacts = new byte[0];
        } else {
            entry = Entry.parse(value);
        }
        entry.apply(remove == null ? Set.of() : remove, add == null ? new TreeMap<>() : add);
        if (entry.count == 0) {
            return null;
        }
        String text = entry.entry("");
        // The value inside the quotes of {@code "":"value"}.
        return text.substring(4, text.length() - 1);
    }

    private static void cutWordShards(SearchIndex.Layout layout, TreeMap<String, String> entries,
            Map<String, String> made) {
        StringBuilder shard = new StringBuilder();
        StringBuilder entry = new StringBuilder();
        String start = null;
        for (Map.Entry<String, String> term : entries.entrySet()) {
            entry.setLength(0);
            ScriptJson.appendString(entry, term.getKey());
            entry.append(":\"").append(term.getValue()).append('"');
            if (start != null && SearchIndex.cutsWordShard(shard.length(), term.getKey(), entry.length())) {
                addWordShard(layout, start, shard, made);
                start = null;
            }
            if (start == null) {
                start = term.getKey();
                shard.setLength(0);
            } else {
                shard.append(',');
            }
            shard.append(entry);
        }
        if (start != null) {
            addWordShard(layout, start, shard, made);
        }
    }

    private static void addWordShard(SearchIndex.Layout layout, String start, CharSequence entries,
            Map<String, String> made) {
        String content = SearchIndex.wordShardContent(start, entries);
        String hash = SearchIndex.contentHash(content);
        layout.wordStarts.add(start);
        layout.shardHashes.append(hash);
        made.put(SearchIndex.wordShardName(start, hash), content);
    }

    private boolean updateHanShards(SearchIndex.Layout layout, Changes changes, Map<String, String> made)
            throws IOException {
        Map<Integer, List<String>> byShard = new TreeMap<>();
        for (String bigram : changes.bigrams()) {
            byShard.computeIfAbsent(SearchIndex.hanShard(bigram, old.hanShards), h -> new ArrayList<>()).add(bigram);
        }
        int words = old.wordStarts.size();
        String[] hashes = new String[old.hanShards];
        for (int h = 0; h < old.hanShards; h++) {
            hashes[h] = old.shardHash(words + h);
        }
        for (Map.Entry<Integer, List<String>> shard : byShard.entrySet()) {
            int h = shard.getKey();
            TreeMap<String, String> entries = new TreeMap<>(shard(words + h));
            for (String bigram : shard.getValue()) {
                String value = apply(entries.get(bigram), changes.removeBigrams.get(bigram),
                        changes.addBigrams.get(bigram));
                if (value == null) {
                    entries.remove(bigram);
                } else {
                    entries.put(bigram, value);
                }
            }
            StringBuilder text = new StringBuilder();
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                if (!text.isEmpty()) {
                    text.append(',');
                }
                ScriptJson.appendString(text, entry.getKey());
                text.append(":\"").append(entry.getValue()).append('"');
            }
            String content = SearchIndex.hanShardContent(h, text);
            hashes[h] = SearchIndex.contentHash(content);
            made.put(SearchIndex.hanShardName(h, hashes[h]), content);
        }
        for (String hash : hashes) {
            layout.shardHashes.append(hash);
        }
        return true;
    }

    // meta.js and the state.

    @SuppressWarnings("unchecked")
    static SearchIndex.Layout parseMeta(String text) {
        Map<String, Object> meta = (Map<String, Object>) ScriptJson.callArguments(text).get(0);
        SearchIndex.Layout layout = new SearchIndex.Layout();
        layout.documents = ((Long) meta.get("documents")).intValue();
        int[] starts = PostingEncoding.decode((String) meta.get("chunks"));
        String chunkHashes = (String) meta.get("chunkHashes");
        String shardHashes = (String) meta.get("shardHashes");
        layout.hanShards = ((Long) meta.get("hanShards")).intValue();
        for (Object word : (List<Object>) meta.get("words")) {
            layout.wordStarts.add((String) word);
        }
        if (chunkHashes.length() != starts.length * SearchIndex.HASH_LENGTH
                || shardHashes.length() != (layout.wordStarts.size() + layout.hanShards) * SearchIndex.HASH_LENGTH) {
            return null;
        }
        for (int i = 0; i < starts.length; i++) {
            layout.addChunk(starts[i], chunkHashes.substring(i * SearchIndex.HASH_LENGTH, (i + 1) * SearchIndex.HASH_LENGTH));
        }
        layout.shardHashes.append(shardHashes);
        return layout;
    }

    /** Whether the state file is that of the index whose {@code meta.js} has the content hash {@code metaHash}. */
    private static boolean matchesState(Path file, String metaHash) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return (HEADER + metaHash).equals(in.readLine());
        }
    }

    /**
     * Rewrites the state with {@code changes} (an entry for each paper whose entry changed, null
     * for each paper gone), merged into the old one as it streams, for the index whose
     * {@code meta.js} has the content hash {@code metaHash}.
     */
    private static void updateState(Path file, String metaHash, Map<String, Indexed> changes) throws IOException {
        if (changes.isEmpty() && matchesState(file, metaHash)) {
            return;
        }
        Path temporary = file.resolveSibling("." + file.getFileName() + ".partial");
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            in.readLine();
            out.write(HEADER + metaHash + "\n");
            var pending = new TreeMap<>(changes).entrySet().iterator();
            Map.Entry<String, Indexed> change = pending.hasNext() ? pending.next() : null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String id = line.substring(0, line.indexOf(' '));
                while (change != null && change.getKey().compareTo(id) < 0) {
                    writeLine(out, change.getKey(), change.getValue());
                    change = pending.hasNext() ? pending.next() : null;
                }
                if (change != null && change.getKey().equals(id)) {
                    writeLine(out, id, change.getValue());
                    change = pending.hasNext() ? pending.next() : null;
                } else {
                    out.write(line);
                    out.write('\n');
                }
            }
            while (change != null) {
                writeLine(out, change.getKey(), change.getValue());
                change = pending.hasNext() ? pending.next() : null;
            }
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void writeLine(Writer out, String id, Indexed indexed) throws IOException {
        if (indexed != null) {
            out.write(id + " " + indexed.stamp() + " " + indexed.recordHash() + "\n");
        }
    }

    /** Writes the state of the index whose {@code meta.js} has the content hash {@code metaHash}. */
    static void writeState(Path file, String metaHash, Map<String, Indexed> state) throws IOException {
        StringBuilder out = new StringBuilder(HEADER).append(metaHash).append('\n');
        for (Map.Entry<String, Indexed> entry : new TreeMap<>(state).entrySet()) {
            out.append(entry.getKey()).append(' ').append(entry.getValue().stamp()).append(' ')
                    .append(entry.getValue().recordHash()).append('\n');
        }
        Files.createDirectories(file.getParent());
        OutputFiles.writeAtomically(file, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Removes the state, so that no later run trusts it for an index written without one. */
    static void forget(Path state) throws IOException {
        Files.deleteIfExists(state.resolve(STATE));
    }
}
