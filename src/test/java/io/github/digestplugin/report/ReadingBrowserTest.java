package io.github.digestplugin.report;

import static io.github.digestplugin.testing.HeadlessChromium.deleteTree;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.check.DigestChecker;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.parse.ParserOptions;
import io.github.digestplugin.report.DigestText.Item;
import io.github.digestplugin.testing.HeadlessChromium;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reading marks in headless Chromium, from {@code file://}: a paper marked read on its page
 * shows as read in the lists of other pages, the status filter hides the others, and the overview's
 * export downloads a reading.yaml that the check accepts and that, committed, renders the mark
 * into the pages themselves.
 */
class ReadingBrowserTest {

    private static final Path ROOT = Path.of("target/reading-browser").toAbsolutePath();
    private static final String ALPHA = "2403.10001";
    private static final String BETA = "2403.10002";
    private static final String GAMMA = "2403.10003";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static HeadlessChromium chromium;
    private static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() throws IOException {
        deleteTree(ROOT);
        chromium = new HeadlessChromium();
        driver = chromium.driver();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aMarkMadeInTheBrowserShowsEverywhereAndItsExportCommittedGivesTheSamePages() throws Exception {
        Path digests = Files.createDirectories(ROOT.resolve("digests"));
        Files.writeString(digests.resolve("2024-03-20T0900_one.md"), new DigestText()
                .add(Item.of(ALPHA, "Alpha paper")).add(Item.of(BETA, "Beta paper")).toString());
        Files.writeString(digests.resolve("2024-04-02T0900_two.md"), new DigestText()
                .add(Item.of(GAMMA, "Gamma paper")).toString());
        Path reading = Files.writeString(digests.resolve("reading.yaml"),
                ALPHA + ":\n  status: to-read\n  rating: 3\n  tags: [peft]\n");
        Path before = ROOT.resolve("before");
        new ReportGenerator().generate(ReportRequests.of(digests, before).withReadingFile(Optional.of(reading)));

        driver.get(before.resolve(Paper.hrefOf(BETA)).toUri().toString());
        driver.executeScript("localStorage.clear()");
        driver.navigate().refresh();
        WebElement form = driver.findElement(By.cssSelector("section.reading form.reading-form"));
        assertThat(form.isDisplayed()).as("the form shows with a script").isTrue();
        form.findElement(By.cssSelector("button[data-mark=read]")).click();
        form.findElement(By.id("reading-note")).sendKeys("Read **twice**");
        assertThat(badge("section.reading").getText()).isEqualTo("read");
        assertThat(driver.findElement(By.cssSelector("section.reading .local-note")).getText()).contains("Read **twice**");

        driver.get(before.resolve("titles/B.html").toUri().toString());
        assertThat(badge("li[data-paper='" + BETA + "']").getText()).isEqualTo("read");
        driver.get(before.resolve("digests/2024-03-20T0900_one.html").toUri().toString());
        assertThat(badge("tr[data-paper='" + ALPHA + "']").getText()).isEqualTo("to read");
        driver.findElement(By.cssSelector("label[for=status-filter-read]")).click();
        assertThat(row(ALPHA).isDisplayed()).as("a paper to read, filtered to read ones").isFalse();
        assertThat(row(BETA).isDisplayed()).isTrue();
        driver.findElement(By.cssSelector("label[for=status-filter-all]")).click();
        assertThat(row(ALPHA).isDisplayed()).isTrue();

        driver.get(before.resolve("index.html").toUri().toString());
        driver.executeScript("window.exported = [];"
                + " const make = URL.createObjectURL.bind(URL);"
                + " URL.createObjectURL = (blob) => { window.exported.push(blob); return make(blob); };");
        driver.findElement(By.cssSelector("button[data-reading-export]")).click();
        String yaml = (String) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; window.exported[0].text().then(done);");
        assertThat(yaml).contains("\"" + BETA + "\":\n  status: read\n  notes: |-\n    Read **twice**\n")
                .contains("\"" + ALPHA + "\":\n  status: to-read\n  rating: 3\n  tags: [\"peft\"]\n");
        assertNoConsoleErrors();

        Files.writeString(reading, yaml, StandardCharsets.UTF_8);
        List<Finding> findings = new DigestChecker(ParserOptions.defaults(), Rules.defaults()).check(digests,
                List.of(Path.of("2024-03-20T0900_one.md"), Path.of("2024-04-02T0900_two.md")), List.of(),
                Optional.of(DigestChecker.ReadingInput.read(digests, reading)), digest -> {}).findings();
        assertThat(findings).as("the check accepts the export").noneMatch(f -> f.path().equals(Path.of("reading.yaml")));
        Path after = ROOT.resolve("after");
        new ReportGenerator().generate(ReportRequests.of(digests, after).withReadingFile(Optional.of(reading)));
        driver.executeScript("localStorage.clear()");
        driver.get(after.resolve(Paper.hrefOf(BETA)).toUri().toString());
        assertThat(badge("section.reading").getText()).isEqualTo("read");
        assertThat(driver.findElement(By.cssSelector("section.reading .notes strong")).getText()).isEqualTo("twice");
        assertThat(driver.findElement(By.cssSelector("section.reading .local-note")).isDisplayed())
                .as("the committed note is the file's, no longer the browser's").isFalse();
        assertThat(Files.readString(after.resolve("titles/B.html"))).as("the badge is in the page itself")
                .contains("data-reading=\"read\"");
        driver.get(after.resolve("titles/B.html").toUri().toString());
        assertThat(badge("li[data-paper='" + BETA + "']").getText()).isEqualTo("read");
        assertNoConsoleErrors();
    }

    private static WebElement badge(String scope) {
        return new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.cssSelector(scope + " .reading-badge")));
    }

    private static WebElement row(String id) {
        return driver.findElement(By.cssSelector("tr[data-paper='" + id + "']"));
    }

    private static void assertNoConsoleErrors() {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).as("browser console errors").isEmpty();
    }
}
