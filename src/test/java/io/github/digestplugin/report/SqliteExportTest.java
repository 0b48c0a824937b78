package io.github.digestplugin.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.check.DigestChecker;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.parse.DigestFiles;
import io.github.digestplugin.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reading-list.sqlite} read back as a user would, and held against {@code reading-list.json}. */
class SqliteExportTest {

    private static final Pattern JSON_PAPER = Pattern.compile("(?m)^    \\{\"id\": \"([^\"]+)\"");
    private static final Pattern JSON_APPEARANCE = Pattern.compile("\\{\"digest\": ");

    @TempDir
    Path temp;

    @Test
    void theDatabaseHoldsWhatTheJsonExportHoldsOneRowPerPaper() throws Exception {
        Path out = temp.resolve("report");
        ReportResult result = new ReportGenerator().generate(ReportRequests.of(Fixtures.samples(), out));
        String json = Files.readString(out.resolve("reading-list.json"), StandardCharsets.UTF_8);
        List<String> jsonIds = new ArrayList<>();
        Matcher paper = JSON_PAPER.matcher(json);
        while (paper.find()) {
            jsonIds.add(paper.group(1));
        }
        long jsonAppearances = JSON_APPEARANCE.matcher(json).results().count();
        assertThat(jsonIds).hasSize(result.papers()).doesNotHaveDuplicates();

        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve(SqliteExport.FILE));
                Statement s = db.createStatement()) {
            assertThat(ids(s)).containsExactlyElementsOf(jsonIds);
            assertThat(count(s, "SELECT COUNT(*) FROM papers")).isEqualTo(result.papers());
            assertThat(count(s, "SELECT COUNT(DISTINCT id) FROM papers")).isEqualTo(result.papers());
            assertThat(count(s, "SELECT COUNT(*) FROM appearances")).isEqualTo(jsonAppearances);
            assertThat(count(s, "SELECT COUNT(*) FROM digests")).isEqualTo(result.digests());
            assertThat(count(s, "SELECT SUM(entries) FROM digests")).isEqualTo(result.entries());
            assertThat(count(s, "SELECT COUNT(*) FROM findings WHERE severity = 'error'")).isEqualTo(result.errors());
            assertThat(count(s, "SELECT COUNT(*) FROM findings")).isPositive();
            assertThat(count(s, "SELECT COUNT(*) FROM appearances a JOIN papers p ON p.id = a.paper_id"
                    + " JOIN digests d ON d.path = a.digest")).as("every appearance names a paper and a digest")
                    .isEqualTo(jsonAppearances);
            assertThat(count(s, "SELECT SUM(appearances) FROM papers")).isEqualTo(jsonAppearances);
            assertThat(count(s, "PRAGMA user_version")).isEqualTo(SqliteExport.SCHEMA_VERSION);
            assertThat(count(s, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'"))
                    .isEqualTo(5);
            try (ResultSet r = s.executeQuery("SELECT page, url, first_seen FROM papers WHERE id = '" + jsonIds.get(0)
                    + "'")) {
                assertThat(r.next()).isTrue();
                assertThat(out.resolve(r.getString(1))).exists();
                assertThat(r.getString(2)).isEqualTo("https://arxiv.org/abs/" + jsonIds.get(0));
                assertThat(r.getString(3)).matches("\\d{4}-\\d{2}-\\d{2}");
            }
        }
    }

    /**
     * A run in which nothing the export holds changed (every digest touched, none edited) keeps it
     * without making it; one that changed a digest makes it again from the store. The store is
     * changed behind the report's back to tell the two apart.
     */
    @Test
    void theExportIsMadeAgainOnlyWhenWhatItHoldsChanged() throws Exception {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        try (Stream<Path> samples = Files.list(Fixtures.samples())) {
            for (Path file : samples.toList()) {
                Files.copy(file, digests.resolve(file.getFileName().toString()));
            }
        }
        Path out = temp.resolve("report");
        ReportRequest request = ReportRequests.of(digests, out);
        new ReportGenerator().generate(request);
        Path store = ReportGenerator.stateFolder(request).resolve(ReportGenerator.STORE);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + store); Statement s = db.createStatement()) {
            // A paper the digest edited below does not list, so that its row stays as changed here.
            s.executeUpdate("UPDATE papers SET summary_en = 'changed behind the report' WHERE id = (SELECT MIN(id)"
                    + " FROM papers WHERE id NOT IN (SELECT paper_id FROM entries WHERE paper_id IS NOT NULL"
                    + " AND digest = '2023-03-13T2240_first-day.md'))");
        }
        try (Stream<Path> files = Files.list(digests)) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 60_000));
            }
        }

        assertThat(new ReportGenerator().generate(request).upToDate()).isFalse();
        assertThat(summaries(out)).doesNotContain("changed behind the report");

        Path edited = digests.resolve("2023-03-13T2240_first-day.md");
        Files.writeString(edited, Files.readString(edited) + "\n");
        new ReportGenerator().generate(request);
        assertThat(summaries(out)).contains("changed behind the report");
    }

    private static List<String> summaries(Path out) throws SQLException {
        List<String> summaries = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve(SqliteExport.FILE));
                Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT summary_en FROM papers")) {
            while (r.next()) {
                summaries.add(r.getString(1));
            }
        }
        return summaries;
    }

    @Test
    void theSameReadingListGivesTheSameBytes() throws Exception {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        new ReportGenerator().generate(ReportRequests.of(Fixtures.samples(), first));
        new ReportGenerator().generate(ReportRequests.of(Fixtures.samples(), second));
        assertThat(Files.mismatch(first.resolve(SqliteExport.FILE), second.resolve(SqliteExport.FILE))).isEqualTo(-1);
    }

    /**
     * The findings table holds what the check finds, row for row in path and finding order: the
     * findings the store holds (copied inside SQLite) and those each run makes, a title differing
     * between two digests here, in the same files.
     */
    @Test
    void theFindingsAreTheChecksInPathAndFindingOrder() throws Exception {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        try (var files = Files.list(Fixtures.samples())) {
            for (Path file : files.toList()) {
                Files.copy(file, digests.resolve(file.getFileName()));
            }
        }
        String sample = Files.readString(digests.resolve("2024-02-05T0907_rss-urls.md"), StandardCharsets.UTF_8);
        Files.writeString(digests.resolve("2024-02-06T0907_retitled.md"),
                sample.replace("A Benchmark for Real-World Planning", "A Benchmark of Real-World Planning"),
                StandardCharsets.UTF_8);
        ReportRequest request = ReportRequests.of(digests, temp.resolve("report"));
        Path out = request.outputDirectory();
        new ReportGenerator().generate(request);

        DigestFiles.Listing listing = new DigestFiles(request.includes(), request.excludes()).find(digests);
        List<String> expected = new ArrayList<>();
        for (Finding finding : new DigestChecker(request.parserOptions(), request.rules())
                .check(digests, listing.files(), listing.problems(), digest -> {}).findings().stream()
                .sorted(Finding.ORDER).toList()) {
            expected.add(String.join("|", finding.path().toString(), Integer.toString(finding.position().line()),
                    Integer.toString(finding.position().column()), finding.severity().label(), finding.ruleId(),
                    finding.message()));
        }
        assertThat(expected).anyMatch(row -> row.startsWith("2024-02-06T0907_retitled.md|") && row.contains("|title-"))
                .anyMatch(row -> row.startsWith("2024-02-06T0907_retitled.md|") && row.contains("|url-canonical|"));

        List<String> rows = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve(SqliteExport.FILE));
                Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT path, line, \"column\", severity, rule, message FROM findings"
                        + " ORDER BY rowid")) {
            while (r.next()) {
                rows.add(String.join("|", r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6)));
            }
        }
        assertThat(rows).containsExactlyElementsOf(expected);
    }

    /** The schema the format page documents is the one written, statement by statement. */
    @Test
    void theDocumentedSchemaIsTheOneWritten() throws Exception {
        String doc = Files.readString(Path.of("docs/reading-list-sqlite.md"), StandardCharsets.UTF_8);
        String block = doc.substring(doc.indexOf("<!-- schema:start -->"), doc.indexOf("<!-- schema:end -->"));
        String sql = block.substring(block.indexOf("```sql\n") + "```sql\n".length(), block.lastIndexOf("```"));
        List<String> documented = new ArrayList<>();
        for (String statement : sql.split(";\n")) {
            if (!statement.isBlank()) {
                documented.add(statement.strip());
            }
        }
        assertThat(documented).containsExactlyElementsOf(SqliteExport.SCHEMA.stream().map(String::strip).toList());
    }

    private static List<String> ids(Statement s) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (ResultSet r = s.executeQuery("SELECT id FROM papers ORDER BY id")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
