package io.github.digestplugin.bench;

import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.parse.ParserOptions;
import io.github.digestplugin.report.ReportGenerator;
import io.github.digestplugin.report.ReportRequest;
import io.github.digestplugin.testing.HeadlessChromium;
import io.github.digestplugin.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search of the whole cs.CL report in headless Chromium from {@code file://}: for typical
 * queries, the time from submitting the query to the results on screen (as search.js measures
 * it) and the index bytes loaded, meta.js included (the budget: at most 300 KB and 100 ms a
 * query). "cold" runs on a freshly opened search page, "again" repeats the query on the same page
 * (its files cached). Figures, never asserts. Arguments: [report folder, made from the corpus when it holds no index] [runs per query].
 */
public final class SearchBenchmark {

    /**
     * An English word, a prefix, a word with a slip, Chinese of two and of four characters (a
     * phrase, checked on the records), a word most papers hold, and two words.
     */
    static final List<String> QUERIES = List.of("translation ", "multiling", "transformr ", "模型", "语言模型",
            "language ", "情感分析 bert");

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args.length > 0 ? args[0] : "target/bench-report").toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (!Files.exists(report.resolve("search/meta.js"))) {
            long start = System.nanoTime();
            new ReportGenerator().generate(new ReportRequest(SharedData.fullCorpus(), List.of("**/*.md"), List.of(),
                    ParserOptions.defaults(), Rules.defaults(), report,
                    report.resolveSibling("digest-report"), Optional.empty(), Locale.ENGLISH, "cs.CL"));
            System.out.printf(Locale.ROOT, "report written in %.1f s%n", (System.nanoTime() - start) / 1e9);
        }
        List<Long> sizes;
        try (Stream<Path> files = Files.list(report.resolve("search"))) {
            sizes = files.map(SearchBenchmark::size).toList();
        }
        System.out.printf(Locale.ROOT, "index: %d files, %.2f MB, largest %.1f KB%n", sizes.size(),
                sizes.stream().mapToLong(Long::longValue).sum() / 1e6,
                sizes.stream().mapToLong(Long::longValue).max().orElse(0) / 1e3);
        try (HeadlessChromium chromium = new HeadlessChromium()) {
            ChromeDriver driver = chromium.driver();
            for (String query : QUERIES) {
                double cold = Double.MAX_VALUE;
                double again = Double.MAX_VALUE;
                Map<?, ?> first = null;
                for (int run = 0; run < runs; run++) {
                    driver.get(report.toUri() + "search.html");
                    first = answer(driver, query);
                    cold = Math.min(cold, ((Number) first.get("ms")).doubleValue());
                    again = Math.min(again, ((Number) answer(driver, query).get("ms")).doubleValue());
                }
                // meta.js loads with the page, before the query: charged to it all the same.
                long bytes = Stream.concat(Stream.of("meta.js"), ((List<?>) first.get("files")).stream().map(String::valueOf))
                        .distinct().mapToLong(f -> size(report.resolve("search").resolve(f))).sum();
                System.out.printf(Locale.ROOT, "%-14s %5d results, %2d files, %6.1f KB loaded, cold %6.1f ms, again %5.1f ms (best of %d)%n",
                        query, ((Number) first.get("results")).longValue(), ((List<?>) first.get("files")).size(),
                        bytes / 1e3, cold, again, runs);
            }
        }
    }

    /** Submits the query as the search form does and waits for search.js to answer it. */
    private static Map<?, ?> answer(ChromeDriver driver, String query) {
        driver.executeScript("window.digestSearch.last = null; document.getElementById('q').value = arguments[0];"
                + " document.getElementById('search-form').requestSubmit();", query);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> driver.executeScript(
                "return window.digestSearch.last") != null);
        return (Map<?, ?>) driver.executeScript("return window.digestSearch.last");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
