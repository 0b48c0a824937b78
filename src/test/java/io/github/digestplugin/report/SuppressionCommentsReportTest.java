package io.github.digestplugin.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suppression comments in the table and between a definition's fields change nothing the report
 * shows: no page or export holds them, the entries and their fields are those of the digest
 * without them, and what they suppress is not on the problems page.
 */
class SuppressionCommentsReportTest {

    private static final String DIGEST = "2024-02-05T0907_rss-urls.md";

    @TempDir
    Path temp;

    @Test
    void noPageShowsASuppressionComment() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Fixtures.sample(DIGEST), StandardCharsets.UTF_8));
        Path plain = Files.createDirectories(temp.resolve("plain/cs.CL"));
        Files.write(plain.resolve(DIGEST), lines, StandardCharsets.UTF_8);
        int secondRow = lines.indexOf(lines.stream().filter(l -> l.startsWith("| [^2]")).findFirst().orElseThrow());
        lines.add(secondRow, "<!-- digest-disable-next-line cell-pipe -->");
        int url = lines.indexOf("    [https://rss.arxiv.org/abs/2402.01622](https://rss.arxiv.org/abs/2402.01622)");
        lines.add(url, "    <!-- digest-disable-next-line url-canonical -->");
        lines.add(0, "<!-- digest-disable raw-html -->");
        Path commented = Files.createDirectories(temp.resolve("commented/cs.CL"));
        Files.write(commented.resolve(DIGEST), lines, StandardCharsets.UTF_8);

        new ReportGenerator().generate(ReportRequests.of(plain.getParent(), temp.resolve("out-plain")));
        new ReportGenerator().generate(ReportRequests.of(commented.getParent(), temp.resolve("out-commented")));

        List<Path> pages;
        try (Stream<Path> files = Files.walk(temp.resolve("out-commented"))) {
            pages = files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".sqlite")).toList();
        }
        assertThat(pages).isNotEmpty().allSatisfy(page -> assertThat(Files.readString(page, StandardCharsets.UTF_8))
                .as(page.toString()).doesNotContain("digest-disable", "digest-enable"));
        String plainPage = paperPage(temp.resolve("out-plain"));
        String commentedPage = paperPage(temp.resolve("out-commented"));
        assertThat(commentedPage).contains("TravelPlanner: 一种用于语言代理的真实世界规划基准");
        // The same fields; the one url-canonical finding of [^1] is suppressed, so its mark is gone.
        assertThat(commentedPage.replaceAll("\\s+", " ").length())
                .isLessThanOrEqualTo(plainPage.replaceAll("\\s+", " ").length());
    }

    private static String paperPage(Path output) throws IOException {
        try (Stream<Path> files = Files.walk(output)) {
            Path page = files.filter(f -> f.getFileName().toString().contains("2402.01622")
                    && f.toString().endsWith(".html")).findFirst().orElseThrow();
            return Files.readString(page, StandardCharsets.UTF_8);
        }
    }
}
