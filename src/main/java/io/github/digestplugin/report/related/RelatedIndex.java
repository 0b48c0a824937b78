package io.github.digestplugin.report.related;

import io.github.digestplugin.report.search.SearchTokenizer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each paper's related papers, kept in the report's working store beside the {@code papers}
 * table they are found from (its columns {@code id}, {@code first_date}, the titles, summaries
 * and abstracts).
 *
 * <p>A paper stands for its {@value Vectors#TERMS} strongest terms ({@link TermWeights}); its
 * related papers are those whose vectors are nearest by cosine, found through an inverted index
 * over those terms. A run tokenizes only the papers whose text changed (term counts are kept by
 * text hash) and moves the document frequencies by what those added and removed. Where no
 * unchanged paper's term changed weight, only the changed papers' vectors are computed again;
 * otherwise every vector is, from the kept counts. Then only the lists that a changed vector, a
 * changed title or a deleted paper can reach are computed again: those of the papers sharing a
 * term with it. Every list is a function of the papers alone, so a run on a kept store and one on
 * an empty store give the same lists.
 */
public final class RelatedIndex {

    /** How many related papers a paper's page lists, at most. */
    public static final int LIST_SIZE = 8;

    /** The tables, created with the store's. */
    public static final List<String> TABLES = List.of(
            """
            CREATE TABLE related_state (
              key TEXT PRIMARY KEY,
              value INTEGER NOT NULL)""",
            """
            CREATE TABLE related_terms (
              tid INTEGER PRIMARY KEY,
              term TEXT NOT NULL UNIQUE,
              df INTEGER NOT NULL,
              tie INTEGER NOT NULL)""",
            """
            CREATE TABLE related_papers (
              id TEXT PRIMARY KEY,
              text_hash TEXT NOT NULL,
              display_hash INTEGER NOT NULL,
              title TEXT NOT NULL,
              translated_title TEXT NOT NULL,
              first_date TEXT NOT NULL,
              vector BLOB NOT NULL)""",
            """
            CREATE TABLE related_counts (
              id TEXT PRIMARY KEY,
              counts BLOB NOT NULL)""",
            """
            CREATE TABLE related_lists (
              id TEXT PRIMARY KEY,
              members TEXT NOT NULL,
              shown TEXT NOT NULL,
              key TEXT NOT NULL)""",
            """
            CREATE TABLE related_pending (
              id TEXT PRIMARY KEY)""");

    /** The tables' names, for dropping them. */
    public static final List<String> TABLE_NAMES = List.of("related_state", "related_terms", "related_papers",
            "related_counts", "related_lists", "related_pending");

    /** Past this many changed papers, all papers are read in one pass rather than one by one. */
    private static final int ONE_PASS = 256;
    private static final int BATCH = 500;
    private static final String TEXT_COLUMNS = "id, first_date, title, translated_title, summary_zh, summary_en,"
            + " abstract_zh, abstract_en";

    /**
     * What a run did.
     *
     * @param tokenized papers whose text was split into terms again
     * @param allVectors whether every vector was computed again (a term of an unchanged paper
     *     changed weight), rather than only the changed papers'
     * @param vectorsChanged papers whose vector changed (new papers included)
     * @param listsComputed lists computed again
     * @param listsChanged lists that came out otherwise than they were (new papers' included)
     */
    public record Update(int papers, int tokenized, boolean allVectors, int vectorsChanged, int listsComputed,
            int listsChanged) {}

    private final Connection db;

    public RelatedIndex(Connection db) {
        this.db = db;
    }

    /**
     * Brings the related lists up to date after the papers {@code touched} were aggregated again
     * (or deleted): every paper whose text, titles or first-seen date may have changed. The caller
     * commits, in the transaction that changed the papers.
     */
    public Update update(Collection<String> touched) throws SQLException {
        int paperCount = count("SELECT COUNT(*) FROM papers");
        int scale = TermWeights.scale(paperCount);
        boolean rescaled = scale != state("scale");
        Changes changes = new Changes();
        if (!touched.isEmpty()) {
            readTouched(touched, changes);
        }
        if (changes.tokenized == 0 && changes.gone.isEmpty() && changes.retitled.isEmpty() && !rescaled) {
            return new Update(paperCount, 0, false, 0, 0, 0);
        }
        boolean shifted = changes.terms.write(scale) || rescaled || changes.tooMany();
        setState("scale", scale);
        return relate(paperCount, scale, shifted, changes);
    }

    /** Records that the lists of the papers {@code touched} must be brought up to date; the caller commits. */
    public static void markPending(Connection db, Collection<String> touched) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT OR IGNORE INTO related_pending (id) VALUES (?)")) {
            int pending = 0;
            for (String id : touched) {
                insert.setString(1, id);
                insert.addBatch();
                if (++pending % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** The papers whose lists must be brought up to date: this run's, and those a killed run left. */
    public static Set<String> pending(Connection db) throws SQLException {
        Set<String> pending = new HashSet<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM related_pending")) {
            while (r.next()) {
                pending.add(r.getString(1));
            }
        }
        return pending;
    }

    /** Records that every list is up to date; the caller commits, with the lists. */
    public static void clearPending(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("DELETE FROM related_pending");
        }
    }

    /**
     * A paper as a related list shows it.
     *
     * @param firstDate the day of the first digest that listed it, empty when that digest is undated
     */
    public record Member(String id, String title, String translatedTitle, String firstDate) {}

    /** What {@code id}'s related list shows, best first; empty when it has none. */
    public static List<Member> shown(Connection db, String id) throws SQLException {
        String shown;
        try (PreparedStatement p = db.prepareStatement("SELECT shown FROM related_lists WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                shown = r.next() ? r.getString(1) : "";
            }
        }
        List<Member> members = new ArrayList<>();
        String[] fields = new String[4];
        for (int at = 0, field = 0; at < shown.length(); field = (field + 1) % 4) {
            int colon = shown.indexOf(':', at);
            int length = Integer.parseInt(shown, at, colon, 10);
            fields[field] = shown.substring(colon + 1, colon + 1 + length);
            at = colon + 1 + length;
            if (field == 3) {
                members.add(new Member(fields[0], fields[1], fields[2], fields[3]));
            }
        }
        return members;
    }

    /** The members of {@code id}'s related list, best first; empty when it has none. */
    public static List<String> members(Connection db, String id) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("SELECT members FROM related_lists WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next() || r.getString(1).isEmpty()) {
                    return List.of();
                }
                return List.of(r.getString(1).split(" "));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // The papers whose text or titles changed

    /** What the touched papers changed. */
    private final class Changes {
        final Terms terms = new Terms();
        /**
         * New term counts, by paper: of new papers and of those whose text changed; kept for
         * computing only their vectors, so not beyond {@value #ONE_PASS} papers, past which every
         * vector is computed again from the store.
         */
        final Map<String, byte[]> texts = new HashMap<>();
        int tokenized;

        void tokenized(String id, byte[] counts) {
            if (++tokenized <= ONE_PASS) {
                texts.put(id, counts);
            } else {
                texts.clear();
            }
        }

        boolean tooMany() {
            return tokenized > ONE_PASS;
        }
        final Set<String> added = new HashSet<>();
        final Set<String> retitled = new HashSet<>();
        /** The vectors of deleted papers. */
        final List<byte[]> gone = new ArrayList<>();
    }

    /** A stored paper as a touched one is compared with it. */
    private record Stored(String textHash, long displayHash) {}

    private void readTouched(Collection<String> touched, Changes changes) throws SQLException {
        boolean noneStored = count("SELECT COUNT(*) FROM related_papers") == 0;
        Set<String> seen = new HashSet<>();
        TermCounts counter = new TermCounts(changes.terms);
        int[][] counts = {new int[256], new int[256]};
        try (PreparedStatement stored = db.prepareStatement("SELECT text_hash, display_hash FROM related_papers"
                + " WHERE id = ?");
                PreparedStatement oldCounts = db.prepareStatement("SELECT counts FROM related_counts WHERE id = ?");
                PreparedStatement writePaper = db.prepareStatement("INSERT OR REPLACE INTO related_papers (id,"
                        + " text_hash, display_hash, title, translated_title, first_date, vector) VALUES (?, ?, ?, ?,"
                        + " ?, ?, COALESCE((SELECT vector FROM related_papers WHERE id = ?), ?))");
                PreparedStatement writeCounts = db.prepareStatement("INSERT OR REPLACE INTO related_counts (id, counts)"
                        + " VALUES (?, ?)")) {
            int[] pending = {0};
            TextConsumer each = paper -> {
                seen.add(paper.id());
                Stored old = noneStored ? null : stored(stored, paper.id());
                String textHash = textHash(paper);
                long display = displayHash(paper);
                if (old == null || !old.textHash().equals(textHash)) {
                    int n = counter.count(paper, counts);
                    byte[] encoded = Vectors.encodeCounts(counts[0], counts[1], n);
                    if (old != null) {
                        changes.terms.change(blob(oldCounts, paper.id()), -1);
                    }
                    changes.terms.change(encoded, 1);
                    changes.tokenized(paper.id(), encoded);
                    writeCounts.setString(1, paper.id());
                    writeCounts.setBytes(2, encoded);
                    writeCounts.addBatch();
                } else if (old.displayHash() == display) {
                    return;
                }
                if (old == null) {
                    changes.added.add(paper.id());
                } else if (old.displayHash() != display) {
                    changes.retitled.add(paper.id());
                }
                writePaper.setString(1, paper.id());
                writePaper.setString(2, textHash);
                writePaper.setLong(3, display);
                writePaper.setString(4, paper.title());
                writePaper.setString(5, paper.translatedTitle());
                writePaper.setString(6, paper.firstDate());
                writePaper.setString(7, paper.id());
                writePaper.setBytes(8, Vectors.EMPTY);
                writePaper.addBatch();
                if (++pending[0] >= BATCH) {
                    writePaper.executeBatch();
                    writeCounts.executeBatch();
                    pending[0] = 0;
                }
            };
            if (touched.size() > ONE_PASS) {
                Set<String> wanted = touched instanceof Set<String> set ? set : new HashSet<>(touched);
                try (Statement s = db.createStatement();
                        ResultSet r = s.executeQuery("SELECT " + TEXT_COLUMNS + " FROM papers")) {
                    while (r.next()) {
                        if (wanted.contains(r.getString(1))) {
                            each.accept(text(r));
                        }
                    }
                }
            } else {
                try (PreparedStatement p = db.prepareStatement("SELECT " + TEXT_COLUMNS + " FROM papers WHERE id = ?")) {
                    for (String id : touched) {
                        p.setString(1, id);
                        try (ResultSet r = p.executeQuery()) {
                            if (r.next()) {
                                each.accept(text(r));
                            }
                        }
                    }
                }
            }
            writePaper.executeBatch();
            writeCounts.executeBatch();
        }
        if (!noneStored) {
            removeDeleted(touched, seen, changes);
        }
    }

    private interface TextConsumer {
        void accept(PaperText paper) throws SQLException;
    }

    private static PaperText text(ResultSet r) throws SQLException {
        String date = r.getString(2);
        return new PaperText(r.getString(1), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                r.getString(7), r.getString(8), date == null ? "" : date);
    }

    private static Stored stored(PreparedStatement stored, String id) throws SQLException {
        stored.setString(1, id);
        try (ResultSet r = stored.executeQuery()) {
            return r.next() ? new Stored(r.getString(1), r.getLong(2)) : null;
        }
    }

    private static byte[] blob(PreparedStatement query, String id) throws SQLException {
        query.setString(1, id);
        try (ResultSet r = query.executeQuery()) {
            return r.next() ? r.getBytes(1) : Vectors.EMPTY;
        }
    }

    /** Drops the touched papers the {@code papers} table no longer holds; their vectors go to the changes. */
    private void removeDeleted(Collection<String> touched, Set<String> seen, Changes changes) throws SQLException {
        try (PreparedStatement vector = db.prepareStatement("SELECT vector FROM related_papers WHERE id = ?");
                PreparedStatement counts = db.prepareStatement("SELECT counts FROM related_counts WHERE id = ?")) {
            for (String id : touched) {
                if (seen.contains(id)) {
                    continue;
                }
                vector.setString(1, id);
                try (ResultSet r = vector.executeQuery()) {
                    if (!r.next()) {
                        continue;
                    }
                    changes.gone.add(r.getBytes(1));
                }
                changes.terms.change(blob(counts, id), -1);
                for (String table : List.of("related_papers", "related_counts", "related_lists")) {
                    try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
                        delete.setString(1, id);
                        delete.executeUpdate();
                    }
                }
            }
        }
    }

    static String textHash(PaperText paper) {
        MessageDigest sha = sha256();
        for (String text : List.of(paper.title(), paper.translatedTitle(), paper.summaryZh(), paper.summaryEn(),
                paper.abstractZh(), paper.abstractEn())) {
            update(sha, text);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** What a related list shows of a paper: its titles and first-seen date. */
    static long displayHash(PaperText paper) {
        MessageDigest sha = sha256();
        update(sha, paper.title());
        update(sha, paper.translatedTitle());
        update(sha, paper.firstDate());
        return ByteBuffer.wrap(sha.digest()).getLong();
    }

    /**
     * The vocabulary: term numbers by term, and the document frequencies the changed papers move.
     * Term numbers are given in the order terms are first met, so they differ between stores; no
     * list depends on them, only on the terms' weights and tie-breaks.
     */
    private final class Terms implements TermCounts.Numbering {
        private final Map<String, Integer> words = new HashMap<>();
        private final LongIntMap bigrams = new LongIntMap();
        private final List<String> fresh = new ArrayList<>();
        private int[] dfChanges = new int[1024];
        private int first = -1;
        private int next;
        private PreparedStatement find;
        private SQLException failure;

        @Override
        public int word(String word) {
            Integer known = words.get(word);
            if (known != null) {
                return known;
            }
            int tid = lookUp(word);
            words.put(word, tid);
            return tid;
        }

        @Override
        public int bigram(long code) {
            int known = bigrams.get(code);
            if (known != LongIntMap.MISSING) {
                return known;
            }
            int tid = lookUp(SearchTokenizer.bigramText(code));
            bigrams.put(code, tid);
            return tid;
        }

        /** The stored number of a term not met yet in this run, or a new one. */
        private int lookUp(String term) {
            try {
                if (first < 0) {
                    first = count("SELECT COALESCE(MAX(tid), -1) FROM related_terms") + 1;
                    next = first;
                    find = first == 0 ? null : db.prepareStatement("SELECT tid FROM related_terms WHERE term = ?");
                }
                if (find != null) {
                    find.setString(1, term);
                    try (ResultSet r = find.executeQuery()) {
                        if (r.next()) {
                            return r.getInt(1);
                        }
                    }
                }
            } catch (SQLException e) {
                // Numbering cannot throw: kept for write(), which every run calls next.
                if (failure == null) {
                    failure = e;
                }
            }
            fresh.add(term);
            return next++;
        }

        void change(byte[] counts, int by) {
            Vectors.forEachCount(counts, (tid, count) -> {
                if (tid >= dfChanges.length) {
                    dfChanges = Arrays.copyOf(dfChanges, Math.max(tid + 1, 2 * dfChanges.length));
                }
                dfChanges[tid] += by;
            });
        }

        /**
         * Stores the new terms and the moved document frequencies; returns whether a term already
         * stored changed weight, so that papers not touched may hold a term of another weight.
         */
        boolean write(int scale) throws SQLException {
            if (failure != null) {
                throw failure;
            }
            if (find != null) {
                find.close();
            }
            boolean shifted = false;
            try (PreparedStatement read = db.prepareStatement("SELECT df FROM related_terms WHERE tid = ?");
                    PreparedStatement update = db.prepareStatement("UPDATE related_terms SET df = ? WHERE tid = ?")) {
                int pending = 0;
                int stored = first < 0 ? dfChanges.length : Math.min(first, dfChanges.length);
                for (int tid = 0; tid < stored; tid++) {
                    if (dfChanges[tid] == 0) {
                        continue;
                    }
                    read.setInt(1, tid);
                    int df;
                    try (ResultSet r = read.executeQuery()) {
                        df = r.next() ? r.getInt(1) : 0;
                    }
                    int now = df + dfChanges[tid];
                    shifted |= TermWeights.idf(df, scale) != TermWeights.idf(now, scale);
                    update.setInt(1, now);
                    update.setInt(2, tid);
                    update.addBatch();
                    if (++pending >= BATCH) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
                update.executeBatch();
            }
            // New terms in term order, so that the term index grows at its end.
            String[] sorted = fresh.toArray(new String[0]);
            Arrays.sort(sorted);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO related_terms (tid, term, df, tie)"
                    + " VALUES (?, ?, ?, ?)")) {
                int pending = 0;
                for (String term : sorted) {
                    int tid = tidOf(term);
                    insert.setInt(1, tid);
                    insert.setString(2, term);
                    insert.setInt(3, tid < dfChanges.length ? dfChanges[tid] : 0);
                    insert.setLong(4, TermWeights.tie(term));
                    insert.addBatch();
                    if (++pending >= BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                insert.executeBatch();
            }
            return shifted;
        }

        private int tidOf(String term) {
            Integer word = words.get(term);
            if (word != null) {
                return word;
            }
            return bigrams.get(SearchTokenizer.bigramCode(term.codePointAt(0),
                    term.codePointAt(Character.charCount(term.codePointAt(0)))));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Vectors and lists

    /** The weight and tie-break of each term a vector is computed from. */
    private interface TermTable {
        int df(int tid);

        long tie(int tid);
    }

    /** Every term's document frequency and tie-break, read once. */
    private TermTable allTerms() throws SQLException {
        int termCount = count("SELECT COALESCE(MAX(tid), -1) FROM related_terms") + 1;
        int[] df = new int[termCount];
        long[] ties = new long[termCount];
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT tid, df, tie FROM related_terms")) {
            while (r.next()) {
                df[r.getInt(1)] = r.getInt(2);
                ties[r.getInt(1)] = r.getLong(3);
            }
        }
        return new TermTable() {
            @Override
            public int df(int tid) {
                return df[tid];
            }

            @Override
            public long tie(int tid) {
                return ties[tid];
            }
        };
    }

    /** The terms of {@code counts} only. */
    private TermTable someTerms(Collection<byte[]> counts) throws SQLException {
        Map<Integer, long[]> rows = new HashMap<>();
        try (PreparedStatement read = db.prepareStatement("SELECT df, tie FROM related_terms WHERE tid = ?")) {
            for (byte[] paper : counts) {
                List<Integer> tids = new ArrayList<>();
                Vectors.forEachCount(paper, (tid, count) -> tids.add(tid));
                for (int tid : tids) {
                    if (!rows.containsKey(tid)) {
                        read.setInt(1, tid);
                        try (ResultSet r = read.executeQuery()) {
                            rows.put(tid, r.next() ? new long[] {r.getInt(1), r.getLong(2)} : new long[] {0, 0});
                        }
                    }
                }
            }
        }
        return new TermTable() {
            @Override
            public int df(int tid) {
                return (int) rows.get(tid)[0];
            }

            @Override
            public long tie(int tid) {
                return rows.get(tid)[1];
            }
        };
    }

    private static byte[] vector(byte[] counts, TermTable terms, int scale, Vectors.Strongest strongest) {
        strongest.clear();
        Vectors.forEachCount(counts,
                (tid, count) -> strongest.offer(tid, TermWeights.weight(count, terms.df(tid), scale), terms.tie(tid)));
        return strongest.encode();
    }

    /**
     * Computes the vectors again (all, or the changed papers'), then the lists of the papers a
     * changed vector or title can reach.
     */
    private Update relate(int paperCount, int scale, boolean allVectors, Changes changes) throws SQLException {
        Vectors.Strongest strongest = new Vectors.Strongest();
        Map<String, byte[]> fresh = new HashMap<>();
        if (!allVectors) {
            TermTable terms = someTerms(changes.texts.values());
            boolean same = changes.gone.isEmpty() && changes.retitled.isEmpty() && changes.added.isEmpty();
            try (PreparedStatement stored = db.prepareStatement("SELECT vector FROM related_papers WHERE id = ?")) {
                for (Map.Entry<String, byte[]> text : changes.texts.entrySet()) {
                    byte[] vector = vector(text.getValue(), terms, scale, strongest);
                    fresh.put(text.getKey(), vector);
                    same &= Arrays.equals(vector, blob(stored, text.getKey()));
                }
            }
            if (same) {
                // Texts changed, but no term strong enough to stand for a paper: no list can change.
                return new Update(paperCount, changes.tokenized, false, 0, 0, 0);
            }
        }
        TermTable terms = allVectors ? allTerms() : null;
        int termCount = count("SELECT COALESCE(MAX(tid), -1) FROM related_terms") + 1;
        String[] ids = new String[paperCount];
        String[] titles = new String[paperCount];
        String[] translatedTitles = new String[paperCount];
        String[] dates = new String[paperCount];
        int[] start = new int[paperCount + 1];
        int[] tids = new int[paperCount * Vectors.TERMS];
        int[] weights = new int[paperCount * Vectors.TERMS];
        boolean[] dirty = new boolean[paperCount];
        List<byte[]> oldVectors = new ArrayList<>(changes.gone);
        List<Integer> changedVectors = new ArrayList<>();
        List<byte[]> newVectors = new ArrayList<>();
        int papers = 0;
        try (Statement s = db.createStatement(); Statement c = db.createStatement();
                ResultSet r = s.executeQuery("SELECT id, title, translated_title, first_date, vector FROM related_papers"
                        + " ORDER BY id");
                ResultSet counts = allVectors ? c.executeQuery("SELECT id, counts FROM related_counts ORDER BY id")
                        : null) {
            while (r.next() && papers < paperCount) {
                int p = papers++;
                ids[p] = r.getString(1);
                titles[p] = r.getString(2);
                translatedTitles[p] = r.getString(3);
                dates[p] = r.getString(4);
                byte[] stored = r.getBytes(5);
                byte[] vector;
                if (allVectors) {
                    counts.next();
                    vector = vector(counts.getBytes(2), terms, scale, strongest);
                } else {
                    vector = fresh.getOrDefault(ids[p], stored);
                }
                int at = start[p];
                for (int i = 0; i < Vectors.vectorSize(vector); i++) {
                    tids[at] = Vectors.vectorTid(vector, i);
                    weights[at++] = Vectors.vectorWeight(vector, i);
                }
                start[p + 1] = at;
                if (!Arrays.equals(stored, vector)) {
                    oldVectors.add(stored);
                    changedVectors.add(p);
                    newVectors.add(vector);
                    dirty[p] = true;
                }
                if (changes.added.contains(ids[p])) {
                    dirty[p] = true;
                }
            }
        }
        try (PreparedStatement update = db.prepareStatement("UPDATE related_papers SET vector = ? WHERE id = ?")) {
            for (int i = 0; i < changedVectors.size(); i++) {
                update.setBytes(1, newVectors.get(i));
                update.setString(2, ids[changedVectors.get(i)]);
                update.addBatch();
                if ((i + 1) % BATCH == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
        newVectors.clear();
        Neighbours neighbours = new Neighbours(papers, start, tids, weights, termCount);
        for (byte[] old : oldVectors) {
            neighbours.markSharing(old, dirty);
        }
        for (int p : changedVectors) {
            neighbours.markSharing(p, dirty);
        }
        if (!changes.retitled.isEmpty()) {
            for (int p = 0; p < papers; p++) {
                if (changes.retitled.contains(ids[p])) {
                    neighbours.markSharing(p, dirty);
                }
            }
        }
        int[] computed = {0};
        int changed = writeLists(neighbours, new Shown(ids, titles, translatedTitles, dates), dirty, computed);
        return new Update(paperCount, changes.tokenized, allVectors, changedVectors.size(), computed[0], changed);
    }

    /** Computes the lists of the {@code dirty} papers and stores those that changed; returns how many did. */
    /** What a list shows of each paper, in id order. */
    private record Shown(String[] ids, String[] titles, String[] translatedTitles, String[] dates) {}

    private int writeLists(Neighbours neighbours, Shown papers, boolean[] dirty, int[] computed)
            throws SQLException {
        String[] ids = papers.ids();
        boolean noneStored = count("SELECT COUNT(*) FROM related_lists") == 0;
        Neighbours.Scratch scratch = new Neighbours.Scratch(neighbours.papers(), LIST_SIZE);
        int[] members = new int[LIST_SIZE];
        int changed = 0;
        try (PreparedStatement read = db.prepareStatement("SELECT members, key FROM related_lists WHERE id = ?");
                PreparedStatement write = db.prepareStatement("INSERT OR REPLACE INTO related_lists (id, members,"
                        + " shown, key) VALUES (?, ?, ?, ?)")) {
            int pending = 0;
            for (int p = 0; p < neighbours.papers(); p++) {
                if (!dirty[p]) {
                    continue;
                }
                computed[0]++;
                int n = neighbours.related(p, LIST_SIZE, members, scratch);
                StringBuilder list = new StringBuilder();
                StringBuilder shown = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    int q = members[i];
                    list.append(i == 0 ? "" : " ").append(ids[q]);
                    for (String field : List.of(ids[q], papers.titles()[q], papers.translatedTitles()[q],
                            papers.dates()[q])) {
                        shown.append(field.length()).append(':').append(field);
                    }
                }
                String key = n == 0 ? ""
                        : HexFormat.of().formatHex(sha256().digest(shown.toString().getBytes(StandardCharsets.UTF_8)));
                String oldList = null;
                String oldKey = null;
                if (!noneStored) {
                    read.setString(1, ids[p]);
                    try (ResultSet r = read.executeQuery()) {
                        if (r.next()) {
                            oldList = r.getString(1);
                            oldKey = r.getString(2);
                        }
                    }
                }
                if (!list.toString().equals(oldList)) {
                    changed++;
                }
                if (!key.equals(oldKey)) {
                    write.setString(1, ids[p]);
                    write.setString(2, list.toString());
                    write.setString(3, shown.toString());
                    write.setString(4, key);
                    write.addBatch();
                    if (++pending >= BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            write.executeBatch();
        }
        return changed;
    }

    // ---------------------------------------------------------------------------------------------

    private int count(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private int state(String key) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("SELECT value FROM related_state WHERE key = ?")) {
            p.setString(1, key);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getInt(1) : -1;
            }
        }
    }

    private void setState(String key, int value) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT OR REPLACE INTO related_state (key, value) VALUES (?, ?)")) {
            p.setString(1, key);
            p.setInt(2, value);
            p.executeUpdate();
        }
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
