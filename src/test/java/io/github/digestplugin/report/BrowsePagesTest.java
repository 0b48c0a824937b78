package io.github.digestplugin.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.report.DigestText.Item;
import io.github.digestplugin.testing.Fixtures;
import io.github.digestplugin.testing.LinkChecker;
import io.github.digestplugin.testing.OutputTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report browsed the way digests are made: a page per channel, a digest's neighbours in its
 * channel, digests titled as people say them, appearances by channel, day and number, time by the
 * digests' dates with the arXiv month second, and the page text in the reader's locale.
 */
class BrowsePagesTest {

    @TempDir
    Path temp;

    private static Document page(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @Test
    void aDigestIsTitledByChannelDateAndTimeAndLinksItsChannelAndNeighbours() throws IOException {
        Path out = temp.resolve("report");
        new ReportGenerator().generate(ReportRequests.of(Fixtures.samples(), out));

        Document digest = page(out.resolve("digests/2025-03-03T0907_recent.html"));
        assertThat(digest.select("h1").text()).isEqualTo("cs.CL · 2025-03-03 09:07");
        assertThat(digest.title()).startsWith("cs.CL · 2025-03-03 09:07 · ");
        assertThat(digest.select("nav.neighbours a.channel").attr("href")).isEqualTo("../digest-channels/cs.CL.html");
        assertThat(digest.select("dl.facts a").attr("href")).isEqualTo("../digest-channels/cs.CL.html");
        assertThat(digest.select("a[rel=prev]").attr("href")).isEqualTo("../digests/2024-02-22T0913_cell-pipe.html");
        assertThat(digest.select("a[rel=prev] .name").text()).isEqualTo("cs.CL · 2024-02-22 09:13");
        assertThat(digest.select("a[rel=next]").attr("href")).isEqualTo("../digests/2026-08-21T0916_newest.html");

        Document oldest = page(out.resolve("digests/2023-03-13T2240_first-day.html"));
        assertThat(oldest.select("a[rel=prev]")).isEmpty();
        assertThat(oldest.select("nav.neighbours").text()).contains("No earlier digest");
        Document undatedTime = page(out.resolve("digests/2026-08-22_empty.html"));
        assertThat(undatedTime.select("h1").text()).as("a name without a time").isEqualTo("cs.CL · 2026-08-22");
        assertThat(undatedTime.select("a[rel=next]")).isEmpty();

        Document channel = page(out.resolve("digest-channels/cs.CL.html"));
        assertThat(channel.select("h1").text()).isEqualTo("Channel cs.CL");
        List<String> titles = channel.select("tbody tr td:first-child a").eachText();
        assertThat(titles).hasSize(10).first().isEqualTo("cs.CL · 2026-08-22");
        assertThat(titles).last().isEqualTo("cs.CL · 2023-03-13 22:40");
        assertThat(channel.select("tbody tr").get(2).text()).contains("cs.CL · 2025-03-03 09:07", "4 entries");
        assertThat(channel.select("tbody tr").first().text()).contains("no entries");
        assertThat(channel.select("main p").first().text()).startsWith("10 digests · ");

        Document channels = page(out.resolve("channels.html"));
        assertThat(channels.select("a[href=digest-channels/cs.CL.html]").text()).isEqualTo("cs.CL");
        assertThat(LinkChecker.brokenLinks(out)).isEmpty();
    }

    @Test
    void aCuratedListIsTitledByItsFileName() throws IOException {
        Path out = temp.resolve("report");
        new ReportGenerator().generate(ReportRequests.of(Fixtures.seed(), out));

        Document digest = page(out.resolve("digests/000_reading-list.html"));
        assertThat(digest.select("h1").text()).isEqualTo("000_reading-list");
        assertThat(page(out.resolve("papers/2403.19243.html")).select("h2:containsOwn(Appeared in) + ul li").text())
                .isEqualTo("000_reading-list, no. 1");
    }

    @Test
    void appearancesNameTheChannelTheDayAndTheEntrysNumber() throws IOException {
        Path out = temp.resolve("report");
        new ReportGenerator().generate(ReportRequests.of(Fixtures.samples(), out));

        Document paper = page(out.resolve("papers/2402.17812.html"));
        Element appearance = paper.select("h2:containsOwn(Appeared in) + ul li").first();
        assertThat(appearance.select("a").text()).isEqualTo("cs.CL · 2025-03-03, no. 2");
        assertThat(appearance.text()).doesNotContain("[^");
        assertThat(appearance.select("a").attr("href")).isEqualTo("../digests/2025-03-03T0907_recent.html#entry-2");
        assertThat(paper.select("dl.facts dd").eachText()).contains("cs.CL · 2025-03-03, no. 2");
    }

    @Test
    void aLongChannelHasAPagePerYearAndItsDigestsLinkTheYearThatListsThem() throws IOException {
        Path channel = Files.createDirectories(temp.resolve("digests/cs.CL"));
        LocalDate day = LocalDate.of(2023, 11, 1);
        int count = ReportGenerator.CHANNEL_PAGE_SIZE + 1;
        for (int i = 0; i < count; i++) {
            Files.writeString(channel.resolve(day.plusDays(i) + "T0900_d" + i + ".md"),
                    new DigestText().add(Item.of(String.format("2311.%05d", i), "Paper " + i)).toString());
        }
        Path out = temp.resolve("report");
        new ReportGenerator().generate(ReportRequests.of(temp.resolve("digests"), out));

        Document newest = page(out.resolve("digest-channels/cs.CL.html"));
        Document older = page(out.resolve("digest-channels/cs.CL/2023.html"));
        assertThat(newest.select("tbody tr")).hasSize(count - 61);
        assertThat(older.select("tbody tr")).hasSize(61);
        assertThat(newest.select("main p").first().text()).startsWith(count + " digests · " + count + " entries");
        assertThat(newest.select("nav.pager")).as("pagination above and below the list").hasSize(2);
        assertThat(newest.select("nav.pager").first().select("a").eachText()).containsExactly("2024", "2023", "Next ›");
        assertThat(older.select("nav.pager a[aria-current=page]").eachText()).containsExactly("2023", "2023");
        assertThat(older.select("nav.pager a[rel=prev]").first().attr("href")).isEqualTo("../../digest-channels/cs.CL.html");
        Document dates = page(out.resolve("dates.html"));
        assertThat(dates.select("main > ul li a").eachText()).hasSize(count - 61).first().isEqualTo("cs.CL · 2024-02-09 09:00");
        assertThat(page(out.resolve("dates/2023.html")).select("main > ul li a")).hasSize(61);
        assertThat(dates.select("nav.pager")).hasSize(2);
        assertThat(dates.select("nav.pager").first().select("a").eachAttr("href")).containsExactly("dates.html",
                "dates/2023.html", "dates/2023.html");
        assertThat(page(out.resolve("digests/cs.CL_2023-11-01T0900_d0.html")).select("a.channel").attr("href"))
                .isEqualTo("../digest-channels/cs.CL/2023.html");
        assertThat(page(out.resolve("digests/cs.CL_2024-02-09T0900_d100.html")).select("a.channel").attr("href"))
                .isEqualTo("../digest-channels/cs.CL.html");
        assertThat(LinkChecker.brokenLinks(out)).isEmpty();
    }

    /**
     * A channel growing past the size that splits it by year, and shrinking back, is reported at
     * each step as a fresh run reports it, and a run without change writes nothing: the channel's
     * pages and its digests' links to them follow.
     */
    @Test
    void aChannelSplitAndJoinedAgainIsReportedAsAFreshRunReportsIt() throws IOException {
        Path digests = temp.resolve("digests");
        Path channel = Files.createDirectories(digests.resolve("cs.CL"));
        LocalDate day = LocalDate.of(2023, 11, 1);
        for (int i = 0; i < ReportGenerator.CHANNEL_PAGE_SIZE; i++) {
            writeDigest(channel, day.plusDays(i) + "T0900_d" + i + ".md", String.format("2311.%05d", i));
        }
        Path out = temp.resolve("kept/report");
        assertSameAsFresh(digests, out, "one page");
        assertThat(out.resolve("digest-channels/cs.CL")).doesNotExist();

        writeDigest(channel, day.plusDays(200) + "T0900_late.md", "2405.00001", "2405.00002");
        assertSameAsFresh(digests, out, "split by year");
        assertThat(out.resolve("digest-channels/cs.CL/2023.html")).exists();

        writeDigest(channel, day.plusDays(3) + "T0900_d3.md", "2311.00003", "2311.00103");
        assertSameAsFresh(digests, out, "an entry added to a digest of the older year");

        Files.delete(channel.resolve(day.plusDays(0) + "T0900_d0.md"));
        Files.delete(channel.resolve(day.plusDays(1) + "T0900_d1.md"));
        assertSameAsFresh(digests, out, "joined again");
        assertThat(out.resolve("digest-channels/cs.CL/2023.html")).doesNotExist();
        assertThat(page(out.resolve("digests/cs.CL_2023-11-03T0900_d2.html")).select("a[rel=prev]")).isEmpty();
    }

    private void assertSameAsFresh(Path digests, Path out, String step) throws IOException {
        new ReportGenerator().generate(ReportRequests.of(digests, out));
        Path fresh = temp.resolve("fresh-" + step.replace(' ', '-') + "/report");
        new ReportGenerator().generate(ReportRequests.of(digests, fresh));
        assertThat(OutputTree.differences(out, fresh)).as("kept report against a fresh one: %s", step).isEmpty();
        ReportResult again = new ReportGenerator().generate(ReportRequests.of(digests, out));
        assertThat(again.pagesWritten()).as("files a run without change wrote: %s", step).isZero();
        assertThat(LinkChecker.brokenLinks(out)).as("broken links: %s", step).isEmpty();
    }

    /**
     * The case of the issue: a month's digests list papers of older arXiv months, so by the id that
     * month holds almost nothing, by the digests' dates all they list.
     */
    @Test
    void monthsCountWhatTheDigestsOfEachMonthListAndTheChartsRunOverEveryMonth() throws IOException {
        Path channel = Files.createDirectories(temp.resolve("digests/cs.CL"));
        writeDigest(channel, "2025-01-06T0900_a.md", "2412.00001", "2412.00002");
        writeDigest(channel, "2025-03-03T0900_b.md", "2502.00001", "2502.00002", "2412.00001");
        writeDigest(channel, "2025-03-04T0900_c.md", "2502.00003", "2503.00001");
        writeDigest(channel, "2025-03-05T0900_d.md", "2502.00001");
        Path out = temp.resolve("report");
        new ReportGenerator().generate(ReportRequests.of(temp.resolve("digests"), out));

        Document months = page(out.resolve("months.html"));
        Element byDigests = months.selectFirst("section:has(#listed-heading)");
        Element byIds = months.selectFirst("section:has(#arxiv-heading)");
        assertThat(months.select("h2").eachText()).containsExactly("By the dates of the digests",
                "By the month in the arXiv id");
        assertThat(byDigests.select("ul.columns li").eachText()).containsExactly("2025-01 2 papers", "2025-03 5 papers");
        assertThat(byIds.select("ul.columns li").eachText()).containsExactly("2024-12 2 papers", "2025-02 3 papers",
                "2025-03 1 paper");
        Document march = page(out.resolve("digest-months/2025-03.html"));
        assertThat(march.select("h1").text()).isEqualTo("Papers listed in 2025-03");
        assertThat(march.select("ul.papers li .muted").eachText().stream().map(t -> t.substring(0, 10)))
                .containsExactlyInAnyOrder("2502.00001", "2502.00002", "2412.00001", "2502.00003", "2503.00001");

        // Entries by digest month, January to March with the empty February; every bar a link to its month.
        List<Element> listedBars = byDigests.select("svg g").stream().toList();
        assertThat(listedBars).extracting(g -> g.selectFirst("title").text())
                .containsExactly("2025-01: 2", "2025-02: 0", "2025-03: 6");
        assertThat(byDigests.select("svg a").eachAttr("href")).containsExactly("digest-months/2025-01.html",
                "digest-months/2025-03.html");
        assertThat(byIds.select("svg g title").eachText()).containsExactly("2024-12: 2", "2025-01: 0", "2025-02: 3",
                "2025-03: 1");
        assertThat(byIds.select("svg a").eachAttr("href")).containsExactly("months/2024-12.html",
                "months/2025-02.html", "months/2025-03.html");
        assertThat(months.select("svg[viewBox]")).as("no view box scales the labels down").isEmpty();
        assertThat(months.select("svg").eachAttr("width")).containsOnly("100%");
        assertThat(byIds.select("svg text.tick").eachText()).containsExactly("2025");

        Document index = page(out.resolve("index.html"));
        assertThat(index.select("figure.chart").first().select("svg g title").eachText())
                .containsExactly("2025-01: 2", "2025-02: 0", "2025-03: 6");
        assertThat(index.select("figure.chart.rows svg a").eachAttr("href")).containsExactly("channels/cs.CL.html");
        assertThat(index.select(".counts li").eachText()).as("months by the digests' dates").contains("2 months");
        assertThat(LinkChecker.brokenLinks(out)).isEmpty();
    }

    @Test
    void numbersAndPluralsFollowTheLocale() throws IOException {
        Path channel = Files.createDirectories(temp.resolve("digests/cs.CL"));
        DigestText digest = new DigestText();
        int papers = ReportGenerator.LIST_PAGE_SIZE + 234;
        for (int i = 1; i <= papers; i++) {
            digest.add(Item.of(String.format("2406.%05d", i), "Paper " + i));
        }
        Files.writeString(channel.resolve("2024-06-01T0900_big.md"), digest.toString());
        Path en = temp.resolve("en");
        Path zh = temp.resolve("zh");
        new ReportGenerator().generate(ReportRequests.of(temp.resolve("digests"), en));
        new ReportGenerator().generate(ReportRequests.of(temp.resolve("digests"), zh, Optional.empty(), Locale.CHINA));

        Document english = page(en.resolve("index.html"));
        assertThat(english.select(".counts li").eachText()).contains("1 digest", "1,234 entries",
                "1,234 distinct papers", "1 channel", "1 category", "1 month");
        assertThat(page(en.resolve("digest-channels/cs.CL.html")).select("main p").first().text())
                .startsWith("1 digest · 1,234 entries");
        assertThat(page(en.resolve("digests/cs.CL_2024-06-01T0900_big.html")).select("dl.facts dd").eachText())
                .contains("1,234");
        Document chinese = page(zh.resolve("index.html"));
        assertThat(chinese.select(".counts li").eachText()).contains("1,234 个条目");

        // A long list has its pages above and below it, apart from the A to Z bar.
        Document list = page(en.resolve("channels/cs.CL.html"));
        assertThat(list.select("nav.pager")).hasSize(2);
        assertThat(list.select("nav.pager").last().select("a[rel=next]").attr("href")).isEqualTo("../channels/cs.CL/2.html");
        assertThat(list.select("ul.letters nav.pager, nav.pager ul.letters")).isEmpty();
        Document letter = page(en.resolve("titles/P.html"));
        assertThat(letter.select("ul.letters")).hasSize(1);
        assertThat(letter.select("nav.pager")).hasSize(2);
    }

    @Test
    void textInTheOtherLanguageCarriesItsLang() throws IOException {
        Path en = temp.resolve("en");
        Path zh = temp.resolve("zh");
        new ReportGenerator().generate(ReportRequests.of(Fixtures.samples(), en));
        new ReportGenerator().generate(ReportRequests.of(Fixtures.samples(), zh, Optional.empty(), Locale.CHINA));

        for (Path out : List.of(en, zh)) {
            Document digest = page(out.resolve("digests/2025-03-03T0907_recent.html"));
            assertThat(digest.select("tbody tr td:nth-child(2)").eachAttr("lang")).as("titles in %s", out)
                    .hasSize(4).containsOnly("en");
            assertThat(digest.select("tbody tr td:nth-child(3)").eachAttr("lang")).as("summaries in %s", out)
                    .hasSize(4).containsOnly("zh");
            Document paper = page(out.resolve("papers/2402.17812.html"));
            assertThat(paper.select("h1").attr("lang")).isEqualTo("en");
            assertThat(paper.select(".translated-title").attr("lang")).isEqualTo("zh");
        }
        assertThat(page(zh.resolve("titles/D.html")).select("ul.papers li span[lang=en] a").eachText())
                .contains("DropBP: Accelerating Fine-Tuning of Large Language Models by Dropping Backward Propagation");
    }

    private static void writeDigest(Path folder, String name, String... ids) throws IOException {
        DigestText text = new DigestText();
        for (String id : ids) {
            text.add(Item.of(id, "Paper " + id));
        }
        Files.writeString(folder.resolve(name), text.toString());
    }
}
