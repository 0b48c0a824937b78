package io.github.digestplugin.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageRendererTest {

    @TempDir
    Path temp;

    record Empty() {}

    record Probe(String name, SafeHtml fragment) {}

    record One(String n) {}

    private PageRenderer renderer(Path templates, Path out, Locale locale) throws Exception {
        OutputFiles files = OutputFiles.begin(out, temp.resolve("state"));
        return new PageRenderer(new TemplateSource(Optional.of(templates)), files,
                SharedModel.of(new Messages(locale), "R <&> \"t\""));
    }

    @Test
    void pageIsWrappedInTheDefaultLayoutAndEveryReferenceIsEscapedExceptSafeHtml() throws Exception {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("probe.vm"),
                "#set($pageTitle = $name)#set($pageScripts = [\"assets/x.js\"])\n"
                        + "<h1>$name</h1><p title=\"$name\">$fragment</p>\n");
        Path out = temp.resolve("out");
        renderer(templates, out, Locale.ENGLISH).renderPage("probe.vm", "papers/p.html", new Probe(
                "<script>alert(1)</script>\"><img src=x onerror=alert(1)>", SafeHtml.text("<b>")));

        String html = Files.readString(out.resolve("papers/p.html"), StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("script:not([src])")).isEmpty();
        assertThat(page.select("img")).isEmpty();
        assertThat(page.select("h1").text()).isEqualTo("<script>alert(1)</script>\"><img src=x onerror=alert(1)>");
        assertThat(page.title()).startsWith("<script>").endsWith("R <&> \"t\"");
        assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("../style.css");
        assertThat(page.select("script[src]").attr("src")).isEqualTo("../assets/x.js");
        assertThat(page.select("form[role=search]").attr("action")).isEqualTo("../search.html");
        assertThat(page.select("p[title]").text()).isEqualTo("<b>");
    }

    @Test
    void chineseInterfaceTextComesFromTheChineseBundle() throws Exception {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("probe.vm"), "<h1>x</h1>\n");
        Path out = temp.resolve("out");
        renderer(templates, out, Locale.SIMPLIFIED_CHINESE).renderPage("probe.vm", "index.html", new Empty());

        Document page = Jsoup.parse(out.resolve("index.html").toFile());
        assertThat(page.select("html").attr("lang")).isEqualTo("zh");
        assertThat(page.select("nav a").eachText()).contains("概览", "搜索");
        assertThat(page.select("nav a[aria-current=page]").text()).isEqualTo("概览");
    }

    @Test
    void unchangedContentIsNotWrittenAgain() throws Exception {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("probe.vm"), "<h1>$n</h1>\n");
        Path out = temp.resolve("out");
        List<String> contents = List.of("a", "a", "b");
        List<Integer> expectedWrites = List.of(1, 0, 1);
        for (int run = 0; run < contents.size(); run++) {
            String n = contents.get(run);
            OutputFiles files = OutputFiles.begin(out, temp.resolve("state"));
            new PageRenderer(new TemplateSource(Optional.of(templates)), files,
                    SharedModel.of(new Messages(Locale.ENGLISH), "t"))
                    .renderPage("probe.vm", "x.html", new One(n));
            files.finish();
            assertThat(files.written()).as("files written in run %d", run).isEqualTo(expectedWrites.get(run));
        }
        assertThat(Jsoup.parse(out.resolve("x.html").toFile()).select("h1").text()).isEqualTo("b");
    }
}
