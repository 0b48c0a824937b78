package io.github.digestplugin.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.report.DigestText.Item;
import io.github.digestplugin.testing.LinkChecker;
import io.github.digestplugin.testing.OutputTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reading file on the pages: what each shows, that hostile notes stay inert, and that runs stay incremental. */
class ReadingReportTest {

    private static final String ALPHA = "2403.10001";
    private static final String BETA = "2403.10002";
    private static final String GAMMA = "2403.10003";

    @TempDir
    Path temp;

    private Path digests;
    private Path reading;

    @BeforeEach
    void twoDigests() throws IOException {
        digests = Files.createDirectories(temp.resolve("digests"));
        Files.writeString(digests.resolve("2024-03-20T0900_one.md"), new DigestText()
                .add(Item.of(ALPHA, "Alpha paper")).add(Item.of(BETA, "Beta paper")).toString());
        Files.writeString(digests.resolve("2024-04-02T0900_two.md"), new DigestText()
                .add(Item.of(GAMMA, "Gamma paper")).toString());
        reading = digests.resolve("reading.yaml");
    }

    private ReportResult generate(Path out) throws IOException {
        return generate(out, Optional.of(reading));
    }

    private ReportResult generate(Path out, Optional<Path> file) throws IOException {
        return new ReportGenerator().generate(ReportRequests.of(digests, out).withReadingFile(file));
    }

    private static Document page(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @Test
    void eachPageShowsWhatTheFileRecords() throws IOException {
        Files.writeString(reading, """
                %s:
                  status: read
                  rating: 4
                  tags: [peft, low-rank]
                  notes: |
                    Uses **low-rank** adapters, see [code](https://example.org/code).

                    Second paragraph with `code`.
                "%s": {status: to-read, tags: [peft]}
                """.formatted(ALPHA, BETA));
        Path out = temp.resolve("report");

        generate(out);

        Document alpha = page(out.resolve(Paper.hrefOf(ALPHA)));
        Element section = alpha.selectFirst("section.reading");
        assertThat(section.selectFirst(".reading-badge").attr("data-status")).isEqualTo("read");
        assertThat(section.selectFirst(".reading-badge").text()).isEqualTo("read");
        assertThat(section.select("dd").eachText()).contains("★★★★☆ 4 of 5", "peft low-rank");
        assertThat(section.select("ul.tags a").eachAttr("href")).containsExactly("../tags/peft.html",
                "../tags/low-rank.html");
        assertThat(section.select(".notes p")).hasSize(2);
        assertThat(section.select(".notes strong").text()).isEqualTo("low-rank");
        assertThat(section.select(".notes a").attr("href")).isEqualTo("https://example.org/code");
        assertThat(section.attr("data-file-notes")).startsWith("Uses **low-rank**");
        assertThat(section.selectFirst("form.reading-form").hasAttr("hidden")).as("no script: no form").isTrue();
        Element gamma = page(out.resolve(Paper.hrefOf(GAMMA))).selectFirst("section.reading");
        assertThat(gamma.selectFirst(".reading-badge").attr("data-status")).isEmpty();
        assertThat(gamma.select(".notes")).isEmpty();

        Document digest = page(out.resolve("digests/2024-03-20T0900_one.html"));
        assertThat(digest.select("tbody tr").eachAttr("data-reading")).containsExactly("read", "to-read");
        assertThat(page(out.resolve("titles/A.html")).select("li[data-paper=" + ALPHA + "]").attr("data-reading"))
                .isEqualTo("read");
        assertThat(page(out.resolve("titles/G.html")).select("li[data-paper=" + GAMMA + "] .reading-badge")
                .attr("data-status")).isEmpty();
        assertThat(page(out.resolve("tags.html")).select("main li a").eachText()).containsExactly("low-rank", "peft");
        assertThat(page(out.resolve("tags/peft.html")).select("ul.papers li").eachAttr("data-paper"))
                .containsExactly(ALPHA, BETA);

        Document index = page(out.resolve("index.html"));
        assertThat(index.select(".progress-total").text()).startsWith("1 of 3 papers read");
        assertThat(index.select("table.progress td").eachText()).contains("1 of 2", "0 of 1");
        assertThat(index.select(".reading-progress").attr("data-reading-entries"))
                .startsWith("{\"" + ALPHA + "\":{\"status\":\"read\",\"rating\":4,\"tags\":[\"peft\",\"low-rank\"]");
        assertThat(LinkChecker.brokenLinks(out)).isEmpty();
    }

    @Test
    void withoutAReadingFileEveryPaperIsUnmarkedAndNoTagPageIsWritten() throws IOException {
        Path out = temp.resolve("report");
        generate(out, Optional.empty());
        assertThat(out.resolve("tags.html")).doesNotExist();
        assertThat(page(out.resolve("digests/2024-03-20T0900_one.html")).select("tbody tr").eachAttr("data-reading"))
                .containsExactly("", "");
        assertThat(page(out.resolve("index.html")).select(".reading-progress p.muted").text())
                .startsWith("No reading file");
        assertThat(LinkChecker.brokenLinks(out)).isEmpty();
    }

    @Test
    void aHostileNoteAndTagRenderInert() throws IOException {
        String hostile = "<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) \"><";
        Files.writeString(reading, """
                %s:
                  status: read
                  tags: ["\\"><svg onload=alert(1)>", "<script>alert(2)</script>"]
                  notes: |
                    %s

                    [ok](https://example.org/") onmouseover=alert(3)) ![i](https://evil.example/x.png)
                """.formatted(ALPHA, hostile));
        Path out = temp.resolve("report");

        generate(out);

        List<String> active = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path html : walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                for (Element element : page(html).getAllElements()) {
                    String tag = element.tagName();
                    if (tag.equals("script") && !element.attr("src").contains(":") && element.data().isBlank()
                            && element.attr("src").endsWith(".js")) {
                        continue;
                    }
                    if (List.of("script", "img", "iframe", "object", "embed").contains(tag)
                            || tag.equals("svg") && element.hasAttr("onload")) {
                        active.add(html.getFileName() + ": <" + tag + ">");
                    }
                    element.attributes().forEach(attribute -> {
                        String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                        if (attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on")
                                || value.startsWith("javascript:") || value.startsWith("data:")
                                || value.contains("evil.example") && !attribute.getKey().startsWith("data-")) {
                            active.add(html.getFileName() + ": " + attribute);
                        }
                    });
                }
            }
        }
        assertThat(active).isEmpty();
        Element notes = page(out.resolve(Paper.hrefOf(ALPHA))).selectFirst("section.reading .notes");
        assertThat(notes.text()).contains("<script>alert(1)</script>", "<img src=x onerror=alert(1)>");
        assertThat(notes.select("a").eachAttr("href")).allMatch(href -> href.startsWith("https://example.org/"));
        assertThat(page(out.resolve("tags.html")).select("main li a").eachText())
                .contains("\"><svg onload=alert(1)>", "<script>alert(2)</script>");
        assertThat(LinkChecker.brokenLinks(out)).isEmpty();
    }

    @Test
    void theReadingFilesFindingsAreOnTheProblemsPagesAndItsGoodEntriesStillShow() throws IOException {
        Files.writeString(reading, ALPHA + ": {status: done}\n" + BETA + ": {status: read}\n2501.00001: {}\n");
        Path out = temp.resolve("report");

        ReportResult result = generate(out);

        assertThat(result.errors()).isEqualTo(1);
        Document problems = page(out.resolve("problems.html"));
        assertThat(problems.select("#rule-reading-status li").text())
                .contains("reading.yaml:1:", "Status done is not one of to-read, reading, read, skipped");
        assertThat(problems.select("#rule-reading-unknown-paper li").text()).contains("Paper 2501.00001 is in no digest");
        assertThat(page(out.resolve(Paper.hrefOf(BETA))).selectFirst("section.reading .reading-badge")
                .attr("data-status")).isEqualTo("read");
        assertThat(LinkChecker.brokenLinks(out)).isEmpty();
    }

    /**
     * A changed status rewrites the pages that show it (the paper's, the lists and the digest that
     * list it, the overview), leaves the others, and gives the bytes a fresh run gives.
     */
    @Test
    void editingTheFileRewritesOnlyThePagesItsChangeShowsOn() throws IOException {
        Files.writeString(reading, ALPHA + ": {status: to-read}\n" + GAMMA + ": {status: read, tags: [x]}\n");
        Path out = temp.resolve("incremental/report");
        generate(out);
        FileTime old = FileTime.fromMillis(86_400_000L);
        List<Path> files = allFiles(out);
        for (Path file : files) {
            Files.setLastModifiedTime(file, old);
        }

        Files.writeString(reading, ALPHA + ": {status: reading}\n" + GAMMA + ": {status: read, tags: [x]}\n");
        ReportResult second = generate(out);

        assertThat(second.upToDate()).isFalse();
        List<String> rewritten = new ArrayList<>();
        for (Path file : allFiles(out)) {
            if (!Files.getLastModifiedTime(file).equals(old)) {
                rewritten.add(out.relativize(file).toString().replace('\\', '/'));
            }
        }
        assertThat(rewritten).contains(Paper.hrefOf(ALPHA), "titles/A.html", "digests/2024-03-20T0900_one.html",
                "index.html").doesNotContain(Paper.hrefOf(BETA), Paper.hrefOf(GAMMA), "titles/B.html",
                "titles/G.html", "digests/2024-04-02T0900_two.html", "tags/x.html", "style.css");
        assertThat(page(out.resolve(Paper.hrefOf(ALPHA))).selectFirst("section.reading .reading-badge")
                .attr("data-status")).isEqualTo("reading");
        assertSameAsFresh(out, Optional.of(reading));
        assertThat(generate(out).upToDate()).isTrue();

        Files.delete(reading);
        generate(out, Optional.empty());
        assertSameAsFresh(out, Optional.empty());
    }

    private void assertSameAsFresh(Path out, Optional<Path> file) throws IOException {
        Path fresh = temp.resolve("fresh-" + System.nanoTime() + "/report");
        generate(fresh, file);
        assertThat(OutputTree.differences(out, fresh)).isEmpty();
    }

    private static List<Path> allFiles(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
