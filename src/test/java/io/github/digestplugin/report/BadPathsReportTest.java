package io.github.digestplugin.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.testing.LinkChecker;
import io.github.digestplugin.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of a digest folder with bad paths in it: links out of it, loops, broken links, long names. */
class BadPathsReportTest {

    private static final String SECRET = "secret-line-of-the-file-outside";

    @TempDir
    Path temp;

    @Test
    void badPathsAreListedAsProblemsAndNothingOutsideTheDigestsIsQuoted() throws IOException {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        Files.copy(Fixtures.seedFile(), digests.resolve("seed.txt"));
        Path secret = Files.writeString(temp.resolve("passwd"), "root:x:0:0:" + SECRET + "\n# 摘要\n| a | b |\n");
        Files.createSymbolicLink(digests.resolve("passwd.md"), secret);
        Files.createSymbolicLink(Files.createDirectories(digests.resolve("d")).resolve("up"), Path.of(".."));
        Files.createSymbolicLink(digests.resolve("gone.md"), Path.of("missing.md"));
        Path out = temp.resolve("report");

        ReportResult result = new ReportGenerator().generate(ReportRequests.of(digests, out));

        assertThat(result.digests()).isEqualTo(1);
        assertThat(result.errors()).isEqualTo(1);
        assertThat(out.resolve("digests/passwd.html")).doesNotExist();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain(SECRET);
            }
        }
        Document problems = Jsoup.parse(out.resolve("problems.html").toFile(), "UTF-8");
        assertThat(problems.select("#errors ~ section h3 code").eachText())
                .containsExactly("unreadable-file", "symlink-outside", "symlink-loop");
        assertThat(problems.select("#rule-unreadable-file li").eachText()).singleElement().asString()
                .startsWith("gone.md:1:1 ");
        assertThat(problems.select("#rule-symlink-loop li").eachText()).singleElement().asString()
                .startsWith("d/up:1:1 ");
        assertThat(Jsoup.parse(out.resolve("problems/files.html").toFile(), "UTF-8").select("tbody td:first-child")
                .eachText()).containsExactly("d/up", "gone.md", "passwd.md");
        assertThat(problems.text()).contains("Symbolic link to " + secret.toRealPath()
                + ", outside the digest directory: not read");
        assertThat(LinkChecker.brokenLinks(out)).isEmpty();
    }

    /**
     * A name near the file system's limit, in a folder: the folder's name joined to it would make
     * a page name longer than a file may have. Its page gets a shorter one.
     */
    @Test
    void aDigestWithTheLongestNameAFileCanHaveIsRendered() throws IOException {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        String name = "2024-03-29_" + "x".repeat(252 - "2024-03-29_".length() - ".txt".length()) + ".txt";
        assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(252);
        Files.copy(Fixtures.seedFile(), Files.createDirectories(digests.resolve("cs.CL")).resolve(name));
        Path out = temp.resolve("report");

        ReportResult result = new ReportGenerator().generate(ReportRequests.of(digests, out));

        assertThat(result.digests()).isEqualTo(1);
        try (Stream<Path> pages = Files.list(out.resolve("digests"))) {
            assertThat(pages.map(p -> p.getFileName().toString())).singleElement().satisfies(page ->
                    assertThat(page).startsWith("cs.CL_2024-03-29_xxx").hasSize(PageNames.MAX_LENGTH + ".html".length()));
        }
        Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
        assertThat(index.select("a[href^=digests/cs.CL_2024-03-29_xxx]")).isNotEmpty();
        assertThat(LinkChecker.brokenLinks(out)).isEmpty();
    }

    /** A link that was fixed is seen by the next run, although no digest changed. */
    @Test
    void aRunAfterALinkChangedIsNotUpToDate() throws IOException {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        Files.copy(Fixtures.seedFile(), digests.resolve("seed.txt"));
        Path link = Files.createSymbolicLink(digests.resolve("gone.md"), Path.of("missing.md"));
        Path out = temp.resolve("report");
        new ReportGenerator().generate(ReportRequests.of(digests, out));

        Files.delete(link);
        ReportResult second = new ReportGenerator().generate(ReportRequests.of(digests, out));

        assertThat(second.upToDate()).isFalse();
        assertThat(second.errors()).isZero();
        assertThat(Files.readString(out.resolve("problems.html"))).doesNotContain("gone.md");
        assertThat(out.resolve("problems/unreadable-file.html")).as("the rule's page went with its last finding")
                .doesNotExist();
    }

    /** A repository's README beside its digests is no digest: no page, no findings, named by the run. */
    @Test
    void aFileWithNoneOfADigestsStructureIsLeftOutAndNamed() throws IOException {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        Files.copy(Fixtures.seedFile(), digests.resolve("seed.txt"));
        Path readme = Files.writeString(digests.resolve("README.md"), "# Our digests\n\nDaily <b>arXiv</b> digests.\n");
        Path out = temp.resolve("report");

        ReportResult first = new ReportGenerator().generate(ReportRequests.of(digests, out));
        ReportResult unchanged = new ReportGenerator().generate(ReportRequests.of(digests, out));

        assertThat(first.digests()).isEqualTo(1);
        assertThat(first.notDigests()).containsExactly(Path.of("README.md"));
        assertThat(unchanged.upToDate()).isTrue();
        assertThat(unchanged.notDigests()).containsExactly(Path.of("README.md"));
        assertThat(out.resolve("digests/README.html")).doesNotExist();
        assertThat(Files.readString(out.resolve("problems.html"))).doesNotContain("README.md");
        assertThat(LinkChecker.brokenLinks(out)).isEmpty();

        // With a part of a digest's structure it is a digest again, and what it lacks is found.
        Files.writeString(readme, "# 摘要\n\nDaily digests.\n");
        ReportResult digest = new ReportGenerator().generate(ReportRequests.of(digests, out));

        assertThat(digest.notDigests()).isEmpty();
        assertThat(digest.digests()).isEqualTo(2);
        assertThat(digest.errors()).isPositive();
        assertThat(Files.readString(out.resolve("problems/files.html"))).contains("README.md");
    }
}
