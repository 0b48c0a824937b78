package io.github.digestplugin.report.related;

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Each paper's related papers, kept in the report's working store beside the {@code papers}
 * table they are found from (its columns {@code id}, {@code content_hash}, {@code first_date},
 * the titles, summaries and abstracts).
 *
 * <p>A paper stands for its {@value Vectors#TERMS} strongest terms ({@link TermWeights}); its
 * related papers are those whose vectors are nearest by cosine, found through an inverted index
 * over those terms. A run tokenizes only the papers whose text changed (their term counts are
 * kept by text hash), updates the document frequencies by what those papers added and removed,
 * recomputes every vector from the kept counts, and recomputes only the lists that a changed
 * vector, a changed title or a deleted paper can reach: those of the papers sharing a term with
 * it. Everything is a function of the papers alone, so a run on a kept store and one on an empty
 * store give the same lists.
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
              content_hash TEXT NOT NULL,
              text_hash TEXT NOT NULL,
              display_hash INTEGER NOT NULL,
              vector BLOB NOT NULL,
              counts BLOB NOT NULL)""",
            """
            CREATE TABLE related_lists (
              id TEXT PRIMARY KEY,
              members TEXT NOT NULL,
              key TEXT NOT NULL)""");

    /** The tables' names, for dropping them. */
    public static final List<String> TABLE_NAMES = List.of("related_state", "related_terms", "related_papers",
            "related_lists");

    /** Past this many changed papers, all papers are read in one pass rather than one by one. */
    private static final int ONE_PASS = 256;
    private static final int BATCH = 500;
    private static final String TEXT_COLUMNS = "p.id, p.content_hash, p.first_date, p.title, p.translated_title,"
            + " p.summary_zh, p.summary_en, p.abstract_zh, p.abstract_en";

    /**
     * What a run did.
     *
     * @param tokenized papers whose text was split into terms again
     * @param vectorsChanged papers whose vector changed (new papers included)
     * @param listsComputed lists computed again
     * @param listsChanged lists that came out otherwise than they were (new papers' included)
     */
    public record Update(int papers, int tokenized, int vectorsChanged, int listsComputed, int listsChanged) {}

    private final Connection db;

    public RelatedIndex(Connection db) {
        this.db = db;
    }

    /** Brings every paper's related list up to date with the {@code papers} table. The caller commits. */
    public Update update() throws SQLException {
        int paperCount = count("SELECT COUNT(*) FROM papers");
        int scale = TermWeights.scale(paperCount);
        boolean rescaled = scale != state("scale");
        Terms terms = new Terms();
        Set<String> added = new HashSet<>();
        Set<String> retitled = new HashSet<>();
        List<byte[]> goneVectors = new ArrayList<>();
        long t0 = System.nanoTime();
        int tokenized = readChanged(terms, added, retitled);
        long t1 = System.nanoTime();
        removeDeleted(terms, goneVectors);
        boolean textsChanged = tokenized > 0 || !goneVectors.isEmpty();
        if (!textsChanged && retitled.isEmpty() && !rescaled) {
            return new Update(paperCount, 0, 0, 0, 0);
        }
        terms.write();
        long t2 = System.nanoTime();
        setState("scale", scale);
        Update u = relate(paperCount, scale, tokenized, added, retitled, goneVectors);
        System.err.printf("TIMING read %.2f write %.2f relate %.2f%n", (t1-t0)/1e9, (t2-t1)/1e9, (System.nanoTime()-t2)/1e9);
        return u;
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
    // Term counts of the papers whose text changed

    /** A stored paper as a changed one is compared with it. */
    private record Stored(String textHash, long displayHash, byte[] vector, byte[] counts) {}

    /**
     * Stores the term counts of every paper whose content hash differs from the stored one:
     * counted again where its text changed (the document frequencies moved by the difference),
     * kept where only its appearances did. Returns how many were counted.
     */
    private int readChanged(Terms terms, Set<String> added, Set<String> retitled) throws SQLException {
        Set<String> changed = new HashSet<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT p.id FROM papers p LEFT JOIN"
                + " related_papers t ON t.id = p.id WHERE t.id IS NULL OR t.content_hash <> p.content_hash")) {
            while (r.next()) {
                changed.add(r.getString(1));
            }
        }
        if (changed.isEmpty()) {
            return 0;
        }
        boolean noneStored = count("SELECT COUNT(*) FROM related_papers") == 0;
        int[] tokenized = {0};
        try (PreparedStatement stored = db.prepareStatement("SELECT text_hash, display_hash, vector, counts FROM"
                + " related_papers WHERE id = ?");
                PreparedStatement write = db.prepareStatement("INSERT OR REPLACE INTO related_papers (id,"
                        + " content_hash, text_hash, display_hash, vector, counts) VALUES (?, ?, ?, ?, ?, ?)")) {
            int[] pending = {0};
            TextConsumer each = (contentHash, paper) -> {
                Stored old = noneStored ? null : stored(stored, paper.id());
                String textHash = textHash(paper);
                long display = displayHash(paper);
                byte[] counts;
                if (old != null && old.textHash().equals(textHash)) {
                    counts = old.counts();
                } else {
                    counts = terms.countsOf(paper);
                    tokenized[0]++;
                    if (old != null) {
                        terms.change(old.counts(), -1);
                    }
                    terms.change(counts, 1);
                }
                if (old == null) {
                    added.add(paper.id());
                } else if (old.displayHash() != display) {
                    retitled.add(paper.id());
                }
                write.setString(1, paper.id());
                write.setString(2, contentHash);
                write.setString(3, textHash);
                write.setLong(4, display);
                write.setBytes(5, old == null ? Vectors.EMPTY : old.vector());
                write.setBytes(6, counts);
                write.addBatch();
                if (++pending[0] >= BATCH) {
                    write.executeBatch();
                    pending[0] = 0;
                }
            };
            if (changed.size() > ONE_PASS) {
                try (Statement s = db.createStatement();
                        ResultSet r = s.executeQuery("SELECT " + TEXT_COLUMNS + " FROM papers p")) {
                    while (r.next()) {
                        if (changed.contains(r.getString(1))) {
                            each.accept(r.getString(2), text(r));
                        }
                    }
                }
            } else {
                try (PreparedStatement p = db.prepareStatement("SELECT " + TEXT_COLUMNS + " FROM papers p WHERE p.id = ?")) {
                    for (String id : changed) {
                        p.setString(1, id);
                        try (ResultSet r = p.executeQuery()) {
                            if (r.next()) {
                                each.accept(r.getString(2), text(r));
                            }
                        }
                    }
                }
            }
            write.executeBatch();
        }
        return tokenized[0];
    }

    private interface TextConsumer {
        void accept(String contentHash, PaperText paper) throws SQLException;
    }

    private static PaperText text(ResultSet r) throws SQLException {
        String date = r.getString(3);
        return new PaperText(r.getString(1), r.getString(4), r.getString(5), r.getString(6), r.getString(7),
                r.getString(8), r.getString(9), date == null ? "" : date);
    }

    private static Stored stored(PreparedStatement stored, String id) throws SQLException {
        stored.setString(1, id);
        try (ResultSet r = stored.executeQuery()) {
            return r.next() ? new Stored(r.getString(1), r.getLong(2), r.getBytes(3), r.getBytes(4)) : null;
        }
    }

    /** Drops the papers the {@code papers} table no longer holds; their vectors go to {@code gone}. */
    private void removeDeleted(Terms terms, List<byte[]> gone) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT id, vector, counts FROM"
                + " related_papers WHERE id NOT IN (SELECT id FROM papers)")) {
            while (r.next()) {
                ids.add(r.getString(1));
                gone.add(r.getBytes(2));
                terms.change(r.getBytes(3), -1);
            }
        }
        for (String sql : List.of("DELETE FROM related_papers WHERE id = ?", "DELETE FROM related_lists WHERE id = ?")) {
            try (PreparedStatement p = db.prepareStatement(sql)) {
                for (String id : ids) {
                    p.setString(1, id);
                    p.addBatch();
                }
                p.executeBatch();
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
    private final class Terms {
        private final Map<String, Integer> tids = new HashMap<>();
        private final Map<Integer, Integer> dfChanges = new HashMap<>();
        private final List<String> fresh = new ArrayList<>();
        private int next = -1;
        private PreparedStatement find;

        /** The paper's term counts, encoded. */
        byte[] countsOf(PaperText paper) throws SQLException {
            Map<String, Integer> counts = TermCounts.of(paper);
            int[] ids = new int[counts.size()];
            int[] values = new int[counts.size()];
            long[] pairs = new long[counts.size()];
            int i = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                pairs[i++] = ((long) tid(e.getKey()) << 8) | e.getValue();
            }
            Arrays.sort(pairs);
            for (i = 0; i < pairs.length; i++) {
                ids[i] = (int) (pairs[i] >>> 8);
                values[i] = (int) (pairs[i] & 0xFF);
            }
            return Vectors.encodeCounts(ids, values, ids.length);
        }

        private int tid(String term) throws SQLException {
            Integer known = tids.get(term);
            if (known != null) {
                return known;
            }
            if (next < 0) {
                next = count("SELECT COALESCE(MAX(tid), -1) FROM related_terms") + 1;
                find = db.prepareStatement("SELECT tid FROM related_terms WHERE term = ?");
            }
            int tid = -1;
            if (next > 0) {
                find.setString(1, term);
                try (ResultSet r = find.executeQuery()) {
                    if (r.next()) {
                        tid = r.getInt(1);
                    }
                }
            }
            if (tid < 0) {
                tid = next++;
                fresh.add(term);
            }
            tids.put(term, tid);
            return tid;
        }

        void change(byte[] counts, int by) {
            Vectors.forEachCount(counts, (tid, count) -> dfChanges.merge(tid, by, Integer::sum));
        }

        void write() throws SQLException {
            if (find != null) {
                find.close();
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO related_terms (tid, term, df, tie)"
                    + " VALUES (?, ?, 0, ?)")) {
                int pending = 0;
                for (String term : fresh) {
                    insert.setInt(1, tids.get(term));
                    insert.setString(2, term);
                    insert.setLong(3, TermWeights.tie(term));
                    insert.addBatch();
                    if (++pending >= BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                insert.executeBatch();
            }
            try (PreparedStatement update = db.prepareStatement("UPDATE related_terms SET df = df + ? WHERE tid = ?")) {
                int pending = 0;
                for (Map.Entry<Integer, Integer> change : dfChanges.entrySet()) {
                    if (change.getValue() != 0) {
                        update.setInt(1, change.getValue());
                        update.setInt(2, change.getKey());
                        update.addBatch();
                        if (++pending >= BATCH) {
                            update.executeBatch();
                            pending = 0;
                        }
                    }
                }
                update.executeBatch();
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Vectors and lists

    /**
     * Recomputes every vector from the stored counts and the document frequencies, then the lists
     * of the papers a changed vector or title can reach.
     */
    private Update relate(int paperCount, int scale, int tokenized, Set<String> added, Set<String> retitled,
            List<byte[]> goneVectors) throws SQLException {
        int termCount = count("SELECT COALESCE(MAX(tid), -1) FROM related_terms") + 1;
        int[] df = new int[termCount];
        long[] ties = new long[termCount];
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT tid, df, tie FROM related_terms")) {
            while (r.next()) {
                df[r.getInt(1)] = r.getInt(2);
                ties[r.getInt(1)] = r.getLong(3);
            }
        }
        String[] ids = new String[paperCount];
        long[] displays = new long[paperCount];
        int[] start = new int[paperCount + 1];
        int[] tids = new int[paperCount * Vectors.TERMS];
        int[] weights = new int[paperCount * Vectors.TERMS];
        boolean[] dirty = new boolean[paperCount];
        List<byte[]> oldVectors = new ArrayList<>(goneVectors);
        List<Integer> changedVectors = new ArrayList<>();
        List<byte[]> newVectors = new ArrayList<>();
        int papers = 0;
        Vectors.Strongest strongest = new Vectors.Strongest();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT id, display_hash, vector, counts FROM related_papers ORDER BY id")) {
            while (r.next() && papers < paperCount) {
                int p = papers++;
                ids[p] = r.getString(1);
                displays[p] = r.getLong(2);
                byte[] stored = r.getBytes(3);
                strongest.clear();
                Vectors.forEachCount(r.getBytes(4),
                        (tid, count) -> strongest.offer(tid, TermWeights.weight(count, df[tid], scale), ties[tid]));
                byte[] vector = strongest.encode();
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
                if (added.contains(ids[p])) {
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
        long tv = System.nanoTime();
        Neighbours neighbours = new Neighbours(papers, start, tids, weights, termCount);
        for (byte[] old : oldVectors) {
            neighbours.markSharing(old, dirty);
        }
        for (int p : changedVectors) {
            neighbours.markSharing(p, dirty);
        }
        if (!retitled.isEmpty()) {
            for (int p = 0; p < papers; p++) {
                if (retitled.contains(ids[p])) {
                    neighbours.markSharing(p, dirty);
                }
            }
        }
        int[] computed = {0};
        long tl = System.nanoTime();
        int changed = writeLists(neighbours, ids, displays, dirty, computed);
        System.err.printf("TIMING vectors+index %.2f lists %.2f%n", (tl-tv)/1e9, (System.nanoTime()-tl)/1e9);
        return new Update(paperCount, tokenized, changedVectors.size(), computed[0], changed);
    }

    /** Computes the lists of the {@code dirty} papers and stores those that changed; returns how many did. */
    private int writeLists(Neighbours neighbours, String[] ids, long[] displays, boolean[] dirty, int[] computed)
            throws SQLException {
        boolean noneStored = count("SELECT COUNT(*) FROM related_lists") == 0;
        Neighbours.Scratch scratch = new Neighbours.Scratch(neighbours.papers(), LIST_SIZE);
        int[] members = new int[LIST_SIZE];
        int changed = 0;
        try (PreparedStatement read = db.prepareStatement("SELECT members FROM related_lists WHERE id = ?");
                PreparedStatement write = db.prepareStatement("INSERT OR REPLACE INTO related_lists (id, members, key)"
                        + " VALUES (?, ?, ?)")) {
            int pending = 0;
            for (int p = 0; p < neighbours.papers(); p++) {
                if (!dirty[p]) {
                    continue;
                }
                computed[0]++;
                int n = neighbours.related(p, LIST_SIZE, members, scratch);
                StringBuilder list = new StringBuilder();
                MessageDigest sha = sha256();
                for (int i = 0; i < n; i++) {
                    list.append(i == 0 ? "" : " ").append(ids[members[i]]);
                    update(sha, ids[members[i]]);
                    update(sha, Long.toString(displays[members[i]]));
                }
                String key = n == 0 ? "" : HexFormat.of().formatHex(sha.digest());
                Optional<String> old = Optional.empty();
                if (!noneStored) {
                    read.setString(1, ids[p]);
                    try (ResultSet r = read.executeQuery()) {
                        old = r.next() ? Optional.of(r.getString(1)) : Optional.empty();
                    }
                }
                if (old.isEmpty() || !old.get().equals(list.toString())) {
                    changed++;
                }
                write.setString(1, ids[p]);
                write.setString(2, list.toString());
                write.setString(3, key);
                write.addBatch();
                if (++pending >= BATCH) {
                    write.executeBatch();
                    pending = 0;
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
