package io.github.digestplugin.report;

import static io.github.digestplugin.testing.HeadlessChromium.deleteTree;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.testing.Fixtures;
import io.github.digestplugin.testing.HeadlessChromium;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the Debian packages' headless Chromium over the report of the test digests, opened
 * from {@code file://}: the overview renders, a Chinese and an English query find their paper, a
 * result leads to the paper's page, results from many chunks of a larger index each show their
 * own record; matches are marked, the query survives Back, the keyboard drives the results, a slip
 * is forgiven, a Chinese phrase needs its characters together, a whole word outranks a longer one;
 * the console stays free of errors; a digest's channel and neighbour links lead there;
 * on a phone nothing scrolls sideways, the header stays short and tables become cards; the dark
 * theme and print styles apply. Screenshots at desktop and
 * phone width go to {@code target/screenshots/}. Without Chromium the test fails: it is part of
 * the build, installed by {@code .ci/run}.
 */
class BrowserTest {

    private static final Path REPORT = Path.of("target/browser-report").toAbsolutePath();
    /** A report whose search index has many document chunks, of digests written here. */
    private static final Path CHUNKED_DIGESTS = Path.of("target/browser-chunked-digests").toAbsolutePath();
    private static final Path CHUNKED_REPORT = Path.of("target/browser-chunked-report").toAbsolutePath();
    private static final int CHUNKED_PAPERS = 600;
    private static final int TOPICS = 60;
    private static final Path SCREENSHOTS = Path.of("target/screenshots").toAbsolutePath();
    private static final Duration WAIT = Duration.ofSeconds(20);

    /** "GOAT-Bench: ... Meme-Based Social Abuse" (2025-03-03 digest): 社交虐待 sits inside 社交虐待研究. */
    private static final String CHINESE_QUERY = "社交虐待";
    private static final String CHINESE_HIT = "papers/2401.01523.html";
    /** "DropBP: Accelerating Fine-Tuning ...", typed as a prefix of the word. */
    private static final String ENGLISH_QUERY = "dropb";
    private static final String ENGLISH_HIT = "papers/2402.17812.html";

    private static ReportResult report;
    private static HeadlessChromium chromium;
    private static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() throws IOException {
        deleteTree(REPORT);
        report = new ReportGenerator().generate(ReportRequests.of(Fixtures.samples(), REPORT));
        writeChunkedReport();
        Files.createDirectories(SCREENSHOTS);
        chromium = new HeadlessChromium();
        driver = chromium.driver();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void desktopWidth() {
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void overviewRendersWithTheCounts() throws IOException {
        open("index.html");
        assertThat(driver.getTitle()).contains("Reading list");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Reading list");
        List<String> counts = driver.findElements(By.cssSelector(".counts strong")).stream()
                .map(WebElement::getText).toList();
        assertThat(counts).startsWith(String.valueOf(report.digests()), String.valueOf(report.entries()),
                String.valueOf(report.papers()));
        assertThat(driver.findElements(By.cssSelector(".chart svg rect"))).isNotEmpty();
        screenshot("index-desktop");
        phoneWidth();
        open("index.html");
        screenshot("index-375");
        assertNoConsoleErrors();
    }

    /**
     * A digest of infos only reads as a reading list (no badge, no message under a title); a digest
     * with an error carries a badge that leads to the finding on the problems page, which lists
     * errors first and keeps its infos folded.
     */
    @Test
    void readingPagesShowNoLintAndABadgeLeadsToItsFindingOnTheProblemsPage() throws IOException {
        open("digests/2024-02-05T0907_rss-urls.html");
        assertThat(driver.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".badge"))).isEmpty();
        for (WebElement title : driver.findElements(By.cssSelector("tbody td:nth-child(2)"))) {
            assertThat(title.getText()).as("nothing under the title but the title")
                    .isEqualTo(title.findElement(By.tagName("a")).getText());
        }
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("canonical", "rss.arxiv.org");
        screenshot("digest-infos-only-desktop");

        open("digests/2024-02-22T0913_cell-pipe.html");
        List<WebElement> badges = driver.findElements(By.cssSelector("a.badge.error"));
        assertThat(badges).hasSize(1);
        assertThat(badges.get(0).getText()).isEqualTo("error");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("Unescaped");
        screenshot("digest-badge-desktop");
        badges.get(0).click();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().contains("problems/cell-pipe.html#p-"));
        String id = driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf('#') + 1);
        WebElement finding = driver.findElement(By.id(id));
        assertThat(finding.getText()).startsWith("2024-02-22T0913_cell-pipe.md:6:").contains("Unescaped `|`");
        assertThat(((Number) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].getBoundingClientRect().top", finding)).doubleValue())
                .as("scrolled to the finding").isBetween(-1.0, 900.0);
        screenshot("problems-rule-desktop");
        open("problems.html");
        List<String> sections = driver.findElements(By.cssSelector("main h2")).stream()
                .map(h -> h.getDomAttribute("id")).toList();
        assertThat(sections).startsWith("errors").contains("infos");
        assertThat(sections.indexOf("errors")).isLessThan(sections.indexOf("infos"));
        WebElement infos = driver.findElement(By.cssSelector("details#rule-url-canonical"));
        assertThat(infos.getDomAttribute("open")).isNull();
        assertThat(infos.findElements(By.tagName("li"))).isNotEmpty()
                .allSatisfy(item -> assertThat(item.isDisplayed()).isFalse());
        screenshot("problems-desktop");
        infos.findElement(By.tagName("summary")).click();
        assertThat(infos.findElements(By.tagName("li")).get(0).isDisplayed()).isTrue();
        phoneWidth();
        open("problems.html");
        screenshot("problems-375");
        assertNoConsoleErrors();
    }

    @Test
    void chineseQueryFindsTheWordInsideALongerOneAndItsResultLeadsToThePaper() throws IOException {
        open("index.html");
        WebElement headerSearch = driver.findElement(By.id("site-q"));
        headerSearch.sendKeys(CHINESE_QUERY, Keys.ENTER);
        waitForAnswer(CHINESE_QUERY);
        assertThat(driver.getCurrentUrl()).contains("search.html?q=");
        assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo(CHINESE_QUERY);
        assertThat(resultLinks()).contains(CHINESE_HIT);
        assertThat(driver.findElement(By.id("search-status")).getText()).matches("\\d+ papers? found\\.");
        screenshot("search-zh-desktop");

        driver.findElement(By.cssSelector("#search-results a[href='" + CHINESE_HIT + "']")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().endsWith(CHINESE_HIT));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("GOAT-Bench");
        assertNoConsoleErrors();
    }

    @Test
    void englishPrefixTypedInTheSearchPageFindsThePaperAndTheKeyboardReachesIt() throws IOException {
        open("search.html");
        WebElement input = driver.findElement(By.id("q"));
        input.sendKeys(ENGLISH_QUERY);
        waitForAnswer(ENGLISH_QUERY);
        assertThat(resultLinks()).containsExactly(ENGLISH_HIT);
        // Enter searches at once and puts the query into the address, so that the page can be bookmarked.
        ((JavascriptExecutor) driver).executeScript("window.digestSearch.last = null;");
        input.sendKeys(Keys.ENTER);
        waitForAnswer(ENGLISH_QUERY);
        assertThat(driver.getCurrentUrl()).endsWith("search.html?q=" + ENGLISH_QUERY);
        assertThat(resultLinks()).containsExactly(ENGLISH_HIT);
        assertThat(driver.findElement(By.cssSelector("#search-results li")).getText())
                .contains("DropBP", "反向传播");

        input.sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getAttribute("type")).isEqualTo("submit");
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getAttribute("href")).endsWith(ENGLISH_HIT);
        focused.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().endsWith(ENGLISH_HIT));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("DropBP");

        phoneWidth();
        open("search.html?q=" + URLEncoder.encode("语言模型", StandardCharsets.UTF_8));
        waitForAnswer("语言模型");
        assertThat(resultLinks()).hasSizeGreaterThan(1);
        screenshot("search-375");
        assertNoConsoleErrors();
    }

    @Test
    void aQueryWithoutAnyMatchSaysSoEvenForNamesOfObjectProperties() {
        // "constructor" is a property of every script object: the index must not mistake it for a word of its own.
        String query = "constructor 不存在的词";
        open("search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        waitForAnswer(query);
        assertThat(resultLinks()).isEmpty();
        assertThat(driver.findElement(By.id("search-status")).getText()).isEqualTo("No paper matches this query.");
        assertNoConsoleErrors();
    }

    @Test
    void resultsSpreadOverManyDocumentChunksEachShowTheirOwnRecord() {
        String query = "topic7 ";
        openChunked(query);
        // Every paper has its topic in the title; summaries of many lengths rank them apart.
        List<String> expected = new ArrayList<>();
        for (int i = CHUNKED_PAPERS - TOPICS + 7; i >= 0; i -= TOPICS) {
            expected.add(String.format("papers/2401.%05d.html", i));
        }
        assertThat(resultLinks()).containsExactlyInAnyOrderElementsOf(expected);
        for (WebElement item : driver.findElements(By.cssSelector("#search-results li"))) {
            String href = item.findElement(By.tagName("a")).getDomAttribute("href");
            int number = Integer.parseInt(href.substring("papers/2401.".length(), href.length() - ".html".length()));
            assertThat(item.getText()).as(href).contains("Study " + number + " about topic7");
        }
        List<?> files = (List<?>) ((JavascriptExecutor) driver).executeScript("return window.digestSearch.last.files");
        assertThat(files.stream().map(String::valueOf).filter(f -> f.startsWith("docs-")).distinct())
                .as("the results' chunks").hasSizeGreaterThan(5);
        assertNoConsoleErrors();
    }

    @Test
    void aPaperPageTypesetsItsFormulaOffersItsBibTeXAndLinksItsCutAbstract() throws IOException {
        // "InSaAF ...": its summary holds the formula $LSS_{\beta}$, typeset as MathML without a script.
        open("papers/2402.10567.html");
        WebElement formula = driver.findElement(By.cssSelector("p[lang=zh] math"));
        assertThat(formula.getDomAttribute("alttext")).isEqualTo("LSS_{\\beta}");
        assertThat(formula.findElements(By.cssSelector("msub"))).hasSize(1);
        assertThat(formula.getText().replaceAll("\\s", "")).isEqualTo("LSSβ");
        // Laid out as math: the subscript sits lower than its base.
        WebElement base = formula.findElement(By.cssSelector("msub > :first-child"));
        WebElement subscript = formula.findElement(By.cssSelector("msub > :last-child"));
        assertThat(subscript.getRect().getY() + subscript.getRect().getHeight())
                .isGreaterThan(base.getRect().getY() + base.getRect().getHeight());
        assertThat(driver.findElement(By.cssSelector("p[lang=zh]")).getText()).doesNotContain("$");

        // The BibTeX entry: a block to select, the button the script shows, which copies it.
        WebElement bibtex = driver.findElement(By.id("bibtex-entry"));
        String entry = Files.readString(REPORT.resolve("papers/2402.10567.bib"));
        assertThat(bibtex.getText().strip()).isEqualTo(entry.strip());
        assertThat(entry).contains("eprint = {2402.10567}", "year = {2024}", "month = feb");
        WebElement copy = driver.findElement(By.cssSelector("button.copy"));
        assertThat(copy.isDisplayed()).isTrue();
        ((JavascriptExecutor) driver).executeScript("window.copiedText = null; if (navigator.clipboard) {"
                + " navigator.clipboard.writeText = function (text) { window.copiedText = text;"
                + " return Promise.resolve(); }; }");
        copy.click();
        new WebDriverWait(driver, WAIT).until(d -> "Copied".equals(copy.getText()));
        assertThat(((JavascriptExecutor) driver).executeScript("return window.copiedText")).isEqualTo(entry);
        // Where the clipboard is refused, the entry is selected for the reader to copy.
        ((JavascriptExecutor) driver).executeScript("navigator.clipboard.writeText = function () {"
                + " return Promise.reject(new Error('refused')); }; window.getSelection().removeAllRanges();");
        new WebDriverWait(driver, WAIT).until(d -> "Copy BibTeX".equals(copy.getText()));
        copy.click();
        new WebDriverWait(driver, WAIT).until(d -> !String.valueOf(((JavascriptExecutor) d).executeScript(
                "return window.getSelection().toString()")).isEmpty());
        assertThat(String.valueOf(((JavascriptExecutor) driver).executeScript("return window.getSelection().toString()"))
                .strip()).isEqualTo(entry.strip());
        screenshot("paper-cite-desktop");

        // An abstract the digest cut short ends with an ellipsis and a link to the whole one.
        open("papers/2608.20338.html");
        WebElement abstractEn = driver.findElement(By.cssSelector("p.abstract[lang=en]"));
        WebElement full = abstractEn.findElement(By.cssSelector("a.full-abstract"));
        assertThat(full.isDisplayed()).isTrue();
        assertThat(full.getDomAttribute("href")).isEqualTo("https://arxiv.org/abs/2608.20338");
        assertThat(abstractEn.getText()).endsWith("Building on… full abstract on arXiv");
        phoneWidth();
        open("papers/2402.10567.html");
        // The BibTeX block wraps its long title line rather than widening the page.
        ((JavascriptExecutor) driver).executeScript("document.getElementById('cite').scrollIntoView()");
        assertThat((Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).isZero();
        screenshot("paper-cite-375");
        assertNoConsoleErrors();
    }

    /** The pages a reader browses, each kind once. */
    private static final List<String> BROWSED = List.of("index.html", "digests/2025-03-03T0907_recent.html",
            "digest-channels/cs.CL.html", "months.html", "digest-months/2025-03.html", "papers/2402.17812.html",
            "channels.html", "dates.html", "titles/D.html", "problems.html", "search.html");
    private static final String DIGEST = "digests/2025-03-03T0907_recent.html";

    @Test
    void aDigestsChannelAndNeighbourLinksLeadToThem() throws IOException {
        open(DIGEST);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("cs.CL · 2025-03-03 09:07");
        screenshot("digest-desktop");
        driver.findElement(By.cssSelector("nav.neighbours a.channel")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().endsWith("digest-channels/cs.CL.html"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Channel cs.CL");
        screenshot("channel-desktop");
        driver.findElement(By.linkText("cs.CL · 2025-03-03 09:07")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().endsWith(DIGEST));
        driver.findElement(By.cssSelector("a[rel=next]")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().endsWith("digests/2026-08-21T0916_newest.html"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("cs.CL · 2026-08-21 09:16");
        driver.findElement(By.cssSelector("a[rel=prev]")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().endsWith(DIGEST));
        driver.findElement(By.cssSelector("a[rel=prev]")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().endsWith("digests/2024-02-22T0913_cell-pipe.html"));
        open("months.html");
        screenshot("months-desktop");
        driver.findElement(By.cssSelector("section:first-of-type svg a[href='digest-months/2025-03.html']")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().endsWith("digest-months/2025-03.html"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Papers listed in 2025-03");
        assertNoConsoleErrors();
    }

    @Test
    void onAPhoneNothingScrollsSidewaysTheHeaderIsShortAndDigestTablesAreCards() throws IOException {
        phoneWidth();
        for (String page : BROWSED) {
            open(page);
            Map<?, ?> sizes = (Map<?, ?>) script("return {scroll: document.scrollingElement.scrollWidth,"
                    + " inner: window.innerWidth, header: document.querySelector('header.site')"
                    + ".getBoundingClientRect().height};");
            assertThat(number(sizes.get("scroll"))).as("width of %s at 375 px", page)
                    .isLessThanOrEqualTo(number(sizes.get("inner")));
            assertThat(number(sizes.get("inner"))).isLessThanOrEqualTo(400);
            assertThat(number(sizes.get("header"))).as("header height of %s at 375 px", page).isLessThanOrEqualTo(120);
        }
        open(DIGEST);
        List<?> rows = (List<?>) script("return Array.from(document.querySelectorAll('table.entries tbody tr'))"
                + ".map(r => [getComputedStyle(r).display, r.getBoundingClientRect().width,"
                + " getComputedStyle(r.cells[1]).display]);");
        assertThat(rows).hasSize(4).allSatisfy(row -> {
            List<?> r = (List<?>) row;
            assertThat(r.get(0)).as("a row is a card").isEqualTo("block");
            assertThat(number(r.get(1))).isLessThanOrEqualTo(375);
            assertThat(r.get(2)).as("its cells one under another").isEqualTo("block");
        });
        assertThat(script("return getComputedStyle(document.querySelector('table.entries td[lang=zh]'),"
                + " '::before').content")).isEqualTo("\"Summary\"");
        screenshot("digest-375");
        script("document.querySelector('table.entries').scrollIntoView()");
        screenshot("digest-cards-375");
        open("digest-channels/cs.CL.html");
        screenshot("channel-375");
        open("months.html");
        List<?> fontSizes = (List<?>) script("return Array.from(document.querySelectorAll('.chart text'))"
                + ".map(t => t.getBoundingClientRect().height > 0 ? parseFloat(getComputedStyle(t).fontSize) : 99);");
        assertThat(fontSizes).isNotEmpty().allSatisfy(size -> assertThat(number(size)).isGreaterThanOrEqualTo(10));
        Map<?, ?> chart = (Map<?, ?>) script("const main = document.querySelector('main'); const s = getComputedStyle(main);"
                + " return {svg: document.querySelector('.chart svg').getBoundingClientRect().width,"
                + " main: main.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight)};");
        assertThat(number(chart.get("svg"))).as("a chart takes the page's width")
                .isGreaterThanOrEqualTo(number(chart.get("main")) - 1);
        screenshot("months-375");
        open("papers/2402.17812.html");
        screenshot("paper-375");
        assertNoConsoleErrors();
    }

    @Test
    void theDarkThemeFollowsTheSystemAndPrintLeavesTheNavigationOut() throws IOException {
        open(DIGEST);
        String light = (String) script("return getComputedStyle(document.body).backgroundColor");
        try {
            emulate("", "dark");
            open(DIGEST);
            String dark = (String) script("return getComputedStyle(document.body).backgroundColor");
            assertThat(dark).isNotEqualTo(light).isEqualTo("rgb(22, 24, 27)");
            assertThat(script("return getComputedStyle(document.querySelector('main a')).color"))
                    .isEqualTo("rgb(138, 184, 255)");
            screenshot("digest-dark-desktop");
            phoneWidth();
            open(DIGEST);
            screenshot("digest-dark-375");
            emulate("print", "light");
            open(DIGEST);
            assertThat(script("return getComputedStyle(document.querySelector('header.site nav')).display"))
                    .isEqualTo("none");
            assertThat(script("return getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(255, 255, 255)");
        } finally {
            emulate("", "light");
        }
        assertNoConsoleErrors();
    }

    private static void emulate(String media, String colorScheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media,
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", colorScheme))));
    }

    private static Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    @Test
    void matchedTermsAreMarkedInTitleAndSnippetAndEachResultGivesIdCategoryDateAndPdf() throws IOException {
        open("search.html?q=" + ENGLISH_QUERY);
        waitForAnswer(ENGLISH_QUERY);
        WebElement result = driver.findElement(By.cssSelector("#search-results li"));
        assertThat(result.findElements(By.cssSelector(".result-title mark")).stream().map(WebElement::getText))
                .containsExactly("DropBP");
        assertThat(result.findElements(By.cssSelector(".result-snippet mark"))).isNotEmpty()
                .allSatisfy(mark -> assertThat(mark.getText().toLowerCase(java.util.Locale.ROOT)).startsWith(ENGLISH_QUERY));
        assertThat(result.findElement(By.className("result-meta")).getText())
                .contains("2402.17812", "cs.", "first seen 20");
        assertThat(result.findElement(By.className("result-pdf")).getDomAttribute("href"))
                .isEqualTo("https://arxiv.org/pdf/2402.17812");

        // Words of DropBP's English abstract only: the snippet is that abstract around them, not the Chinese summary.
        String abstractWords = "substantial computational";
        open("search.html?q=" + URLEncoder.encode(abstractWords, StandardCharsets.UTF_8));
        waitForAnswer(abstractWords);
        WebElement snippet = driver.findElement(By.cssSelector("#search-results li .result-snippet"));
        assertThat(snippet.getText()).contains("substantial computational").doesNotContainPattern("\\p{IsHan}");
        assertThat(snippet.findElements(By.tagName("mark")).stream().map(WebElement::getText))
                .containsExactly("substantial", "computational");
        screenshot("search-highlight-desktop");

        // Markup in a digest's title is text on the page, marked like any other.
        openChunked("markup");
        assertThat(resultLinks()).containsExactly("papers/2402.00005.html");
        assertThat(driver.findElements(By.cssSelector("#search-results img, #search-results b"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector("#search-results .result-title mark")).getText()).isEqualTo("Markup");
        assertNoConsoleErrors();
    }

    @Test
    void theQueryEntersTheAddressAsItIsTypedSoThatBackRestoresIt() {
        open("search.html");
        WebElement input = driver.findElement(By.id("q"));
        input.sendKeys(ENGLISH_QUERY);
        waitForAnswer(ENGLISH_QUERY);
        assertThat(driver.getCurrentUrl()).endsWith("search.html?q=" + ENGLISH_QUERY);
        driver.findElement(By.cssSelector("#search-results a.result-title")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().endsWith(ENGLISH_HIT));
        driver.navigate().back();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().contains("search.html"));
        new WebDriverWait(driver, WAIT).until(d -> !resultLinks().isEmpty());
        assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo(ENGLISH_QUERY);
        assertThat(resultLinks()).containsExactly(ENGLISH_HIT);
        assertNoConsoleErrors();
    }

    @Test
    void slashFocusesTheBoxTheArrowsMoveThroughTheResultsAndEnterOpensOne() {
        driver.get(CHUNKED_REPORT.toUri() + "search.html");
        driver.findElement(By.tagName("body")).sendKeys("/");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
        driver.switchTo().activeElement().sendKeys("topic3 ");
        waitForAnswer("topic3 ");
        List<String> links = resultLinks();
        assertThat(links).hasSize(10);
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertThat(driver.switchTo().activeElement().getDomAttribute("href")).isEqualTo(links.get(0));
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
        assertThat(driver.switchTo().activeElement().getDomAttribute("href")).isEqualTo(links.get(1));
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().endsWith(links.get(1)));
        assertNoConsoleErrors();
    }

    @Test
    void aLongWordWithOneSlipStillFindsItsPapers() {
        String query = "transformr";
        openChunked(query);
        assertThat(resultLinks()).containsExactly("papers/2402.00006.html");
        assertThat(driver.findElements(By.cssSelector("#search-results mark")).stream()
                .map(m -> m.getText().toLowerCase(java.util.Locale.ROOT)).distinct()).contains("transformer");
        assertNoConsoleErrors();
    }

    @Test
    void aChinesePhraseMatchesOnlyItsCharactersTogether() throws IOException {
        openChunked("语言模型");
        assertThat(resultLinks()).as("not the paper that has 语言, 言模 and 模型 apart").containsExactly("papers/2402.00001.html");
        assertThat(driver.findElement(By.id("search-status")).getText()).isEqualTo("1 paper found.");
        assertThat(driver.findElement(By.cssSelector("#search-results .result-snippet mark")).getText()).isEqualTo("语言模型");
        screenshot("search-zh-phrase-desktop");
        assertNoConsoleErrors();
    }

    @Test
    void aWholeWordInATitleRanksAboveAWordItBegins() {
        openChunked("BERT");
        assertThat(resultLinks()).containsExactly("papers/2402.00003.html", "papers/2402.00004.html");
        assertNoConsoleErrors();
    }

    @Test
    void moreResultsBelowTheFirstPage() {
        openChunked("topic");
        assertThat(resultLinks()).hasSize(10);
        WebElement more = driver.findElement(By.id("search-more"));
        assertThat(more.isDisplayed()).isTrue();
        more.click();
        new WebDriverWait(driver, WAIT).until(d -> resultLinks().size() == 20);
        assertThat(driver.switchTo().activeElement().getDomAttribute("href")).as("focus on the first new result")
                .isEqualTo(resultLinks().get(10));
        assertNoConsoleErrors();
    }

    private static void openChunked(String query) {
        driver.get(CHUNKED_REPORT.toUri() + "search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        waitForAnswer(query);
    }

    /** Digests of {@value #CHUNKED_PAPERS} papers with summaries of many lengths, and their report. */
    private static void writeChunkedReport() throws IOException {
        deleteTree(CHUNKED_DIGESTS);
        deleteTree(CHUNKED_REPORT);
        Files.createDirectories(CHUNKED_DIGESTS);
        int perDigest = 100;
        for (int digest = 0; digest < CHUNKED_PAPERS / perDigest; digest++) {
            DigestText text = new DigestText();
            for (int i = digest * perDigest; i < (digest + 1) * perDigest; i++) {
                String title = "Study " + i + " about topic" + (i % TOPICS);
                text.add(DigestText.Item.of(String.format("2401.%05d", i), title)
                        .withSummaryZh("总结" + title + "，" + "较长的一句话总结".repeat(1 + i % 17)));
            }
            Files.writeString(CHUNKED_DIGESTS.resolve("2024-01-1" + digest + "T0900_part" + digest + ".md"),
                    text.toString(), StandardCharsets.UTF_8);
        }
        // Papers for ranking, phrase and markup checks: a phrase and its characters apart; a word
        // and a longer one it begins (the longer one newer, so that newest-first would put it first).
        DigestText special = new DigestText()
                .add(DigestText.Item.of("2402.00001", "Adjacent Characters").withSummaryZh("研究大型语言模型。"))
                .add(DigestText.Item.of("2402.00002", "Scattered Characters").withSummaryZh("语言模式，言模糊，模型。"))
                .add(DigestText.Item.of("2402.00003", "BERT Fine-Tuning for Sentiment"))
                .add(DigestText.Item.of("2402.00004", "Berth Allocation for Container Ports"))
                .add(DigestText.Item.of("2402.00005", "<b>Markup</b> <img src=x onerror=alert(1)> in Titles"))
                .add(DigestText.Item.of("2402.00006", "A Survey of Transformer Models"));
        Files.writeString(CHUNKED_DIGESTS.resolve("2024-02-01T0900_special.md"), special.toString(), StandardCharsets.UTF_8);
        new ReportGenerator().generate(ReportRequests.of(CHUNKED_DIGESTS, CHUNKED_REPORT));
    }

    private static void open(String page) {
        driver.get(REPORT.toUri() + page);
    }

    private static void phoneWidth() {
        driver.manage().window().setSize(new Dimension(375, 800));
    }

    /** Waits until search.js has answered {@code query} (it records its last answer for this). */
    private static void waitForAnswer(String query) {
        new WebDriverWait(driver, WAIT).until(d -> query.equals(((JavascriptExecutor) d).executeScript(
                "return window.digestSearch && window.digestSearch.last && window.digestSearch.last.query")));
    }

    private static List<String> resultLinks() {
        return driver.findElements(By.cssSelector("#search-results li a.result-title")).stream()
                .map(a -> a.getDomAttribute("href")).toList();
    }

    private static void assertNoConsoleErrors() {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).as("browser console errors").isEmpty();
    }

    private static void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }
}
