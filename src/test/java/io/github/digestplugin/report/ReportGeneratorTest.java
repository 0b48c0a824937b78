package io.github.digestplugin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digestplugin.report.DigestText.Item;
import io.github.digestplugin.testing.Fixtures;
import io.github.digestplugin.testing.LinkChecker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportGeneratorTest {

    @TempDir
    Path temp;

    private static Document page(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    private static List<Path> htmlPages(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void seedListGivesFourPaperPagesLinkedFromItsDigestPage() throws Exception {
        Path out = temp.resolve("report");
        ReportResult result = new ReportGenerator().generate(ReportRequests.of(Fixtures.seed(), out));

        assertThat(result.digests()).isEqualTo(1);
        assertThat(result.entries()).isEqualTo(4);
        assertThat(result.papers()).isEqualTo(4);
        assertThat(result.upToDate()).isFalse();
        assertThat(result.index()).isEqualTo(out.resolve("index.html"));
        try (Stream<Path> papers = Files.list(out.resolve("papers"))) {
            assertThat(papers.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "2403.19243.html", "2403.06869.html", "2306.07207.html", "2305.00767.html",
                    "2403.19243.bib", "2403.06869.bib", "2306.07207.bib", "2305.00767.bib");
        }
        Document digest = page(out.resolve("digests/000_reading-list.html"));
        assertThat(digest.select("tbody tr")).hasSize(4);
        assertThat(digest.select("tbody tr a").eachAttr("href")).containsExactly(
                "../papers/2403.19243.html", "../papers/2403.06869.html", "../papers/2306.07207.html",
                "../papers/2305.00767.html");
        assertThat(digest.select("tr.malformed")).isEmpty();

        Document paper = page(out.resolve("papers/2403.19243.html"));
        assertThat(paper.select("h1").text()).isEqualTo("Sine Activated Low-Rank Matrices for Parameter Efficient Learning");
        assertThat(paper.select(".translated-title").text()).isEqualTo("用正弦激活的低秩矩阵实现参数高效学习");
        assertThat(paper.select("a[href=https://arxiv.org/abs/2403.19243]")).hasSize(1);
        assertThat(paper.select("a[href=https://arxiv.org/pdf/2403.19243]")).hasSize(1);
        assertThat(paper.select("p.abstract[lang=en]").text()).startsWith("Low-rank decomposition").doesNotContain("Announce Type");
        assertThat(paper.select("dd").eachText()).contains("new");

        Document index = page(out.resolve("index.html"));
        assertThat(index.select(".counts strong").eachText()).startsWith("1", "4", "4");
        assertThat(index.select("svg rect")).isNotEmpty();
        assertThat(headingLevels(index)).startsWith(1, 2);
        assertThat(LinkChecker.brokenLinks(out)).isEmpty();

        String bib = Files.readString(out.resolve("reading-list.bib"));
        assertThat(bib.split("@misc\\{", -1)).hasSize(5);
        assertThat(bib).contains("eprint = {2403.19243}", "archivePrefix = {arXiv}", "primaryClass = {cs.CV}",
                "url = {https://arxiv.org/abs/2403.19243}");
        assertThat(Files.readString(out.resolve("reading-list.json"))).contains("\"id\": \"2403.19243\"");
        parseXml(out.resolve("feed.atom"));
    }

    @Test
    void everyLayoutRendersWithEveryLinkResolving() throws Exception {
        Path out = temp.resolve("report");
        ReportResult result = new ReportGenerator().generate(ReportRequests.of(Fixtures.samples(), out));

        assertThat(result.digests()).isEqualTo(10);
        assertThat(Files.exists(out.resolve("digests/2026-08-22_empty.html"))).isTrue();
        assertThat(page(out.resolve("digests/2026-08-22_empty.html")).select("tbody tr")).isEmpty();
        for (Path html : htmlPages(out)) {
            Document page = page(html);
            assertThat(page.select("h1")).as("one h1 on %s", html).hasSize(1);
            assertThat(headingLevels(page)).as("heading levels of %s never skip down", html)
                    .satisfies(levels -> {
                        for (int i = 1; i < levels.size(); i++) {
                            assertThat(levels.get(i)).isLessThanOrEqualTo(levels.get(i - 1) + 1);
                        }
                    });
            assertThat(page.select("input:not([id])")).as("inputs without label on %s", html).isEmpty();
        }
        org.w3c.dom.Document feed = parseXml(out.resolve("feed.atom"));
        // Fewer papers than the feed holds: every one is in it (the cap: longListsAreSplitIntoLinkedParts).
        assertThat(result.papers()).isLessThan(ReportGenerator.FEED_SIZE);
        assertThat(feed.getElementsByTagName("entry").getLength()).isEqualTo(result.papers());
        assertThat(LinkChecker.brokenLinks(out)).isEmpty();
    }

    @Test
    void hostileTextInEveryFieldNeverBecomesActive() throws Exception {
        String hostile = "<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) \"><";
        Path digests = Files.createDirectories(temp.resolve("digests/\"><svg onload=alert(1)>"));
        Item evil = new Item("Evil " + hostile, "https://arxiv.org/abs/2403.11111", "恶意 " + hostile,
                "总结 " + hostile, "Summary " + hostile, "摘要 " + hostile,
                "arXiv:2403.11111v1 Announce Type: new  Abstract: " + hostile + " <a href=\"javascript:alert(2)\">y</a>");
        Item badUrl = new Item(hostile, "javascript:alert(3)", hostile, hostile, hostile, hostile, hostile);
        Item badCategory = new Item("Cat (arXiv:2403.22222v1 [cs.<b>x</b>])", "https://arxiv.org/abs/2403.22222",
                hostile, hostile, "", hostile, "[ok](https://example.org/\"onmouseover=alert(4)) ![i](https://evil.example/x.png)");
        Files.writeString(digests.resolve("2024-03-20_\"><img src=x onerror=alert(1)>.md"),
                new DigestText().add(evil).add(badUrl).add(badCategory).toString());
        Path out = temp.resolve("report");

        ReportResult result = new ReportGenerator().generate(ReportRequests.of(temp.resolve("digests"), out));

        assertThat(result.papers()).isEqualTo(2);
        List<String> active = new ArrayList<>();
        for (Path html : htmlPages(out)) {
            Document page = page(html);
            for (Element element : page.getAllElements()) {
                String tag = element.tagName();
                if (tag.equals("script") && isOwnScript(out, html, element)) {
                    continue;
                }
                if (tag.equals("script") || tag.equals("img") || tag.equals("iframe") || tag.equals("object")
                        || tag.equals("embed") || tag.equals("svg") && element.hasAttr("onload")) {
                    active.add(html.getFileName() + ": <" + tag + ">");
                }
                element.attributes().forEach(attribute -> {
                    String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                    if (attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on")
                            || value.startsWith("javascript:") || value.startsWith("data:")
                            || (attribute.getKey().equals("href") || attribute.getKey().equals("src"))
                                    && value.contains("evil.example")) {
                        active.add(html.getFileName() + ": " + attribute);
                    }
                });
            }
        }
        assertThat(active).isEmpty();
        Document paper = page(out.resolve("papers/2403.11111.html"));
        assertThat(paper.select("h1").text()).as("shown as text").contains("<script>alert(1)</script>");
        assertThat(paper.select("p.abstract[lang=en]").text()).contains("<a href=\"javascript:alert(2)\">y</a>");
        assertThat(Files.readString(out.resolve("reading-list.json"))).doesNotContain("<script>");
        assertThat(Files.readString(out.resolve("reading-list.bib"))).doesNotContain("primaryClass = {cs.<b>");
        parseXml(out.resolve("feed.atom"));
        assertThat(LinkChecker.brokenLinks(out)).isEmpty();
    }

    @Test
    void damagedDigestsAreRenderedAsFarAsTheyParseWithTheirProblemsLinked() throws Exception {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        String good = new DigestText().add(Item.of("2405.00001", "Kept paper")).add(Item.of("2405.00002", "Second")).toString();
        String rowWithoutDefinition = good.replace("| [^2] |", "| [^3] |");
        Files.writeString(digests.resolve("2024-05-01_orphan.md"), rowWithoutDefinition);
        Files.writeString(digests.resolve("2024-05-02_truncated.md"), good.substring(0, good.length() - 40));
        byte[] bytes = good.getBytes(StandardCharsets.UTF_8);
        bytes[good.indexOf("Kept")] = (byte) 0xC3;
        Files.write(digests.resolve("2024-05-03_bytes.md"), bytes);
        Path out = temp.resolve("report");

        ReportResult result = new ReportGenerator().generate(ReportRequests.of(digests, out));

        assertThat(result.digests()).isEqualTo(3);
        assertThat(result.errors()).isPositive();
        Document orphan = page(out.resolve("digests/2024-05-01_orphan.html"));
        assertThat(orphan.select("tbody tr")).hasSize(3);
        assertThat(orphan.select("tr.malformed").eachAttr("id")).contains("entry-2");
        assertThat(orphan.select("tr.malformed a.badge.error").eachAttr("href"))
                .allMatch(href -> href.startsWith("../problems/") && href.contains(".html#p-")).isNotEmpty();
        assertThat(orphan.select("dl.facts a").eachAttr("href")).anyMatch(h -> h.startsWith("../problems/files.html#f-"));
        assertThat(page(out.resolve("digests/2024-05-02_truncated.html")).select("tr.malformed")).isNotEmpty();
        assertThat(Files.exists(out.resolve("papers/2405.00001.html"))).isTrue();

        Document problems = page(out.resolve("problems.html"));
        assertThat(page(out.resolve("problems/files.html")).select("tbody a").eachAttr("href")).containsExactly(
                "../digests/2024-05-01_orphan.html", "../digests/2024-05-02_truncated.html",
                "../digests/2024-05-03_bytes.html");
        assertThat(problems.select("#rule-missing-definition li a").eachAttr("href"))
                .anyMatch(h -> h.startsWith("digests/2024-05-01_orphan.html#entry-"));
        assertThat(problems.select("#rule-encoding li").eachText()).singleElement().asString()
                .startsWith("2024-05-03_bytes.md:").contains("Line holds bytes that are not valid UTF-8");
        // Every badge links to a finding its rule's page lists.
        for (Element badge : orphan.select("a.badge")) {
            String href = badge.attr("href");
            Document rulePage = page(out.resolve("digests").resolve(href.substring(0, href.indexOf('#'))).normalize());
            assertThat(rulePage.getElementById(href.substring(href.indexOf('#') + 1))).as(href).isNotNull();
        }
        assertThat(LinkChecker.brokenLinks(out)).isEmpty();
    }

    /**
     * Ten thousand rows without definitions (and without arXiv links, so no paper pages): every
     * row carries its own two findings, and every finding links to its row. The findings were
     * matched to rows by scanning all rows for each finding.
     */
    @Test
    void findingsOfTenThousandRowsWithoutDefinitionsEachLinkToTheirRow() throws Exception {
        int rows = 10_000;
        StringBuilder text = new StringBuilder("# 摘要\n\n| Ref | Title | Summary |\n| --- | --- | --- |\n");
        for (int i = 1; i <= rows; i++) {
            text.append("| [^").append(i).append("] | [Paper ").append(i).append("](https://example.org/").append(i)
                    .append(") | 总结 |\n");
        }
        text.append("\n# 详细\n");
        Path digests = Files.createDirectories(temp.resolve("digests"));
        Files.writeString(digests.resolve("2024-05-01_rows.md"), text);
        Path out = temp.resolve("report");

        ReportResult result = new ReportGenerator().generate(ReportRequests.of(digests, out));

        assertThat(result.entries()).isEqualTo(rows);
        Document page = page(out.resolve("digests/2024-05-01_rows.html"));
        assertThat(page.select("tbody tr")).hasSize(rows).allSatisfy(row ->
                assertThat(row.select(".badge.error")).as(row.id()).hasSize(1));
        Document problems = page(out.resolve("problems.html"));
        assertThat(problems.select("#errors ~ section li")).hasSize(2 * ProblemsModel.PREVIEW);
        List<Element> items = new ArrayList<>();
        for (String rule : List.of("missing-definition", "url-invalid")) {
            items.addAll(page(out.resolve(ProblemsModel.rulePage(rule))).select("ul.findings li"));
        }
        assertThat(items).hasSize(2 * rows);
        for (Element item : items) {
            String location = item.selectFirst("a").text();
            int line = Integer.parseInt(location.split(":")[1]);
            assertThat(item.selectFirst("a").attr("href")).endsWith("#entry-" + (line - 4));
        }
    }

    @Test
    void longListsAreSplitIntoLinkedParts() throws Exception {
        Path channel = Files.createDirectories(temp.resolve("digests/cs.CL"));
        DigestText digest = new DigestText();
        int papers = ReportGenerator.LIST_PAGE_SIZE + 1;
        for (int i = 1; i <= papers; i++) {
            digest.add(Item.of(String.format("2406.%05d", i), "Paper " + i));
        }
        Files.writeString(channel.resolve("2024-06-01.md"), digest.toString());
        Path out = temp.resolve("report");

        new ReportGenerator().generate(ReportRequests.of(temp.resolve("digests"), out));

        Document first = page(out.resolve("channels/cs.CL.html"));
        Document second = page(out.resolve("channels/cs.CL/2.html"));
        assertThat(first.select("ul.papers li")).hasSize(ReportGenerator.LIST_PAGE_SIZE);
        assertThat(second.select("ul.papers li")).hasSize(1);
        assertThat(second.select("nav a[aria-current=page]").eachText()).contains("2");
        assertThat(second.select("link[rel=stylesheet]").attr("href")).isEqualTo("../../style.css");
        assertThat(parseXml(out.resolve("feed.atom")).getElementsByTagName("entry").getLength())
                .isEqualTo(ReportGenerator.FEED_SIZE);
        assertThat(LinkChecker.brokenLinks(out)).isEmpty();
    }

    @Test
    void userTemplateReplacesItsDefaultAndTheOthersFallBack() throws Exception {
        Path templates = Files.createDirectories(temp.resolve("my-templates"));
        Files.writeString(templates.resolve("paper.vm"),
                "#set($pageTitle = $paper.id)\n<h1 class=\"custom\">Custom $paper.id</h1>\n");
        Path out = temp.resolve("report");

        new ReportGenerator().generate(ReportRequests.of(Fixtures.seed(), out, Optional.of(templates), Locale.ENGLISH));

        Document paper = page(out.resolve("papers/2403.19243.html"));
        assertThat(paper.select("h1.custom").text()).isEqualTo("Custom 2403.19243");
        assertThat(paper.select("header nav a")).as("the default layout still wraps it").hasSize(7);
        assertThat(page(out.resolve("digests/000_reading-list.html")).select("tbody tr")).hasSize(4);
        assertThat(LinkChecker.brokenLinks(out)).isEmpty();
    }

    @Test
    void missingTemplateDirectoryIsReportedByName() {
        Path missing = temp.resolve("nowhere");
        assertThatThrownBy(() -> new ReportGenerator().generate(ReportRequests.of(Fixtures.seed(),
                temp.resolve("report"), Optional.of(missing), Locale.ENGLISH)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(missing.toString());
    }

    /**
     * Infos (non-canonical urls) never reach a reading page; the problems page counts them per rule
     * and lists the first {@link ProblemsModel#INFO_LIMIT} of each rule folded, after the errors;
     * every message is in the report's language.
     */
    /** A digest of {@code count} entries of the month {@code yymm}, each url not canonical (http). */
    private static DigestText withNonCanonicalUrls(String yymm, int count) {
        DigestText text = new DigestText();
        for (int i = 1; i <= count; i++) {
            String id = String.format("%s.%05d", yymm, i);
            text.add(new Item("Paper " + i, "http://arxiv.org/abs/" + id, "译" + i, "总结" + i, "", "摘要" + i,
                    "arXiv:" + id + " Announce Type: new  Abstract: Abstract " + i));
        }
        return text;
    }

    /**
     * A run in which every export record changed (another title is in every key) past the number
     * made from papers read one by one reads the rest in one pass: the exports are a fresh run's.
     */
    @Test
    void exportsWhoseRecordsAllChangedAreAFreshRunsPastTheOnesReadOneByOne() throws Exception {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        DigestText text = new DigestText();
        for (int i = 1; i <= 300; i++) {
            text.add(Item.of(String.format("2409.%05d", i), "Paper " + i));
        }
        Files.writeString(digests.resolve("2024-09-01.md"), text.toString());
        Path kept = temp.resolve("kept");
        Path fresh = temp.resolve("fresh");

        new ReportGenerator().generate(ReportRequests.of(digests, kept, Optional.empty(), Locale.ENGLISH, "Old title"));
        new ReportGenerator().generate(ReportRequests.of(digests, kept, Optional.empty(), Locale.ENGLISH, "New title"));
        new ReportGenerator().generate(ReportRequests.of(digests, fresh, Optional.empty(), Locale.ENGLISH, "New title"));

        for (String export : List.of("reading-list.json", "reading-list.bib")) {
            assertThat(Files.readString(kept.resolve(export))).as(export).isEqualTo(Files.readString(fresh.resolve(export)));
        }
        assertThat(Files.readString(kept.resolve("reading-list.json"))).contains("2409.00300");
    }

    /**
     * Past the infos the problems page lists, a file's infos are counted, not listed, while its
     * errors and warnings still are: every count is the whole run's.
     */
    @Test
    void infosPastTheListedOnesAreCountedAndTheLaterFilesWarningsListed() throws Exception {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        int first = ProblemsModel.INFO_LIMIT / 2 + 10;
        int second = 30;
        DigestText a = withNonCanonicalUrls("2407", first);
        DigestText b = withNonCanonicalUrls("2408", second);
        b.add(Item.of("2408.99999", "Empty abstract").withAbstractZh(""));
        Files.writeString(digests.resolve("2024-07-01.md"), a.toString());
        Files.writeString(digests.resolve("2024-08-01.md"), b.toString());
        Path out = temp.resolve("report");

        new ReportGenerator().generate(ReportRequests.of(digests, out, Optional.empty(), Locale.ENGLISH));

        Document problems = page(out.resolve("problems.html"));
        Element folded = problems.selectFirst("details#rule-url-canonical");
        // Each entry's url is non-canonical twice: in its row and in its definition.
        int infos = 2 * (first + second);
        assertThat(folded.select("summary").text()).contains(Integer.toString(infos));
        assertThat(folded.select("li")).hasSize(ProblemsModel.INFO_LIMIT);
        assertThat(folded.select("li a").eachAttr("href")).allMatch(h -> h.startsWith("digests/2024-07-01.html#entry-"));
        assertThat(folded.select("p.muted").text()).contains(Integer.toString(infos - ProblemsModel.INFO_LIMIT));
        Document warning = page(out.resolve("problems/empty-abstract-zh.html"));
        assertThat(warning.select("li[id]")).hasSize(1);
        assertThat(warning.select("li[id] a[href^=../digests/2024-08-01.html#entry-]")).isNotEmpty();
        assertThat(page(out.resolve("problems/files.html")).select("tbody tr").text()).contains("2024-08-01.md");
        assertThat(LinkChecker.brokenLinks(out)).isEmpty();
    }

    @Test
    void infosStayOnTheProblemsPageFoldedAndMessagesAreInTheReadersLanguage() throws Exception {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        int infos = ProblemsModel.INFO_LIMIT + 20;
        DigestText text = withNonCanonicalUrls("2407", infos);
        text.add(Item.of("2407.99999", "Empty abstract").withAbstractZh(""));
        Files.writeString(digests.resolve("2024-07-01.md"), text.toString());
        Path zh = temp.resolve("zh");
        Path en = temp.resolve("en");

        new ReportGenerator().generate(ReportRequests.of(digests, zh, Optional.empty(), Locale.CHINA));
        new ReportGenerator().generate(ReportRequests.of(digests, en, Optional.empty(), Locale.ENGLISH));

        for (Path out : List.of(zh, en)) {
            Document digest = page(out.resolve("digests/2024-07-01.html"));
            assertThat(digest.select("a.badge")).as("only the warning's entry has a badge").hasSize(1);
            assertThat(digest.select("a.badge.warning").attr("href")).startsWith("../problems/empty-abstract-zh.html#p-");
            assertThat(digest.text()).doesNotContain("canonical", "规范", "http://arxiv.org");
            assertThat(page(out.resolve("papers/2407.00001.html")).text()).doesNotContain("canonical", "规范");
            Document problems = page(out.resolve("problems.html"));
            assertThat(problems.select("h2").eachAttr("id")).containsExactly("warnings", "infos");
            Element folded = problems.selectFirst("details#rule-url-canonical");
            // Each entry's url is non-canonical twice: in its row and in its definition.
            assertThat(folded.select("summary").text()).contains("url-canonical", Integer.toString(2 * infos));
            assertThat(folded.select("li")).hasSize(ProblemsModel.INFO_LIMIT);
            assertThat(folded.select("li a").eachAttr("href")).allMatch(h -> h.startsWith("digests/2024-07-01.html#entry-"));
            assertThat(folded.select("p.muted").text()).contains(Integer.toString(2 * infos - ProblemsModel.INFO_LIMIT));
            assertThat(page(out.resolve("problems/empty-abstract-zh.html")).select("li").attr("id"))
                    .isEqualTo(digest.select("a.badge").attr("href").substring("../problems/empty-abstract-zh.html#".length()));
            assertThat(page(out.resolve("problems/files.html")).select("tbody tr")).hasSize(1);
            assertThat(LinkChecker.brokenLinks(out)).isEmpty();
        }
        Document chinese = page(zh.resolve("problems.html"));
        assertThat(chinese.select("#rule-url-canonical li").first().text()).startsWith("2024-07-01.md:")
                .endsWith(" 行 [^1] 中的链接 `http://arxiv.org/abs/2407.00001` 不是规范形式；请使用"
                        + " https://arxiv.org/abs/2407.00001");
        assertThat(chinese.select("#rule-empty-abstract-zh p").text()).startsWith("中文摘要为空。");
        assertThat(chinese.select("#rule-empty-abstract-zh li").text()).contains("的中文摘要（第 5 个字段）为空");
        Document english = page(en.resolve("problems.html"));
        assertThat(english.select("#rule-url-canonical li").first().text()).endsWith(
                "Url `http://arxiv.org/abs/2407.00001` in row [^1] is not canonical; use https://arxiv.org/abs/2407.00001");
        assertThat(english.select("#rule-empty-abstract-zh a[href]").eachAttr("href"))
                .contains("https://digestplugin.github.io/digest-maven-plugin/rules.html#empty-abstract-zh");
    }

    /** The problems page is in the page plan: kept when its findings are, written again when one changes. */
    @Test
    void theProblemsPageIsRenderedOnlyWhenItsFindingsChange() throws Exception {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        String good = new DigestText().add(Item.of("2408.00001", "One")).add(Item.of("2408.00002", "Two")).toString();
        Files.writeString(digests.resolve("2024-08-01.md"), good);
        Files.writeString(digests.resolve("2024-08-02.md"), good.replace("2408.0000", "2408.1000"));
        Path out = temp.resolve("report");
        new ReportGenerator().generate(ReportRequests.of(digests, out));
        FileTime written = Files.getLastModifiedTime(out.resolve("problems.html"));
        String before = Files.readString(out.resolve("problems.html"));

        Files.writeString(digests.resolve("2024-08-02.md"), good.replace("2408.0000", "2408.1000")
                .replace("总结Two", "改过的总结"));
        ReportResult second = new ReportGenerator().generate(ReportRequests.of(digests, out));
        assertThat(second.pagesWritten()).as("the changed digest's page and its paper's were").isPositive();
        assertThat(Files.getLastModifiedTime(out.resolve("problems.html"))).isEqualTo(written);
        assertThat(Files.readString(out.resolve("problems.html"))).isEqualTo(before);

        Files.writeString(digests.resolve("2024-08-02.md"), good.replace("2408.0000", "2408.1000")
                .replace("https://", "http://"));
        new ReportGenerator().generate(ReportRequests.of(digests, out));
        assertThat(Files.readString(out.resolve("problems.html"))).isNotEqualTo(before).contains("url-canonical");
    }

    @Test
    void interfaceTextFollowsTheLocale() throws Exception {
        Path zh = temp.resolve("zh");
        Path en = temp.resolve("en");
        new ReportGenerator().generate(ReportRequests.of(Fixtures.seed(), zh, Optional.empty(), Locale.CHINA));
        new ReportGenerator().generate(ReportRequests.of(Fixtures.seed(), en, Optional.empty(), Locale.ENGLISH));

        Document chinese = page(zh.resolve("papers/2403.19243.html"));
        Document english = page(en.resolve("papers/2403.19243.html"));
        assertThat(chinese.select("html").attr("lang")).isEqualTo("zh");
        assertThat(english.select("html").attr("lang")).isEqualTo("en");
        assertThat(chinese.select("h2").eachText()).contains("中文摘要", "出现于");
        assertThat(english.select("h2").eachText()).contains("Abstract (Chinese)", "Appeared in");
        assertThat(chinese.select("label[for=site-q]").text()).isEqualTo("搜索论文");
        assertThat(english.select("label[for=site-q]").text()).isEqualTo("Search papers");
    }

    @Test
    void secondRunIsUpToDateAndAChangedDigestRewritesOnlyWhatItAffects() throws Exception {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        try (Stream<Path> samples = Files.list(Fixtures.samples())) {
            for (Path sample : samples.toList()) {
                Files.copy(sample, digests.resolve(sample.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        Path out = temp.resolve("report");
        ReportResult first = new ReportGenerator().generate(ReportRequests.of(digests, out));
        assertThat(first.pagesWritten()).isGreaterThan(first.papers());

        ReportResult second = new ReportGenerator().generate(ReportRequests.of(digests, out));
        assertThat(second.upToDate()).isTrue();
        assertThat(second.pagesWritten()).isZero();
        assertThat(second.papers()).isEqualTo(first.papers());
        assertThat(second.entries()).isEqualTo(first.entries());

        FileTime old = FileTime.fromMillis(86_400_000L);
        for (Path file : allFiles(out)) {
            Files.setLastModifiedTime(file, old);
        }
        Path changed = digests.resolve("2025-03-03T0907_recent.md");
        String text = Files.readString(changed, StandardCharsets.UTF_8);
        Files.writeString(changed, text.replaceFirst("(?m)^(\\| \\[\\^1\\] \\|[^\\n]*\\| )[^|\\n]+( \\|)$", "$1改过的总结$2")
                .replaceFirst("(?m)^(\\[\\^1\\]:[^\\n]*\\n\\n[^\\n]*\\n\\n[^\\n]*\\n\\n    )[^\\n]+", "$1改过的总结"));
        String paperOfFirstEntry = Jsoup.parse(out.resolve("digests/2025-03-03T0907_recent.html").toFile())
                .select("tbody tr a").first().attr("href").substring("../".length());

        ReportResult third = new ReportGenerator().generate(ReportRequests.of(digests, out));

        assertThat(third.upToDate()).isFalse();
        List<String> rewritten = allFiles(out).stream()
                .filter(f -> !rewrittenSince(f, old))
                .map(f -> out.relativize(f).toString().replace('\\', '/'))
                .toList();
        assertThat(rewritten).contains("digests/2025-03-03T0907_recent.html", paperOfFirstEntry, "reading-list.json")
                .doesNotContain("index.html", "digests/2024-02-05T0907_rss-urls.html", "style.css");
        assertThat(third.pagesWritten()).isEqualTo(rewritten.size());
        assertThat(third.pagesUnchanged()).isEqualTo(first.pagesWritten() - rewritten.size());
        assertThat(page(out.resolve(paperOfFirstEntry)).select("p[lang=zh]").eachText()).contains("改过的总结");
        assertThat(LinkChecker.brokenLinks(out)).isEmpty();

        Files.delete(out.resolve(paperOfFirstEntry));
        ReportResult fourth = new ReportGenerator().generate(ReportRequests.of(digests, out));
        assertThat(fourth.upToDate()).as("a deleted page is not up to date").isFalse();
        assertThat(fourth.pagesWritten()).isEqualTo(1);
        assertThat(out.resolve(paperOfFirstEntry)).exists();
    }

    /**
     * Output damaged after a run (a page cut short, a search shard deleted, a page edited in place
     * to the same size) is not taken as up to date: the next run rewrites exactly the damaged file,
     * as a fresh build writes it, and a forced re-render does not count a damaged page unchanged.
     */
    @Test
    void damagedOutputIsRestoredAsAFreshBuildWritesIt() throws Exception {
        Path out = temp.resolve("report");
        Path fresh = temp.resolve("fresh");
        new ReportGenerator().generate(ReportRequests.of(Fixtures.seed(), fresh));
        new ReportGenerator().generate(ReportRequests.of(Fixtures.seed(), out));
        String page = "papers/2403.19243.html";
        String shard;
        try (Stream<Path> search = Files.list(out.resolve("search"))) {
            shard = "search/" + search.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("idx-"))
                    .sorted().findFirst().orElseThrow();
        }

        byte[] whole = Files.readAllBytes(out.resolve(page));
        Files.write(out.resolve(page), java.util.Arrays.copyOf(whole, whole.length / 2));
        assertRestoredAlone(out, fresh, page);

        Files.delete(out.resolve(shard));
        assertRestoredAlone(out, fresh, shard);

        String edited = Files.readString(out.resolve(page)).replace("Sine Activated", "Sine Activates");
        FileTime written = Files.getLastModifiedTime(out.resolve(page));
        Files.writeString(out.resolve(page), edited);
        // An edit moves the time; set here, since the clock may not have moved since the write.
        Files.setLastModifiedTime(out.resolve(page), FileTime.fromMillis(written.toMillis() + 2000));
        assertThat(Files.size(out.resolve(page))).isEqualTo(whole.length);
        assertRestoredAlone(out, fresh, page);

        Files.write(out.resolve(page), java.util.Arrays.copyOf(whole, whole.length / 2));
        Files.delete(ReportGenerator.stateFolder(ReportRequests.of(Fixtures.seed(), out)).resolve(Fingerprint.FILE));
        ReportResult forced = new ReportGenerator().generate(ReportRequests.of(Fixtures.seed(), out));
        assertThat(forced.pagesWritten()).as("a forced re-render rewrites the cut page").isEqualTo(1);
        assertThat(out.resolve(page)).hasSameBinaryContentAs(fresh.resolve(page));

        ReportResult again = new ReportGenerator().generate(ReportRequests.of(Fixtures.seed(), out));
        assertThat(again.upToDate()).isTrue();
    }

    private static void assertRestoredAlone(Path out, Path fresh, String file) throws IOException {
        ReportResult result = new ReportGenerator().generate(ReportRequests.of(Fixtures.seed(), out));
        assertThat(result.upToDate()).as("damaged " + file + " is not up to date").isFalse();
        assertThat(result.pagesWritten()).as("only " + file + " is rewritten").isEqualTo(1);
        assertThat(out.resolve(file)).hasSameBinaryContentAs(fresh.resolve(file));
        assertThat(new ReportGenerator().generate(ReportRequests.of(Fixtures.seed(), out)).upToDate()).isTrue();
    }

    /** A script of the report itself: loaded from its assets folder, nothing inline. */
    private static boolean isOwnScript(Path report, Path page, Element script) {
        String src = script.attr("src");
        Path target = page.getParent().resolve(src).normalize();
        return !src.isEmpty() && !src.contains(":") && script.data().isBlank()
                && target.startsWith(report.resolve("assets")) && Files.isRegularFile(target);
    }

    private static boolean rewrittenSince(Path file, FileTime old) {
        try {
            return Files.getLastModifiedTime(file).equals(old);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> allFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static List<Integer> headingLevels(Document page) {
        return page.select("h1, h2, h3, h4, h5, h6").stream()
                .map(h -> Integer.parseInt(h.tagName().substring(1)))
                .toList();
    }

    private static org.w3c.dom.Document parseXml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
