package io.github.digestplugin.report;

import io.github.digestplugin.check.DigestChecker;
import io.github.digestplugin.check.DigestShape;
import io.github.digestplugin.check.EntryTitle;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.RuleMessages;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.ArxivId;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.ReadingEntry;
import io.github.digestplugin.model.Entry;
import io.github.digestplugin.model.Layout;
import io.github.digestplugin.model.SourcePosition;
import io.github.digestplugin.model.TableRow;
import io.github.digestplugin.report.PageViews.RelatedPaper;
import io.github.digestplugin.report.related.RelatedIndex;
import io.github.digestplugin.report.render.ContentHash;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The report's working state: a SQLite database in the report's state folder, never in the
 * published output. Each digest is parsed once and kept by path and content hash, with every
 * entry's fields and its findings; papers are aggregated from their entries. A run re-reads only
 * the digests whose size or modification time changed, re-parses those whose content did, drops
 * what deleted digests held, and re-aggregates only the papers those digests touch, whose related
 * lists it then brings up to date in a transaction of its own ({@link RelatedIndex}), while other
 * connections read the papers for the search index and the exports. Pages are
 * rendered from what the store returns, so no run holds the archive in memory.
 *
 * <p>SQLite keeps the store consistent through a killed run (its journal rolls an unfinished
 * transaction back); the store is a cache of the digests, so a store that cannot be opened, or was
 * made by another version or for other settings, is deleted and built again.
 */
final class ReadingListStore implements AutoCloseable {

    /** Results of files read but not yet written to the store; bounds memory while digests are read. */
    /** The {@code readable} value of a file that holds none of a digest's structure. */
    private static final int NOT_A_DIGEST = 2;
    private static final int IN_FLIGHT = 32;
    private static final int BATCH = 500;
    /**
     * The start of the file is read through a memory map rather than a system call per page: its
     * pages are read back many times (each paper's entries for its page, its index, the exports).
     * Bounded, so that the resident size does not grow with the archive beyond it.
     */
    private static final long MMAP_SIZE = 256L << 20;

    private final Path file;
    private final Connection db;

    private ReadingListStore(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    /**
     * Opens the store at {@code file}, made for {@code configuration} (the plugin build and the
     * settings that change how digests are read and checked); one made otherwise is started afresh.
     */
    static ReadingListStore open(Path file, String configuration) throws IOException {
        Files.createDirectories(file.getParent());
        keepNativeLibraryIn(file.getParent());
        try {
            return openOrFail(file, configuration);
        } catch (SQLException e) {
            // Damaged (a disk that filled up, a file that is not a database): it is only a cache.
            deleteStore(file);
            try {
                return openOrFail(file, configuration);
            } catch (SQLException again) {
                throw new IOException("The report's working store " + file + " cannot be created: "
                        + again.getMessage(), again);
            }
        }
    }

    /**
     * The driver unpacks its native library into {@code org.sqlite.tmpdir}, by default the system's
     * temporary folder: pointed at the build directory's working folder instead (unless the user
     * set it), the goal writes nowhere but its two folders, also where the temporary folder is
     * mounted {@code noexec}. Read once, when the first connection loads the library.
     */
    private static void keepNativeLibraryIn(Path folder) {
        if (System.getProperty(NATIVE_LIBRARY_FOLDER) == null) {
            Path parent = folder.toAbsolutePath().getParent();
            System.setProperty(NATIVE_LIBRARY_FOLDER, (parent == null ? folder.toAbsolutePath() : parent).toString());
        }
    }

    private static final String NATIVE_LIBRARY_FOLDER = "org.sqlite.tmpdir";

    private static ReadingListStore openOrFail(Path file, String configuration) throws SQLException, IOException {
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
        try {
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=DELETE");
                // A killed process loses nothing SQLite has written; only a power cut could, and the
                // store is then rebuilt from the digests.
                s.execute("PRAGMA synchronous=OFF");
                s.execute("PRAGMA cache_size=-32768");
                s.execute("PRAGMA temp_store=MEMORY");
                s.execute("PRAGMA mmap_size=" + MMAP_SIZE);
            }
            String expected = StoreSchema.VERSION + " " + configuration;
            if (!expected.equals(meta(db, "configuration"))) {
                try (Statement s = db.createStatement()) {
                    for (String table : StoreSchema.TABLE_NAMES) {
                        s.execute("DROP TABLE IF EXISTS " + table);
                    }
                    // Takes effect on a new file: larger pages, fewer reads for the long texts.
                    s.execute("PRAGMA page_size=16384");
                    s.execute("VACUUM");
                    for (String sql : StoreSchema.TABLES) {
                        s.execute(sql);
                    }
                }
                try (PreparedStatement p = db.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?)")) {
                    p.setString(1, "configuration");
                    p.setString(2, expected);
                    p.executeUpdate();
                }
            }
            db.setAutoCommit(false);
            return new ReadingListStore(file, db);
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** A second connection to this store, for reading on another thread while this one is used. Close it. */
    ReadingListStore reader() throws IOException {
        try {
            org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
            config.setReadOnly(true);
            // No memory map of its own: each map of the file would count again in the resident size.
            return new ReadingListStore(file, config.createConnection("jdbc:sqlite:" + file));
        } catch (SQLException e) {
            throw failure("open for reading", e);
        }
    }

    private static String meta(Connection db, String key) {
        try (PreparedStatement p = db.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            p.setString(1, key);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            return null;
        }
    }

    private static void deleteStore(Path file) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    @Override
    public void close() throws IOException {
        try {
            db.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    private IOException failure(String what, SQLException e) {
        return new IOException("The report's working store " + file + " failed to " + what + ": " + e.getMessage(), e);
    }

    // ---------------------------------------------------------------------------------------------
    // Bringing the store up to date with the digests

    /** A stored digest: what tells whether its file changed, and the page it had. */
    private record Stored(long size, long modified, String hash, String href) {}

    /** What a reading thread hands the writing one. */
    private sealed interface Read permits Unchanged, Parsed {}

    /** Read, but the content is what the store holds: only the file's size and time are new. */
    private record Unchanged(String name, long size, long modified) implements Read {}

    /** Read and parsed (or found unreadable): replaces what the store holds of the digest. */
    private record Parsed(String name, long size, long modified, String hash, Optional<Digest> digest,
            List<Finding> findings, boolean notADigest) implements Read {}

    /** The end of the reading, or the failure that stopped a reading thread. */
    private record Done(Throwable failure) {}

    /**
     * Brings the store up to date with {@code files} (relative to {@code directory}) whose pages
     * are {@code hrefs}: new and changed digests are parsed and checked by {@code checker} on
     * {@code threads} threads, deleted ones removed, and the papers they touch aggregated again.
     */
    void sync(Path directory, List<Path> files, Map<Path, String> hrefs, DigestChecker checker,
            ReportProgress progress) throws IOException {
        try {
            Map<String, Stored> stored = storedDigests();
            Set<String> touched = new HashSet<>();
            Set<String> listed = new HashSet<>();
            List<Path> toRead = new ArrayList<>();
            List<long[]> stats = new ArrayList<>();
            try (PreparedStatement href = db.prepareStatement("UPDATE digests SET href = ? WHERE name = ?")) {
                for (Path relative : files) {
                    String name = nameOf(relative);
                    listed.add(name);
                    long[] stat = stat(directory.resolve(relative));
                    Stored old = stored.get(name);
                    String page = hrefs.get(relative);
                    if (old != null && !old.href().equals(page)) {
                        href.setString(1, page);
                        href.setString(2, name);
                        href.executeUpdate();
                        touched.addAll(paperIdsOf(name));
                    }
                    if (old == null || stat == null || old.size() != stat[0] || old.modified() != stat[1]
                            || old.hash().isEmpty()) {
                        toRead.add(relative);
                        stats.add(stat);
                    }
                }
            }
            for (String name : stored.keySet()) {
                if (!listed.contains(name)) {
                    touched.addAll(paperIdsOf(name));
                    deleteDigest(name);
                }
            }
            progress.started(ReportProgress.Phase.READ_AND_CHECK, toRead.size());
            readAll(directory, toRead, stats, stored, hrefs, checker, touched, progress);
            progress.finished(ReportProgress.Phase.READ_AND_CHECK, toRead.size());
            progress.started(ReportProgress.Phase.AGGREGATE, touched.size());
            aggregate(touched);
            // The papers whose related lists are out of date, committed with the papers: a run
            // killed before relate() committed leaves them for the next run to take up.
            RelatedIndex.markPending(db, touched);
            db.commit();
            progress.finished(ReportProgress.Phase.AGGREGATE, touched.size());
        } catch (SQLException e) {
            rollback();
            throw failure("update", e);
        }
    }

    /**
     * Lets other connections ({@link #reader()}) read the papers while this one brings the related
     * lists up to date: a write-ahead log, in which readers see the last commit and never wait on
     * the writer. Bulk writes go before it, into the rollback journal, which writes each page once.
     */
    void allowReadsWhileWriting() throws IOException {
        journalMode("WAL");
    }

    /** Writes the write-ahead log back into the store and leaves it, once no other connection is open. */
    void endReadsWhileWriting() throws IOException {
        try {
            journalMode("DELETE");
        } catch (IOException e) {
            // Another program has the store open: the log stays until the next run opens the store.
        }
    }

    private void journalMode(String mode) throws IOException {
        try {
            db.commit();
            // SQLite changes the journal mode only outside a transaction.
            db.setAutoCommit(true);
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=" + mode);
            }
            db.setAutoCommit(false);
        } catch (SQLException e) {
            throw failure("change its journal to " + mode, e);
        }
    }

    /**
     * Brings the related lists of the papers that changed (in this run's {@link #sync} or a
     * killed one's) up to date, in a transaction of its own.
     */
    void relate(ReportProgress progress) throws IOException {
        try {
            Set<String> pending = RelatedIndex.pending(db);
            progress.started(ReportProgress.Phase.RELATED, pending.size());
            RelatedIndex.Update related = new RelatedIndex(db).update(pending);
            RelatedIndex.clearPending(db);
            db.commit();
            progress.finished(ReportProgress.Phase.RELATED, related.listsComputed());
        } catch (SQLException e) {
            rollback();
            throw failure("update the related papers", e);
        }
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // The connection is closed next; SQLite rolls back what was not committed.
        }
    }

    static String nameOf(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    /** Size and modification time (nanoseconds), or null when the file cannot be looked at. */
    private static long[] stat(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new long[] {attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)};
        } catch (IOException e) {
            return null;
        }
    }

    private Map<String, Stored> storedDigests() throws SQLException {
        Map<String, Stored> stored = new HashMap<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT name, size, modified, hash, href FROM digests")) {
            while (r.next()) {
                stored.put(r.getString(1), new Stored(r.getLong(2), r.getLong(3), r.getString(4), r.getString(5)));
            }
        }
        return stored;
    }

    private List<String> paperIdsOf(String digest) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement(
                "SELECT paper_id FROM entries WHERE digest = ? AND paper_id IS NOT NULL")) {
            p.setString(1, digest);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        return ids;
    }

    private void deleteDigest(String name) throws SQLException {
        for (String sql : List.of("DELETE FROM entries WHERE digest = ?", "DELETE FROM findings WHERE digest = ?",
                "DELETE FROM digests WHERE name = ?")) {
            try (PreparedStatement p = db.prepareStatement(sql)) {
                p.setString(1, name);
                p.executeUpdate();
            }
        }
    }

    /**
     * Reads {@code files} on reading threads, hashing each and parsing those whose content is new,
     * while this thread writes each result to the store.
     */
    private void readAll(Path directory, List<Path> files, List<long[]> stats, Map<String, Stored> stored,
            Map<Path, String> hrefs, DigestChecker checker, Set<String> touched, ReportProgress progress)
            throws SQLException, IOException {
        if (files.isEmpty()) {
            return;
        }
        BlockingQueue<Object> results = new ArrayBlockingQueue<>(IN_FLIGHT);
        AtomicInteger next = new AtomicInteger();
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        AtomicInteger running = new AtomicInteger(threads);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> readers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread reader = new Thread(() -> {
                Throwable failed = null;
                try {
                    for (int i = next.getAndIncrement(); i < files.size() && failure.get() == null;
                            i = next.getAndIncrement()) {
                        Path relative = files.get(i);
                        results.put(read(directory, relative, stats.get(i), stored.get(nameOf(relative)), checker));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException | Error e) {
                    failed = e;
                    failure.compareAndSet(null, e);
                } finally {
                    if (running.decrementAndGet() == 0 || failed != null) {
                        try {
                            results.put(new Done(failed));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }
            }, "digest-reader-" + t);
            reader.setDaemon(true);
            readers.add(reader);
            reader.start();
        }
        int done = 0;
        int pending = 0;
        try (Writes writes = new Writes()) {
            while (true) {
                Object result;
                try {
                    result = results.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("Interrupted while reading the digests", e);
                }
                if (result instanceof Done end) {
                    if (end.failure() != null) {
                        rethrow(end.failure());
                    }
                    break;
                }
                if (result instanceof Unchanged same) {
                    writes.restamp(same);
                } else if (result instanceof Parsed fresh) {
                    Stored old = stored.get(fresh.name());
                    if (old != null) {
                        touched.addAll(paperIdsOf(fresh.name()));
                        writes.flush();
                        deleteDigest(fresh.name());
                    }
                    writes.insert(fresh, hrefs.get(Path.of(fresh.name())), touched);
                }
                if (++pending >= BATCH) {
                    writes.flush();
                    pending = 0;
                }
                progress.advanced(ReportProgress.Phase.READ_AND_CHECK, ++done, files.size());
            }
            writes.flush();
        } finally {
            failure.compareAndSet(null, new IllegalStateException("stopped"));
            readers.forEach(Thread::interrupt);
        }
    }

    private static void rethrow(Throwable failure) throws IOException {
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw new IOException(failure);
    }

    private static Read read(Path directory, Path relative, long[] stat, Stored old, DigestChecker checker) {
        String name = nameOf(relative);
        long size = stat == null ? -1 : stat[0];
        long modified = stat == null ? -1 : stat[1];
        Path file = directory.resolve(relative);
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Parsed(name, size, modified, "", Optional.empty(), checker.unreadable(relative, e), false);
        }
        String hash = ContentHash.of(content);
        if (old != null && old.hash().equals(hash)) {
            return new Unchanged(name, size, modified);
        }
        DigestChecker.Checked checked = checker.checkContent(content, file, relative);
        if (checked.digest().isPresent() && !DigestShape.isDigest(checked.digest().get())) {
            // As the check does: no page, no findings; the run names it in the log.
            return new Parsed(name, size, modified, hash, Optional.empty(), List.of(), true);
        }
        return new Parsed(name, size, modified, hash, checked.digest(), checked.findings(), false);
    }

    /** The prepared statements of one {@link #readAll}, batched. */
    private final class Writes implements AutoCloseable {
        private final PreparedStatement restamp;
        private final PreparedStatement digest;
        private final PreparedStatement entry;
        private final PreparedStatement finding;

        Writes() throws SQLException {
            restamp = db.prepareStatement("UPDATE digests SET size = ?, modified = ? WHERE name = ?");
            digest = db.prepareStatement("INSERT INTO digests (name, size, modified, hash, readable, href, channel,"
                    + " date, entry_count, malformed_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            entry = db.prepareStatement("INSERT INTO entries (digest, idx, number, paper_id, version, title,"
                    + " title_present, title_line, title_column, translated_title, summary_zh, summary_en, abstract_zh,"
                    + " abstract_en, category, announce_type, row_line, definition_first, definition_last, malformed)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            finding = db.prepareStatement("INSERT INTO findings (digest, seq, line, column, severity, rule,"
                    + " message_key, arguments, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        /**
         * The English abstract as the pages show it: one the digest cut short without saying so
         * gets the ellipsis digests mark a cut with, so that every reader of the store knows it.
         */
        private static String abstractEn(Entry e) {
            String text = e.abstractEnText();
            String end = text.stripTrailing();
            if (e.abstractEnCutShort() && !end.endsWith("\u2026") && !end.endsWith("...")) {
                return end + " \u2026";
            }
            return text;
        }

        void restamp(Unchanged same) throws SQLException {
            restamp.setLong(1, same.size());
            restamp.setLong(2, same.modified());
            restamp.setString(3, same.name());
            restamp.addBatch();
        }

        void insert(Parsed read, String href, Set<String> touched) throws SQLException {
            Optional<Digest> parsed = read.digest();
            int malformed = 0;
            if (parsed.isPresent()) {
                int index = 0;
                for (Entry e : parsed.get().entries()) {
                    index++;
                    boolean broken = isMalformed(e);
                    malformed += broken ? 1 : 0;
                    Optional<String> id = e.arxivId().map(ArxivId::id);
                    id.ifPresent(touched::add);
                    entry.setString(1, read.name());
                    entry.setInt(2, index);
                    entry.setInt(3, e.number());
                    entry.setString(4, id.orElse(null));
                    entry.setInt(5, e.version());
                    entry.setString(6, e.title().text());
                    entry.setInt(7, e.title().isEmpty() ? 0 : 1);
                    entry.setInt(8, e.title().position().line());
                    entry.setInt(9, e.title().position().column());
                    entry.setString(10, e.translatedTitle().text());
                    entry.setString(11, e.summaryZh().text());
                    entry.setString(12, e.summaryEn().text());
                    entry.setString(13, e.abstractZh().text());
                    entry.setString(14, abstractEn(e));
                    entry.setString(15, e.primaryCategory().orElse(""));
                    entry.setString(16, e.announceType().orElse(""));
                    entry.setInt(17, e.row().map(TableRow::line).orElse(0));
                    entry.setInt(18, e.definition().map(d -> d.position().line()).orElse(0));
                    entry.setInt(19, e.definition().map(d -> Math.max(d.position().line(), d.endLine())).orElse(0));
                    entry.setInt(20, broken ? 1 : 0);
                    entry.addBatch();
                }
            }
            int seq = 0;
            for (Finding f : read.findings()) {
                finding.setString(1, read.name());
                finding.setInt(2, seq++);
                finding.setInt(3, f.position().line());
                finding.setInt(4, f.position().column());
                finding.setString(5, f.severity().name());
                finding.setString(6, f.ruleId());
                finding.setString(7, f.messageKey());
                finding.setString(8, RuleMessages.encode(f.arguments()));
                finding.setString(9, f.message());
                finding.addBatch();
            }
            digest.setString(1, read.name());
            digest.setLong(2, read.size());
            digest.setLong(3, read.modified());
            digest.setString(4, read.hash());
            digest.setInt(5, read.notADigest() ? NOT_A_DIGEST : parsed.isPresent() ? 1 : 0);
            digest.setString(6, href);
            digest.setString(7, parsed.map(Digest::channel).orElse(""));
            digest.setString(8, parsed.flatMap(Digest::date).map(LocalDate::toString).orElse(null));
            digest.setInt(9, parsed.map(d -> d.entries().size()).orElse(0));
            digest.setInt(10, malformed);
            digest.addBatch();
        }

        void flush() throws SQLException {
            restamp.executeBatch();
            digest.executeBatch();
            entry.executeBatch();
            finding.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            restamp.close();
            digest.close();
            entry.close();
            finding.close();
        }
    }

    /** An entry that could not be read whole: no row, no definition, a broken row, an irregular definition, no id. */
    private static boolean isMalformed(Entry entry) {
        return entry.row().isEmpty() || entry.definition().isEmpty()
                || !entry.row().get().isWellFormed()
                || entry.definition().get().layout() == Layout.IRREGULAR
                || !entry.definition().get().terminated()
                || entry.arxivId().isEmpty();
    }

    // ---------------------------------------------------------------------------------------------
    // Aggregating papers

    private static final String APPEARANCE_COLUMNS = "e.paper_id, e.idx, e.number, e.version, e.title,"
            + " e.translated_title, e.summary_zh, e.summary_en, e.abstract_zh, e.abstract_en, e.category,"
            + " e.announce_type, d.name, d.href, d.channel, d.date, d.entry_count, d.malformed_count, d.hash";

    /** One entry of a paper with its digest, as read for aggregation. */
    private record Sighting(Appearance appearance, int version, String[] texts, String digestHash) {}

    /** Aggregates the {@code ids} again from their entries: a paper left without any is deleted. */
    private void aggregate(Set<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM papers WHERE id = ?");
                PreparedStatement insert = db.prepareStatement("INSERT OR REPLACE INTO papers (id, version, title,"
                        + " translated_title, summary_zh, summary_en, abstract_zh, abstract_en, category,"
                        + " announce_type, month, letter, title_key, first_date, first_digest, last_date, last_digest,"
                        + " appearance_count, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            if (ids.size() > 256) {
                // Many papers (a first run): one pass over every entry in paper order.
                Set<String> left = new HashSet<>(ids);
                try (Statement s = db.createStatement();
                        ResultSet r = s.executeQuery("SELECT " + APPEARANCE_COLUMNS
                                + " FROM entries e JOIN digests d ON d.name = e.digest"
                                + " WHERE e.paper_id IS NOT NULL ORDER BY e.paper_id")) {
                    String current = null;
                    List<Sighting> sightings = new ArrayList<>();
                    while (r.next()) {
                        String id = r.getString(1);
                        if (!id.equals(current)) {
                            if (current != null && left.remove(current)) {
                                write(insert, current, sightings);
                                pending = flushIfFull(insert, ++pending);
                            }
                            current = id;
                            sightings.clear();
                        }
                        if (ids.contains(id)) {
                            sightings.add(sighting(r));
                        }
                    }
                    if (current != null && left.remove(current)) {
                        write(insert, current, sightings);
                    }
                }
                insert.executeBatch();
                for (String gone : left) {
                    delete.setString(1, gone);
                    delete.addBatch();
                }
                delete.executeBatch();
                return;
            }
            try (PreparedStatement select = db.prepareStatement("SELECT " + APPEARANCE_COLUMNS
                    + " FROM entries e JOIN digests d ON d.name = e.digest WHERE e.paper_id = ?")) {
                for (String id : ids) {
                    select.setString(1, id);
                    List<Sighting> sightings = new ArrayList<>();
                    try (ResultSet r = select.executeQuery()) {
                        while (r.next()) {
                            sightings.add(sighting(r));
                        }
                    }
                    if (sightings.isEmpty()) {
                        delete.setString(1, id);
                        delete.executeUpdate();
                    } else {
                        write(insert, id, sightings);
                    }
                }
            }
            insert.executeBatch();
        }
    }

    private static int flushIfFull(PreparedStatement insert, int pending) throws SQLException {
        if (pending >= BATCH) {
            insert.executeBatch();
            return 0;
        }
        return pending;
    }

    private static Sighting sighting(ResultSet r) throws SQLException {
        String date = r.getString(16);
        DigestRef digest = new DigestRef(r.getString(13), r.getString(14), r.getString(15),
                date == null ? Optional.empty() : Optional.of(LocalDate.parse(date)), r.getInt(17), r.getInt(18));
        String[] texts = new String[PaperText.COUNT];
        for (int i = 0; i < PaperText.COUNT; i++) {
            texts[i] = r.getString(5 + i);
        }
        return new Sighting(new Appearance(digest, r.getInt(2), r.getInt(3)), r.getInt(4), texts, r.getString(19));
    }

    /** Sets {@code insert} to the paper aggregated from {@code sightings} and adds it to the batch. */
    private static void write(PreparedStatement insert, String id, List<Sighting> sightings) throws SQLException {
        List<Sighting> ordered = new ArrayList<>(sightings);
        ordered.sort((a, b) -> Appearance.ORDER.compare(a.appearance(), b.appearance()));
        String[] texts = new String[PaperText.COUNT];
        int version = 0;
        MessageDigest hash = sha256();
        for (Sighting s : ordered) {
            version = Math.max(version, s.version());
            for (int i = 0; i < PaperText.COUNT; i++) {
                String text = s.texts()[i].strip();
                if (!text.isEmpty()) {
                    texts[i] = text;
                }
            }
            Appearance a = s.appearance();
            update(hash, a.digest().name());
            update(hash, a.digest().href());
            update(hash, s.digestHash());
            update(hash, a.index() + " " + a.number());
        }
        for (int i = 0; i < PaperText.COUNT; i++) {
            if (texts[i] == null) {
                texts[i] = "";
            }
        }
        DigestRef first = ordered.get(0).appearance().digest();
        DigestRef last = ordered.get(ordered.size() - 1).appearance().digest();
        String category = texts[PaperText.CATEGORY].isEmpty() ? last.channel() : texts[PaperText.CATEGORY];
        String displayTitle = Paper.displayTitle(id, texts[PaperText.TITLE], texts[PaperText.TRANSLATED_TITLE]);
        insert.setString(1, id);
        insert.setInt(2, version);
        for (int i = 0; i < PaperText.CATEGORY; i++) {
            insert.setString(3 + i, texts[i]);
        }
        insert.setString(9, category);
        insert.setString(10, texts[PaperText.ANNOUNCE_TYPE]);
        insert.setString(11, ArxivId.parse(id).flatMap(ArxivId::yearMonth).orElse(null));
        insert.setString(12, letterOf(displayTitle));
        insert.setString(13, displayTitle.toLowerCase(Locale.ROOT));
        insert.setString(14, first.date().map(LocalDate::toString).orElse(null));
        insert.setString(15, first.name());
        insert.setString(16, last.date().map(LocalDate::toString).orElse(null));
        insert.setString(17, last.name());
        insert.setInt(18, ordered.size());
        insert.setString(19, HexFormat.of().formatHex(hash.digest()));
        insert.addBatch();
    }

    /** The order of a paper's texts in {@link Sighting#texts()} and the papers table. */
    private static final class PaperText {
        static final int TITLE = 0;
        static final int TRANSLATED_TITLE = 1;
        static final int CATEGORY = 6;
        static final int ANNOUNCE_TYPE = 7;
        static final int COUNT = 8;
    }

    /** Bucket of titles that start with a digit, and of titles starting with anything else. */
    static final String DIGITS = "0-9";
    static final String OTHER = "other";

    /** The A to Z bucket of a title: its first letter, {@value #DIGITS} or {@value #OTHER}. */
    static String letterOf(String title) {
        for (int i = 0; i < title.length(); i++) {
            char c = Character.toUpperCase(title.charAt(i));
            if (c >= 'A' && c <= 'Z') {
                return String.valueOf(c);
            }
            if (c >= '0' && c <= '9') {
                return DIGITS;
            }
            if (Character.isLetter(c)) {
                return OTHER;
            }
        }
        return OTHER;
    }

    private static void update(MessageDigest hash, String text) {
        hash.update(text.getBytes(StandardCharsets.UTF_8));
        hash.update((byte) 0);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Reading for the pages

    private int count(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    int entryCount() throws IOException {
        return query("count", () -> count("SELECT COUNT(*) FROM entries"));
    }

    int paperCount() throws IOException {
        return query("count", () -> count("SELECT COUNT(*) FROM papers"));
    }

    private interface Query<T> {
        T run() throws SQLException;
    }

    private <T> T query(String what, Query<T> query) throws IOException {
        try {
            return query.run();
        } catch (SQLException e) {
            throw failure("read " + what, e);
        }
    }

    /** Every readable digest, in {@link DigestRef#ORDER}. */
    List<DigestRef> digests() throws IOException {
        return query("digests", () -> {
            List<DigestRef> digests = new ArrayList<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT name, href, channel, date, entry_count, malformed_count FROM digests WHERE readable = 1")) {
                while (r.next()) {
                    String date = r.getString(4);
                    digests.add(new DigestRef(r.getString(1), r.getString(2), r.getString(3),
                            date == null ? Optional.empty() : Optional.of(LocalDate.parse(date)), r.getInt(5),
                            r.getInt(6)));
                }
            }
            digests.sort(DigestRef.ORDER);
            return digests;
        });
    }

    /** The files read that hold none of a digest's structure, in path order. */
    List<Path> notDigests() throws IOException {
        return query("digests", () -> {
            List<Path> paths = new ArrayList<>();
            try (PreparedStatement s = db.prepareStatement("SELECT name FROM digests WHERE readable = ? ORDER BY name")) {
                s.setInt(1, NOT_A_DIGEST);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        paths.add(Path.of(r.getString(1)));
                    }
                }
            }
            return paths;
        });
    }

    /** The content hash of every readable digest, by name. */
    Map<String, String> digestHashes() throws IOException {
        return query("digests", () -> {
            Map<String, String> hashes = new HashMap<>();
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery("SELECT name, hash FROM digests")) {
                while (r.next()) {
                    hashes.put(r.getString(1), r.getString(2));
                }
            }
            return hashes;
        });
    }

    /** An entry's definition lines as stored: none when its first line is 0 (or NULL). */
    private static Optional<EntrySummary.LineRange> definitionLines(int first, int last) {
        return first == 0 ? Optional.empty() : Optional.of(new EntrySummary.LineRange(first, last));
    }

    /** The table of one digest, in order. */
    List<EntrySummary> entries(String digest) throws IOException {
        return query("entries", () -> {
            List<EntrySummary> entries = new ArrayList<>();
            try (PreparedStatement p = db.prepareStatement("SELECT idx, number, paper_id, title, summary_zh, row_line,"
                    + " definition_first, definition_last, malformed FROM entries WHERE digest = ? ORDER BY idx")) {
                p.setString(1, digest);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        entries.add(new EntrySummary(r.getInt(1), r.getInt(2), Optional.ofNullable(r.getString(3)),
                                r.getString(4).strip(), r.getString(5).strip(), r.getInt(6),
                                definitionLines(r.getInt(7), r.getInt(8)), r.getInt(9) != 0));
                    }
                }
            }
            return entries;
        });
    }

    /** Where the entries of one digest are in its source, in table order: read from an index, not the entries. */
    List<EntrySummary.Span> entrySpans(String digest) throws IOException {
        return query("entries", () -> {
            List<EntrySummary.Span> spans = new ArrayList<>();
            try (PreparedStatement p = db.prepareStatement("SELECT idx, row_line, definition_first, definition_last"
                    + " FROM entries INDEXED BY entries_spans WHERE digest = ? ORDER BY idx")) {
                p.setString(1, digest);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        spans.add(new EntrySummary.Span(r.getInt(1), r.getInt(2),
                                definitionLines(r.getInt(3), r.getInt(4))));
                    }
                }
            }
            return spans;
        });
    }

    /** The stored findings of one digest, sorted. */
    List<Finding> findings(String digest) throws IOException {
        return query("findings", () -> {
            List<Finding> findings = new ArrayList<>();
            try (PreparedStatement p = db.prepareStatement("SELECT line, column, severity, rule, message, message_key,"
                    + " arguments FROM findings"
                    + " WHERE digest = ? ORDER BY seq")) {
                p.setString(1, digest);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        findings.add(new Finding(Path.of(digest), new SourcePosition(r.getInt(1), r.getInt(2)),
                                Severity.valueOf(r.getString(3)), r.getString(4), r.getString(5), r.getString(6),
                                RuleMessages.decode(r.getString(7))));
                    }
                }
            }
            return findings;
        });
    }

    /**
     * The titled entries of the papers whose titles differ as written between entries, by digest:
     * all the cross-digest rules need, since a paper titled alike everywhere gives no finding.
     */
    List<Map.Entry<Path, List<EntryTitle>>> differingTitles() throws IOException {
        return query("titles", () -> {
            Map<String, List<EntryTitle>> byDigest = new TreeMap<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT digest, paper_id, title_line,"
                    + " title_column, title FROM entries WHERE title_present = 1 AND paper_id IN (SELECT paper_id"
                    + " FROM entries WHERE title_present = 1 AND paper_id IS NOT NULL GROUP BY paper_id"
                    + " HAVING COUNT(DISTINCT title) > 1) ORDER BY digest, idx")) {
                while (r.next()) {
                    byDigest.computeIfAbsent(r.getString(1), d -> new ArrayList<>()).add(new EntryTitle(
                            r.getString(2), new SourcePosition(r.getInt(3), r.getInt(4)), r.getString(5)));
                }
            }
            List<Map.Entry<Path, List<EntryTitle>>> digests = new ArrayList<>();
            byDigest.forEach((name, titles) -> digests.add(new AbstractMap.SimpleImmutableEntry<>(Path.of(name), titles)));
            return digests;
        });
    }

    private static final String STAMP_COLUMNS = "id, title, translated_title, category, month, content_hash";

    private static PaperStamp stamp(ResultSet r) throws SQLException {
        return new PaperStamp(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                Optional.ofNullable(r.getString(5)), r.getString(6));
    }

    /** Every paper's stamp with the key of its related list (empty when it has none), in id order. */
    void forEachStampWithRelated(BiConsumer<PaperStamp, String> consumer) throws IOException {
        query("papers", () -> {
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT " + STAMP_COLUMNS
                    + ", (SELECT key FROM related_lists l WHERE l.id = papers.id) FROM papers ORDER BY id")) {
                while (r.next()) {
                    String related = r.getString(7);
                    consumer.accept(stamp(r), related == null ? "" : related);
                }
            }
            return null;
        });
    }

    /** Every paper's id and content hash, in id order: the stamps without their texts. */
    void forEachContentHash(BiConsumer<String, String> consumer) throws IOException {
        query("papers", () -> {
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery("SELECT id, content_hash FROM papers ORDER BY id")) {
                while (r.next()) {
                    consumer.accept(r.getString(1), r.getString(2));
                }
            }
            return null;
        });
    }

    /** The related papers of the paper {@code id}, best first, as its page lists them. */
    List<RelatedPaper> related(String id) throws IOException {
        return query("related papers", () -> RelatedIndex.shown(db, id).stream()
                .map(m -> new RelatedPaper(m.id(), Paper.hrefOf(m.id()), m.title(), m.translatedTitle(), m.firstDate()))
                .toList());
    }

    /** The groups of an index and how many papers each holds, by key in order. */
    Map<String, Integer> groupCounts(PaperIndex index) throws IOException {
        return query("papers", () -> {
            Map<String, Integer> counts = new TreeMap<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT " + index.column
                    + ", COUNT(*) FROM papers WHERE " + index.column + " IS NOT NULL GROUP BY " + index.column)) {
                while (r.next()) {
                    counts.put(r.getString(1), r.getInt(2));
                }
            }
            return counts;
        });
    }

    /** The indexes of papers: by category, by arXiv month, by a title's first letter. */
    enum PaperIndex {
        CATEGORY("category", NEWEST_FIRST),
        MONTH("month", NEWEST_FIRST),
        LETTER("letter", "title_key, id");

        final String column;
        final String order;

        PaperIndex(String column, String order) {
            this.column = column;
            this.order = order;
        }
    }

    /** Newest first: by the digest a paper first appeared in (undated ones first), then by id, highest first. */
    private static final String NEWEST_FIRST = "first_date IS NULL DESC, first_date DESC, first_digest DESC, id DESC";

    /**
     * A list of papers that the report shows in pages: the condition that picks its papers, with
     * one parameter (the group), and their order.
     */
    record PaperList(String where, String order) {
        static PaperList of(PaperIndex index) {
            return new PaperList(index.column + " = ?", index.order);
        }
    }

    /** The papers that digests of a month ({@code 2025-03}) list, newest first. */
    static final PaperList LISTED_IN_MONTH = new PaperList("id IN (SELECT e.paper_id FROM entries e JOIN digests d"
            + " ON d.name = e.digest WHERE d.readable = 1 AND substr(d.date, 1, 7) = ?)", NEWEST_FIRST);

    /**
     * What a list's row shows of a paper (id, titles, category, month), each field preceded by its
     * length so that no two rows read alike.
     */
    private static final String ROW_TEXT = "length(id) || ':' || id || length(title) || ':' || title"
            + " || length(translated_title) || ':' || translated_title || length(category) || ':' || category"
            + " || length(coalesce(month, '')) || ':' || coalesce(month, '')";

    /**
     * One page of a list: the UTF-8 text of its rows ({@link #ROW_TEXT}, in order) and its papers' ids.
     * Made inside SQLite, a page's rows in one value: a key read column by column cost most of a
     * run in which few papers changed.
     */
    record ListSlice(byte[] rows, List<String> ids) {}

    /** The pages of {@code size} papers of one group of {@code list}, in order. */
    void forEachSlice(PaperList list, String key, int size, Consumer<ListSlice> consumer) throws IOException {
        query("papers", () -> {
            try (PreparedStatement p = db.prepareStatement("SELECT group_concat(row, '' ORDER BY n),"
                    + " group_concat(id, ' ' ORDER BY n) FROM (SELECT row_number() OVER (ORDER BY " + list.order()
                    + ") - 1 AS n, " + ROW_TEXT + " AS row, id FROM papers WHERE " + list.where()
                    + ") GROUP BY n / ? ORDER BY n / ?")) {
                p.setString(1, key);
                p.setInt(2, size);
                p.setInt(3, size);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        consumer.accept(new ListSlice(r.getBytes(1), List.of(r.getString(2).split(" "))));
                    }
                }
            }
            return null;
        });
    }

    /** The stamps of {@code count} papers of one group of {@code list}, from the {@code from}th on, in order. */
    List<PaperStamp> stamps(PaperList list, String key, int from, int count) throws IOException {
        return query("papers", () -> {
            List<PaperStamp> stamps = new ArrayList<>(count);
            try (PreparedStatement p = db.prepareStatement("SELECT " + STAMP_COLUMNS + " FROM papers WHERE "
                    + list.where() + " ORDER BY " + list.order() + " LIMIT ? OFFSET ?")) {
                p.setString(1, key);
                p.setInt(2, count);
                p.setInt(3, from);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        stamps.add(stamp(r));
                    }
                }
            }
            return stamps;
        });
    }

    /** How many distinct papers and how many entries the digests of one month list. */
    record ListedMonth(int papers, int entries) {}

    /** The months of the dated digests ({@code 2025-03}), each with what its digests list, in order. */
    Map<String, ListedMonth> listedMonths() throws IOException {
        return query("digests", () -> {
            Map<String, ListedMonth> months = new TreeMap<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT substr(d.date, 1, 7),"
                    + " COUNT(DISTINCT e.paper_id), COUNT(*) FROM entries e JOIN digests d ON d.name = e.digest"
                    + " WHERE d.readable = 1 AND d.date IS NOT NULL GROUP BY substr(d.date, 1, 7)")) {
                while (r.next()) {
                    months.put(r.getString(1), new ListedMonth(r.getInt(2), r.getInt(3)));
                }
            }
            return months;
        });
    }

    /** The ids of the {@code limit} newest papers, newest first. */
    List<String> newestIds(int limit) throws IOException {
        return query("papers", () -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement p = db.prepareStatement("SELECT id FROM papers ORDER BY " + NEWEST_FIRST
                    + " LIMIT ?")) {
                p.setInt(1, limit);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getString(1));
                    }
                }
            }
            return ids;
        });
    }

    /**
     * The newest papers of one digest channel: by the first date a digest of the channel listed
     * each (undated digests last), then by id, newest first.
     */
    List<String> newestIdsInChannel(String channel, int limit) throws IOException {
        return query("entries", () -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement p = db.prepareStatement("SELECT e.paper_id, MIN(d.date) AS first FROM digests d"
                    + " JOIN entries e ON e.digest = d.name WHERE d.channel = ? AND d.readable = 1"
                    + " AND e.paper_id IS NOT NULL GROUP BY e.paper_id"
                    + " ORDER BY first IS NULL, first DESC, e.paper_id DESC LIMIT ?")) {
                p.setString(1, channel);
                p.setInt(2, limit);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getString(1));
                    }
                }
            }
            return ids;
        });
    }

    private static final String PAPER_COLUMNS = "id, version, title, translated_title, summary_zh, summary_en,"
            + " abstract_zh, abstract_en, category, announce_type, month";
    /** The same columns with the abstracts left empty: for the exports that leave them out, which then never read them. */
    private static final String PAPER_COLUMNS_WITHOUT_ABSTRACTS = "id, version, title, translated_title, summary_zh,"
            + " summary_en, '', '', category, announce_type, month";
    private static final String APPEARANCE_OF_PAPER = "SELECT e.paper_id, e.idx, e.number, d.name, d.href,"
            + " d.channel, d.date, d.entry_count, d.malformed_count FROM entries e JOIN digests d ON d.name = e.digest";

    /** The paper with {@code id}, whole. */
    Optional<Paper> paper(String id) throws IOException {
        return query("papers", () -> {
            List<Appearance> appearances = new ArrayList<>();
            try (PreparedStatement p = db.prepareStatement(APPEARANCE_OF_PAPER + " WHERE e.paper_id = ?")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        appearances.add(appearance(r));
                    }
                }
            }
            try (PreparedStatement p = db.prepareStatement("SELECT " + PAPER_COLUMNS + " FROM papers WHERE id = ?")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(paper(r, appearances)) : Optional.<Paper>empty();
                }
            }
        });
    }

    /** Every paper, whole, in id order, one at a time: see {@link PaperCursor}. */
    void forEachPaper(Consumer<Paper> consumer) throws IOException {
        try (PaperCursor papers = papers()) {
            while (papers.hasNext()) {
                consumer.accept(papers.next());
            }
        }
    }

    /** A cursor over every paper, whole, in id order. Close it. */
    PaperCursor papers() throws IOException {
        return query("papers", () -> new PaperCursor(db, PAPER_COLUMNS));
    }

    /**
     * A cursor over every paper in id order, each with empty abstracts: for {@code reading-list.json},
     * which leaves the abstracts out, so that the store's longest texts are not read for it. Close it.
     */
    PaperCursor papersWithoutAbstracts() throws IOException {
        return query("papers", () -> new PaperCursor(db, PAPER_COLUMNS_WITHOUT_ABSTRACTS));
    }

    /**
     * Every paper, whole, in id order: the papers and their appearances read side by side in one
     * pass, so that only one paper is in memory at a time. Used on one thread; a failure to read
     * the store surfaces as an {@link java.io.UncheckedIOException}.
     */
    static final class PaperCursor implements Iterator<Paper>, AutoCloseable {
        private final Statement paperStatement;
        private final Statement entryStatement;
        private final ResultSet papers;
        private final ResultSet entries;
        private boolean moreEntries;
        private Paper next;

        private PaperCursor(Connection db, String columns) throws SQLException {
            paperStatement = db.createStatement();
            entryStatement = db.createStatement();
            papers = paperStatement.executeQuery("SELECT " + columns + " FROM papers ORDER BY id");
            entries = entryStatement.executeQuery(APPEARANCE_OF_PAPER
                    + " WHERE e.paper_id IS NOT NULL ORDER BY e.paper_id");
            moreEntries = entries.next();
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                try {
                    next = read();
                } catch (SQLException e) {
                    throw new java.io.UncheckedIOException(new IOException(
                            "The report's working store failed to read papers: " + e.getMessage(), e));
                }
            }
            return next != null;
        }

        @Override
        public Paper next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Paper paper = next;
            next = null;
            return paper;
        }

        private Paper read() throws SQLException {
            if (!papers.next()) {
                return null;
            }
            String id = papers.getString(1);
            List<Appearance> appearances = new ArrayList<>(2);
            while (moreEntries && entries.getString(1).compareTo(id) < 0) {
                moreEntries = entries.next();
            }
            while (moreEntries && entries.getString(1).equals(id)) {
                appearances.add(appearance(entries));
                moreEntries = entries.next();
            }
            return paper(papers, appearances);
        }

        @Override
        public void close() throws IOException {
            try {
                papers.close();
                entries.close();
                paperStatement.close();
                entryStatement.close();
            } catch (SQLException e) {
                throw new IOException("The report's working store failed to close a cursor: " + e.getMessage(), e);
            }
        }
    }

    private static Appearance appearance(ResultSet r) throws SQLException {
        String date = r.getString(7);
        return new Appearance(new DigestRef(r.getString(4), r.getString(5), r.getString(6),
                date == null ? Optional.empty() : Optional.of(LocalDate.parse(date)), r.getInt(8), r.getInt(9)),
                r.getInt(2), r.getInt(3));
    }

    private static Paper paper(ResultSet r, List<Appearance> appearances) throws SQLException {
        List<Appearance> ordered = new ArrayList<>(appearances);
        ordered.sort(Appearance.ORDER);
        return new Paper(r.getString(1), r.getInt(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                r.getString(7), r.getString(8), r.getString(9), r.getString(10), Optional.ofNullable(r.getString(11)),
                ordered);
    }

    /** How many stored findings there are of each severity. */
    Map<Severity, Long> severityCounts() throws IOException {
        return query("findings", () -> {
            Map<Severity, Long> counts = new TreeMap<>();
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery("SELECT severity, COUNT(*) FROM findings GROUP BY severity")) {
                while (r.next()) {
                    counts.put(Severity.valueOf(r.getString(1)), r.getLong(2));
                }
            }
            return counts;
        });
    }

    /** A key of every digest as the SQLite export shows it: its name, content, page and what was read of it. */
    String digestsKey() throws IOException {
        return query("digests", () -> {
            MessageDigest sha = sha256();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT name, hash, readable, href,"
                    + " channel, coalesce(date, ''), entry_count, malformed_count FROM digests ORDER BY name")) {
                while (r.next()) {
                    for (int column = 1; column <= 8; column++) {
                        update(sha, r.getString(column));
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        });
    }

    /** How many findings of each rule at each severity every digest holds: digest, then rule, then severity. */
    Map<String, Map<String, Map<Severity, Long>>> findingCounts() throws IOException {
        return query("findings", () -> {
            Map<String, Map<String, Map<Severity, Long>>> counts = new HashMap<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT digest, rule, severity, COUNT(*) FROM findings GROUP BY digest, rule, severity")) {
                while (r.next()) {
                    counts.computeIfAbsent(r.getString(1), d -> new HashMap<>())
                            .computeIfAbsent(r.getString(2), rule -> new EnumMap<>(Severity.class))
                            .put(Severity.valueOf(r.getString(3)), r.getLong(4));
                }
            }
            return counts;
        });
    }

    /** The stored findings above {@code INFO}, by digest, each digest's sorted: a few beside the infos. */
    Map<String, List<Finding>> findingsAboveInfo() throws IOException {
        return query("findings", () -> {
            Map<String, List<Finding>> findings = new HashMap<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT digest, line, column,"
                    + " severity, rule, message, message_key, arguments FROM findings WHERE severity <> 'INFO'"
                    + " ORDER BY digest, seq")) {
                while (r.next()) {
                    String digest = r.getString(1);
                    findings.computeIfAbsent(digest, d -> new ArrayList<>()).add(new Finding(Path.of(digest),
                            new SourcePosition(r.getInt(2), r.getInt(3)), Severity.valueOf(r.getString(4)),
                            r.getString(5), r.getString(6), r.getString(7), RuleMessages.decode(r.getString(8))));
                }
            }
            return findings;
        });
    }

    /** The digests with any stored finding. */
    List<String> filesWithFindings() throws IOException {
        return query("findings", () -> {
            List<String> names = new ArrayList<>();
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery("SELECT DISTINCT digest FROM findings")) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            return names;
        });
    }

    /** Digests per channel, by channel. */
    Map<String, Integer> channelCounts() throws IOException {
        return query("digests", () -> {
            Map<String, Integer> counts = new TreeMap<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT channel, COUNT(*) FROM digests WHERE readable = 1 GROUP BY channel")) {
                while (r.next()) {
                    counts.put(r.getString(1), r.getInt(2));
                }
            }
            return counts;
        });
    }

    // ---------------------------------------------------------------------------------------------
    // The reading file

    /** Replaces the stored reading entries with {@code entries}: the file's, or none. */
    void syncReading(List<ReadingEntry> entries) throws IOException {
        try {
            try (Statement s = db.createStatement()) {
                s.executeUpdate("DELETE FROM reading");
            }
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO reading (id, status, rating, tags, notes) VALUES (?, ?, ?, ?, ?)")) {
                for (ReadingEntry entry : entries) {
                    insert.setString(1, entry.id());
                    insert.setString(2, entry.statusLabel());
                    if (entry.rating().isPresent()) {
                        insert.setInt(3, entry.rating().getAsInt());
                    } else {
                        insert.setNull(3, java.sql.Types.INTEGER);
                    }
                    insert.setString(4, String.join("\n", entry.tags()));
                    insert.setString(5, entry.notes());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            db.commit();
        } catch (SQLException e) {
            rollback();
            throw failure("store the reading file", e);
        }
    }

    /** The papers of the reading file that no digest lists. */
    Set<String> readingIdsWithoutPaper() throws IOException {
        return query("reading", () -> {
            Set<String> ids = new HashSet<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT r.id FROM reading r LEFT JOIN papers p ON p.id = r.id WHERE p.id IS NULL")) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
            return ids;
        });
    }

    /** How many papers a group holds and how many of them are read. */
    record ReadCount(int papers, int read) {}

    /** Papers and papers read by the month of the digest each first appeared in ({@code 2025-03}), in order. */
    Map<String, ReadCount> readByMonth() throws IOException {
        return readCounts("SELECT substr(p.first_date, 1, 7), COUNT(*), COUNT(r.id) FROM papers p"
                + " LEFT JOIN reading r ON r.id = p.id AND r.status = 'read' WHERE p.first_date IS NOT NULL"
                + " GROUP BY substr(p.first_date, 1, 7)");
    }

    /** Papers and papers read by the channel of the digest each first appeared in, in order. */
    Map<String, ReadCount> readByChannel() throws IOException {
        return readCounts("SELECT d.channel, COUNT(*), COUNT(r.id) FROM papers p JOIN digests d ON d.name = p.first_digest"
                + " LEFT JOIN reading r ON r.id = p.id AND r.status = 'read' GROUP BY d.channel");
    }

    private Map<String, ReadCount> readCounts(String sql) throws IOException {
        return query("reading", () -> {
            Map<String, ReadCount> counts = new TreeMap<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
                while (r.next()) {
                    counts.put(r.getString(1), new ReadCount(r.getInt(2), r.getInt(3)));
                }
            }
            return counts;
        });
    }

    /**
     * For each digest listing a paper of the reading file, a key of those papers' statuses in
     * the digest's order: what its page's badges show.
     */
    Map<String, String> readingKeysByDigest() throws IOException {
        return query("reading", () -> {
            Map<String, MessageDigest> hashes = new HashMap<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT e.digest, e.paper_id,"
                    + " r.status FROM entries e JOIN reading r ON r.id = e.paper_id ORDER BY e.digest, e.idx")) {
                while (r.next()) {
                    MessageDigest hash = hashes.computeIfAbsent(r.getString(1), d -> sha256());
                    update(hash, r.getString(2));
                    update(hash, r.getString(3));
                }
            }
            Map<String, String> keys = new HashMap<>();
            hashes.forEach((digest, hash) -> keys.put(digest, HexFormat.of().formatHex(hash.digest())));
            return keys;
        });
    }

}
