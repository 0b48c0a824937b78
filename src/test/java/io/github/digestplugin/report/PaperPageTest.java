package io.github.digestplugin.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.github.digestplugin.testing.Fixtures;
import io.github.digestplugin.testing.LinkChecker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/** A paper's page: its BibTeX entry and file, its cut abstract, and the Atom feeds it is in. */
class PaperPageTest {

    /** A title that is BibTeX, HTML and Atom markup at once: it must come out as text everywhere. */
    static final String HOSTILE_TITLE = "Evil} @misc{x, title={pwn & <b>bold</b> 100% #1 $\\alpha_2$ ~ ^ \\href{javascript:alert(1)}{y}";

    @TempDir
    Path temp;

    private static Document page(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    /** The cs.CL fixtures, one paper's title made hostile. */
    private Path hostileDigests() throws IOException {
        Path digests = temp.resolve("digests/cs.CL");
        Files.createDirectories(digests);
        try (var files = Files.list(Fixtures.samples())) {
            for (Path file : files.toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Files.writeString(digests.resolve(file.getFileName()),
                        text.replace("Inducing Task Models from Computer-Use Traces", HOSTILE_TITLE),
                        StandardCharsets.UTF_8);
            }
        }
        return digests;
    }

    @Test
    void eachPaperHasItsBibTeXEntryOnItsPageAndInItsOwnFile() throws Exception {
        Path out = temp.resolve("report");
        new ReportGenerator().generate(ReportRequests.of(Fixtures.seed(), out));

        String bib = Files.readString(out.resolve("papers/2403.19243.bib"));
        assertThat(bib).isEqualTo("""
                @misc{arXiv:2403.19243,
                  title = {{Sine Activated Low-Rank Matrices for Parameter Efficient Learning}},
                  year = {2024},
                  month = mar,
                  eprint = {2403.19243},
                  archivePrefix = {arXiv},
                  url = {https://arxiv.org/abs/2403.19243},
                }
                """);
        Document paper = page(out.resolve("papers/2403.19243.html"));
        assertThat(paper.select("pre#bibtex-entry").first().wholeText()).isEqualTo(bib);
        // Without a script the button stays hidden (it could do nothing) and the block is selectable.
        assertThat(paper.select("button.copy[data-copy=bibtex-entry]").hasAttr("hidden")).isTrue();
        assertThat(paper.select("a[href=../papers/2403.19243.bib]")).hasSize(1);
        assertThat(paper.select("script[src=../assets/paper.js]")).hasSize(1);
        // The whole list holds the same entries; a paper whose digest named its arXiv category has it.
        assertThat(Files.readString(out.resolve("reading-list.bib"))).contains(bib)
                .contains(Files.readString(out.resolve("papers/2306.07207.bib")));
        assertThat(Files.readString(out.resolve("papers/2306.07207.bib"))).contains("primaryClass = {cs.CV},\n");
        assertThat(LinkChecker.brokenLinks(out)).isEmpty();
    }

    @Test
    void hostileTitleStaysTextInBibTeXPageAndFeed() throws Exception {
        Path out = temp.resolve("report");
        new ReportGenerator().generate(ReportRequests.of(hostileDigests(), out));

        String bib = Files.readString(out.resolve("papers/2608.20319.bib"));
        assertThat(bib).startsWith("@misc{arXiv:2608.20319,\n").contains("year = {2026},", "month = aug,")
                .contains("title = {{Evil\\} @misc\\{x, title=\\{pwn \\& <b>bold</b> 100\\% \\#1 \\$\\textbackslash{}alpha\\_2\\$");
        assertThat(bib.split("@misc\\{", -1)).hasSize(2);
        assertThat(balancedBraces(bib)).isTrue();
        String all = Files.readString(out.resolve("reading-list.bib"));
        assertThat(balancedBraces(all)).isTrue();

        Document paper = page(out.resolve("papers/2608.20319.html"));
        assertThat(paper.select("pre#bibtex-entry").first().wholeText()).isEqualTo(bib);
        assertThat(paper.select("main b, main a[href^=javascript], main script")).isEmpty();
        // Its formula is typeset; the TeX is kept as the formula's text alternative.
        assertThat(paper.select("h1 math").attr("alttext")).isEqualTo("\\alpha_2");

        SyndFeed feed = feed(out.resolve("feed.atom"));
        SyndEntry entry = feed.getEntries().stream().filter(e -> e.getUri().endsWith("2608.20319")).findFirst()
                .orElseThrow();
        assertThat(entry.getTitle()).isEqualTo(HOSTILE_TITLE);
    }

    @Test
    void anAbstractTheDigestCutShortEndsWithAnEllipsisAndALinkToTheFullOne() throws Exception {
        Path out = temp.resolve("report");
        new ReportGenerator().generate(ReportRequests.of(Fixtures.samples(), out));

        // The generator cut this abstract at a thousand characters, inside "Building on ...".
        Document cut = page(out.resolve("papers/2608.20338.html"));
        var abstractEn = cut.select("p.abstract[lang=en]").first();
        assertThat(abstractEn.text()).endsWith("Building on… full abstract on arXiv");
        assertThat(abstractEn.select("a.full-abstract").attr("href")).isEqualTo("https://arxiv.org/abs/2608.20338");

        Document whole = page(out.resolve("papers/2608.20319.html"));
        assertThat(whole.select("p.abstract[lang=en]").text()).doesNotContain("…");
        assertThat(whole.select("a.full-abstract")).isEmpty();
    }

    @Test
    void feedsAreValidAtomForTheReportAndEachChannel() throws Exception {
        Path out = temp.resolve("report");
        ReportResult result = new ReportGenerator().generate(ReportRequests.of(Fixtures.samples(), out));

        SyndFeed all = feed(out.resolve("feed.atom"));
        assertThat(all.getFeedType()).isEqualTo("atom_1.0");
        assertThat(all.getAuthors()).extracting(a -> a.getName()).containsExactly("Reading list");
        assertThat(all.getUri()).startsWith("urn:uuid:");
        assertThat(all.getPublishedDate()).as("the feed's updated").isNotNull();
        assertThat(all.getEntries()).hasSize(result.papers());
        for (SyndEntry entry : all.getEntries()) {
            assertThat(entry.getUri()).startsWith("https://arxiv.org/abs/");
            assertThat(entry.getUpdatedDate()).isNotNull();
            assertThat(entry.getTitle()).isNotBlank();
            assertThat(entry.getLink()).startsWith("papers/").endsWith(".html");
        }

        SyndFeed channel = feed(out.resolve("feeds/cs.CL.atom"));
        assertThat(channel.getTitle()).contains("cs.CL");
        assertThat(channel.getUri()).startsWith("urn:uuid:").isNotEqualTo(all.getUri());
        assertThat(channel.getAuthors()).hasSize(1);
        assertThat(channel.getEntries()).isNotEmpty();
        List<String> links = channel.getEntries().stream().map(SyndEntry::getLink).toList();
        assertThat(links).allSatisfy(link -> assertThat(link).startsWith("../papers/"));
        // Newest first by the digest that first listed the paper.
        assertThat(channel.getEntries().get(0).getUpdatedDate())
                .isAfterOrEqualTo(channel.getEntries().get(channel.getEntries().size() - 1).getUpdatedDate());
        Document channels = page(out.resolve("channels.html"));
        assertThat(channels.select("a[href=feeds/cs.CL.atom]")).hasSize(1);
        assertThat(LinkChecker.brokenLinks(out)).isEmpty();
    }

    /** Parsed by ROME, which rejects a feed that is not well-formed Atom. */
    static SyndFeed feed(Path file) throws Exception {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        try (var in = Files.newInputStream(file)) {
            return input.build(new InputSource(in));
        }
    }

    /** Braces balance once escaped ones are left out, as BibTeX reads them. */
    static boolean balancedBraces(String bib) {
        int depth = 0;
        for (int i = 0; i < bib.length(); i++) {
            char c = bib.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
