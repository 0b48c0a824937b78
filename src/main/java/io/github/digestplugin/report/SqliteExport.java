package io.github.digestplugin.report;

import io.github.digestplugin.check.Finding;
import io.github.digestplugin.report.render.OutputFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * {@code reading-list.sqlite}: the reading list as a SQLite database, for {@code sqlite3}, DuckDB or
 * Datasette. Its schema is documented in {@code docs/reading-list-sqlite.md}; {@link #SCHEMA_VERSION}
 * is its {@code user_version}. Like {@code reading-list.json} it holds titles and summaries but not
 * the abstracts, which stay on the paper pages. Written afresh into a new file each time, rows in
 * key order, so the same reading list always gives the same bytes.
 */
final class SqliteExport {

    static final String FILE = "reading-list.sqlite";
    static final int SCHEMA_VERSION = 1;

    static final List<String> SCHEMA = List.of(
            """
            CREATE TABLE digests (
              path TEXT PRIMARY KEY,
              channel TEXT NOT NULL,
              date TEXT,
              entries INTEGER NOT NULL,
              malformed INTEGER NOT NULL,
              page TEXT NOT NULL)""",
            """
            CREATE TABLE papers (
              id TEXT PRIMARY KEY,
              version INTEGER NOT NULL,
              title TEXT NOT NULL,
              translated_title TEXT NOT NULL,
              summary_zh TEXT NOT NULL,
              summary_en TEXT NOT NULL,
              category TEXT NOT NULL,
              announce_type TEXT NOT NULL,
              month TEXT,
              first_seen TEXT,
              last_seen TEXT,
              appearances INTEGER NOT NULL,
              url TEXT NOT NULL,
              pdf TEXT NOT NULL,
              page TEXT NOT NULL)""",
            """
            CREATE TABLE appearances (
              paper_id TEXT NOT NULL REFERENCES papers (id),
              digest TEXT NOT NULL REFERENCES digests (path),
              entry INTEGER NOT NULL,
              number INTEGER NOT NULL,
              date TEXT,
              PRIMARY KEY (digest, entry))""",
            """
            CREATE TABLE findings (
              path TEXT NOT NULL,
              line INTEGER NOT NULL,
              "column" INTEGER NOT NULL,
              severity TEXT NOT NULL,
              rule TEXT NOT NULL,
              message TEXT NOT NULL)""",
            "CREATE INDEX appearances_by_paper ON appearances (paper_id)",
            "CREATE INDEX papers_by_category ON papers (category)",
            "CREATE INDEX papers_by_month ON papers (month)",
            "CREATE INDEX findings_by_path ON findings (path)",
            "CREATE INDEX findings_by_rule ON findings (rule)");

    private SqliteExport() {}

    /** Writes the export of the store at {@code store}, with every finding of the run. */
    static void write(Path store, ReportFindings findings, OutputFiles output, String input) throws IOException {
        output.writeFile(FILE, file -> {
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                fill(db, store, findings);
            } catch (SQLException e) {
                throw new IOException("Writing " + FILE + " failed: " + e.getMessage(), e);
            }
        }, input);
    }

    private static void fill(Connection db, Path store, ReportFindings findings) throws SQLException, IOException {
        try (Statement s = db.createStatement()) {
            // A fresh file under a temporary name: a run that stops leaves only that to delete.
            s.execute("PRAGMA journal_mode=OFF");
            s.execute("PRAGMA synchronous=OFF");
            s.execute("PRAGMA temp_store=MEMORY");
            s.execute("PRAGMA user_version=" + SCHEMA_VERSION);
            for (String sql : SCHEMA) {
                s.execute(sql);
            }
            try (PreparedStatement attach = db.prepareStatement("ATTACH DATABASE ? AS store")) {
                attach.setString(1, store.toString());
                attach.execute();
            }
            db.setAutoCommit(false);
            s.execute("""
                    INSERT INTO digests SELECT name, channel, date, entry_count, malformed_count, href
                    FROM store.digests WHERE readable = 1 ORDER BY name""");
            s.execute("""
                    INSERT INTO papers SELECT id, version, title, translated_title, summary_zh, summary_en, category,
                      announce_type, month, first_date, last_date, appearance_count,
                      'https://arxiv.org/abs/' || id, 'https://arxiv.org/pdf/' || id,
                      'papers/' || replace(id, '/', '_') || '.html'
                    FROM store.papers ORDER BY id""");
            s.execute("""
                    INSERT INTO appearances SELECT e.paper_id, e.digest, e.idx, e.number, d.date
                    FROM store.entries e JOIN store.digests d ON d.name = e.digest
                    WHERE e.paper_id IS NOT NULL ORDER BY e.digest, e.idx""");
            // A digest's stored findings are copied inside SQLite: a large archive has hundreds of
            // thousands, and each made and bound through JDBC took most of the export's time.
            try (PreparedStatement copy = db.prepareStatement("INSERT INTO findings SELECT ?, line, column,"
                    + " lower(severity), rule, message FROM store.findings WHERE digest = ? ORDER BY seq");
                    PreparedStatement insert = db.prepareStatement("INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?)")) {
                for (String name : findings.files()) {
                    if (findings.onlyStored(name)) {
                        copy.setString(1, name);
                        copy.setString(2, name);
                        copy.executeUpdate();
                        continue;
                    }
                    for (Finding finding : findings.of(name)) {
                        insert.setString(1, name);
                        insert.setInt(2, finding.position().line());
                        insert.setInt(3, finding.position().column());
                        insert.setString(4, finding.severity().label());
                        insert.setString(5, finding.ruleId());
                        insert.setString(6, finding.message());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            db.commit();
            db.setAutoCommit(true);
            s.execute("DETACH DATABASE store");
        }
    }
}
