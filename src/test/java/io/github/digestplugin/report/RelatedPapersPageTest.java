package io.github.digestplugin.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.report.DigestText.Item;
import io.github.digestplugin.testing.LinkChecker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Related papers" section of a paper's page: what it lists, how, and which pages an edit rewrites. */
class RelatedPapersPageTest {

    static final String HOSTILE = "Speech <b>recognition</b> of accented <script>alert(1)</script> speakers";

    @TempDir
    Path temp;

    /** Three topics among papers that share nothing topical; one speech paper's title is markup. */
    private Path digests(String speechTitle) throws IOException {
        Path folder = temp.resolve("digests/cs.CL");
        Files.createDirectories(folder);
        DigestText fillers = new DigestText();
        for (int i = 0; i < 50; i++) {
            fillers.add(Item.of(String.format(Locale.ROOT, "2401.%05d", i),
                    String.format(Locale.ROOT, "Study of alpha%dx with beta%dx for gamma%dx in the field", i, i, i)));
        }
        Files.writeString(folder.resolve("2024-04-01T0900_fillers.md"), fillers.toString(), StandardCharsets.UTF_8);
        DigestText topics = new DigestText()
                .add(Item.of("2403.00001", "Low-rank adapters with sine activations"))
                .add(Item.of("2403.00002", "Sine activated low-rank matrices for adapters"))
                .add(Item.of("2403.00004", "Acoustic models for speech recognition of accented speakers"))
                .add(Item.of("2403.00005", "Accented speech recognition with acoustic adaptation"))
                .add(Item.of("2403.00006", speechTitle))
                .add(Item.of("2403.00007", "Dependency parsing of treebanks with graph parsers"))
                .add(Item.of("2403.00008", "Graph parsers for dependency treebanks"))
                .add(Item.of("2403.00009", "Weather forecasting in the tropics"));
        Files.writeString(folder.resolve("2024-05-02T0900_topics.md"), topics.toString(), StandardCharsets.UTF_8);
        return temp.resolve("digests");
    }

    private static Document page(Path out, String id) throws IOException {
        return Jsoup.parse(out.resolve(Paper.hrefOf(id)).toFile(), "UTF-8");
    }

    private static List<String> related(Document page) {
        return page.select("ol.related > li > a").eachAttr("href");
    }

    @Test
    void aPaperPageListsItsRelatedPapersWithTitlesAndFirstSeenDates() throws IOException {
        Path out = temp.resolve("report");
        new ReportGenerator().generate(ReportRequests.of(digests(HOSTILE), out));

        Document speech = page(out, "2403.00004");
        assertThat(speech.select("h2#related").text()).isEqualTo("Related papers");
        assertThat(related(speech)).containsExactlyInAnyOrder("../papers/2403.00005.html", "../papers/2403.00006.html");
        Element first = speech.select("ol.related > li").first();
        assertThat(first.select("span[lang=zh]").text()).startsWith("译");
        assertThat(first.select("span.muted").text()).isEqualTo("first seen 2024-05-02");
        // The hostile title is text in the list, as everywhere.
        Element hostile = speech.select("ol.related a[href$=2403.00006.html]").first();
        assertThat(hostile.text()).isEqualTo(HOSTILE);
        assertThat(speech.select("main b, main script, ol.related script")).isEmpty();
        assertThat(related(page(out, "2403.00007"))).containsExactly("../papers/2403.00008.html");
        assertThat(related(page(out, "2403.00001"))).containsExactly("../papers/2403.00002.html");
        // A paper that shares no topic with another has no section at all.
        Document alone = page(out, "2403.00009");
        assertThat(alone.select("#related, ol.related")).isEmpty();
        assertThat(LinkChecker.brokenLinks(out)).isEmpty();
    }

    @Test
    void theSectionIsInTheReportsLanguage() throws IOException {
        Path out = temp.resolve("report");
        new ReportGenerator().generate(ReportRequests.of(digests("Whisper speech recognition"), out, Optional.empty(),
                Locale.CHINESE));

        Document speech = page(out, "2403.00005");
        assertThat(speech.select("h2#related").text()).isEqualTo("相关论文");
        assertThat(speech.select("ol.related span.muted").first().text()).isEqualTo("首次出现于 2024-05-02");
    }

    /**
     * A paper retitled in its digest: the pages listing it are written again, with the new title;
     * the pages of the other topics, and the BibTeX files of the papers that only list it, are not.
     * The result is what a fresh run writes.
     */
    @Test
    void anEditRewritesThePagesOfTheListsItChangesAndNoOthers() throws IOException {
        Path out = temp.resolve("report");
        Path digests = digests("Whisper for speech recognition of accented speakers");
        new ReportGenerator().generate(ReportRequests.of(digests, out));
        Map<String, FileTime> before = times(out);

        Path topics = digests.resolve("cs.CL/2024-05-02T0900_topics.md");
        Files.writeString(topics, Files.readString(topics).replace("Whisper for speech recognition of accented speakers",
                "Whisper for speech recognition of accented speakers in noise"));
        new ReportGenerator().generate(ReportRequests.of(digests, out));
        Map<String, FileTime> after = times(out);

        assertThat(page(out, "2403.00004").select("ol.related a[href$=2403.00006.html]").text())
                .isEqualTo("Whisper for speech recognition of accented speakers in noise");
        for (String rewritten : List.of("papers/2403.00004.html", "papers/2403.00005.html", "papers/2403.00006.html",
                "papers/2403.00006.bib")) {
            assertThat(after.get(rewritten)).as(rewritten).isNotEqualTo(before.get(rewritten));
        }
        for (String kept : List.of("papers/2403.00001.html", "papers/2403.00002.html", "papers/2403.00007.html",
                "papers/2403.00008.html", "papers/2401.00003.html", "papers/2403.00004.bib")) {
            assertThat(after.get(kept)).as(kept).isEqualTo(before.get(kept));
        }
        Path fresh = temp.resolve("fresh");
        new ReportGenerator().generate(ReportRequests.of(digests, fresh));
        for (String id : List.of("2403.00004", "2403.00005", "2403.00006", "2403.00007")) {
            assertThat(out.resolve(Paper.hrefOf(id))).hasSameTextualContentAs(fresh.resolve(Paper.hrefOf(id)));
        }
    }

    private static Map<String, FileTime> times(Path out) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out.resolve("papers"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                times.put(out.relativize(file).toString().replace('\\', '/'), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }
}
