package io.github.digestplugin.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search page as written: labelled input, live status, its script, style and index beside it. */
class SearchPageTest {

    @TempDir
    Path output;

    @Test
    void theChineseSearchPageIsLabelledAndCarriesItsInterfaceTextForTheScript() throws IOException {
        new ReportGenerator().generate(ReportRequests.of(Fixtures.samples(), output, Optional.empty(), Locale.CHINESE));
        Document page = Jsoup.parse(output.resolve("search.html").toFile(), "UTF-8");

        assertThat(page.select("html").attr("lang")).startsWith("zh");
        Element input = page.selectFirst("form[role=search] input#q[name=q]");
        assertThat(input).isNotNull();
        assertThat(page.selectFirst("label[for=q]").text()).isEqualTo("搜索论文");
        Element status = page.selectFirst("#search-status");
        assertThat(status.attr("role")).isEqualTo("status");
        assertThat(status.attr("aria-live")).isEqualTo("polite");
        Element search = page.selectFirst("#search");
        assertThat(search.attr("data-index")).isEqualTo("search/");
        assertThat(search.attr("data-status-many")).isEqualTo("找到 {0} 篇论文。");
        assertThat(search.attr("data-status-shown")).contains("{0}", "{1}");
        assertThat(page.select("script[src]").eachAttr("src")).contains("assets/search.js");
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).contains("assets/search.css");
        for (String file : new String[] {"assets/search.js", "assets/search.css", "search/meta.js"}) {
            assertThat(output.resolve(file)).as(file).isRegularFile();
        }
        try (var index = Files.list(output.resolve("search"))) {
            assertThat(index.map(p -> p.getFileName().toString())).anyMatch(n -> n.matches("docs-\\d+-[0-9a-f]{8}\\.js"));
        }
        assertThat(search.attr("data-label-pdf")).isEqualTo("PDF");
        assertThat(search.attr("data-label-first-seen")).contains("{0}");
        // The header search form of the other pages submits to this page.
        Document index = Jsoup.parse(output.resolve("index.html").toFile(), "UTF-8");
        assertThat(index.selectFirst("header form[role=search]").attr("action")).isEqualTo("search.html");
        // One classic script from the modules, which file:// pages could not import; text never as markup.
        assertThat(Files.readString(output.resolve("assets/search.js"))).doesNotContain("innerHTML")
                .doesNotContainPattern("(?m)^(import|export) ").contains("function startSearchPage()");
    }

    @Test
    void aUsersOwnSearchScriptReplacesOursAndAUsersModuleGoesIntoOurs(@TempDir Path templates) throws IOException {
        Path own = Files.createDirectories(templates.resolve("assets")).resolve("search.js");
        Files.writeString(own, "/* my search */\n");
        new ReportGenerator().generate(ReportRequests.of(Fixtures.samples(), output, Optional.of(templates), Locale.ENGLISH));
        assertThat(Files.readString(output.resolve("assets/search.js"))).isEqualTo("/* my search */\n");

        Files.delete(own);
        Path module = Files.createDirectories(templates.resolve("assets/search")).resolve("page.mjs");
        Files.writeString(module, "export function startSearchPage() {}\n");
        new ReportGenerator().generate(ReportRequests.of(Fixtures.samples(), output, Optional.of(templates), Locale.ENGLISH));
        assertThat(Files.readString(output.resolve("assets/search.js"))).contains("function decodeDocuments(")
                .contains("\nfunction startSearchPage() {}\n").doesNotContain("document.getElementById('search')");
    }
}
