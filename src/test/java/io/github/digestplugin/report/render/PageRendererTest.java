package io.github.digestplugin.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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

    /** The templates folder, with each template of {@code namesAndTexts} (a name, then its text) written into it. */
    private Path templates(String... namesAndTexts) throws IOException {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            Files.writeString(templates.resolve(namesAndTexts[i]), namesAndTexts[i + 1]);
        }
        return templates;
    }

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

    /** Counts the calls of its accessor {@code n}. */
    record Counted(AtomicInteger calls, List<String> items, int count) {
        @Override
        public List<String> items() {
            calls.incrementAndGet();
            return items;
        }
    }

    @Test
    void everyComponentOfTheModelIsATemplateVariableUnderItsNameReadOncePerRender() throws Exception {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("probe.vm"),
                "<h1>$count</h1><ul>#foreach($i in $items)<li>$i</li>#end</ul><p>$items.size() $items.get(0)</p>\n");
        Files.writeString(templates.resolve("probe.bib"), "$items.get(0) $count $lang\n");
        Path out = temp.resolve("out");
        PageRenderer renderer = renderer(templates, out, Locale.ENGLISH);
        AtomicInteger calls = new AtomicInteger();
        Counted model = new Counted(calls, List.of("{a}", "<b>"), 2);

        renderer.renderPage("probe.vm", "p.html", model);
        assertThat(calls).as("accessor calls for one page").hasValue(1);
        renderer.renderFile("probe.bib", "p.bib", model, Escaping.BIBTEX);
        assertThat(calls).as("accessor calls for a page and a file").hasValue(2);

        Document page = Jsoup.parse(out.resolve("p.html").toFile());
        assertThat(page.select("main h1").text()).isEqualTo("2");
        assertThat(page.select("main li").eachText()).containsExactly("{a}", "<b>");
        assertThat(page.select("main p").text()).isEqualTo("2 {a}");
        assertThat(Files.readString(out.resolve("p.bib"))).isEqualTo("\\{a\\} 2 en\n");
    }

    /** Hides the shared interface text. */
    record HidesMsg(String msg) {}

    /** Hides the renderer's way back to the report root. */
    record HidesRoot(String title, String root) {}

    @Test
    void aComponentNamedLikeAVariableEveryTemplateHasFailsBeforeAnythingIsWritten() throws Exception {
        Path out = temp.resolve("out");
        PageRenderer renderer = renderer(templates("probe.vm", "<h1>$msg.navOverview</h1>\n"), out, Locale.ENGLISH);

        assertThatThrownBy(() -> renderer.renderPage("probe.vm", "p.html", new HidesMsg("mine")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(HidesMsg.class.getName())
                .hasMessageContaining("$msg");
        assertThatThrownBy(() -> renderer.renderFile("probe.vm", "p.txt", new HidesRoot("t", "/"), Escaping.HTML))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("$root");
        // Refused every time, not only the first time the record is seen.
        assertThatThrownBy(() -> renderer.renderPage("probe.vm", "p.html", new HidesMsg("mine")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(out.resolve("p.html")).doesNotExist();
        assertThat(out.resolve("p.txt")).doesNotExist();
    }

    @Test
    void theReservedNamesAreTheSharedModelsAndTheRenderersOwn() {
        assertThat(PageRenderer.RESERVED).containsExactly("body", "lang", "md", "msg", "page", "reportTitle", "root",
                "siteHome");
    }

    @Test
    void aNullComponentFailsNamingIt() throws Exception {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("probe.vm"), "<h1>#if($n)$n#end</h1>\n");
        Path out = temp.resolve("out");

        assertThatThrownBy(() -> renderer(templates, out, Locale.ENGLISH).renderPage("probe.vm", "p.html",
                new One(null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(One.class.getName())
                .hasMessageContaining("$n");
        assertThat(out.resolve("p.html")).doesNotExist();
    }

    @Test
    void aReferenceToANameTheModelLacksStillFails() throws Exception {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("probe.vm"), "<h1>$n $nosuch</h1>\n");
        Path out = temp.resolve("out");

        assertThatThrownBy(() -> renderer(templates, out, Locale.ENGLISH).renderPage("probe.vm", "p.html",
                new One("x")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("probe.vm")
                .hasMessageContaining("$nosuch");
        assertThat(out.resolve("p.html")).doesNotExist();
    }

    @Test
    void aRenderSeesNothingAnEarlierRenderOnTheSameThreadLeftInItsVariables() throws Exception {
        Path templates = templates("first.vm", "#set($left = \"from the first page\")<h1>$n</h1>\n",
                "second.vm", "<h1>#if($left)$left#else none#end</h1>\n", "third.vm", "<h1>$n</h1>\n");
        Path out = temp.resolve("out");
        PageRenderer renderer = renderer(templates, out, Locale.ENGLISH);

        renderer.renderPage("first.vm", "a.html", new One("first"));
        renderer.renderPage("second.vm", "b.html", new Empty());
        assertThatThrownBy(() -> renderer.renderPage("third.vm", "c.html", new Empty()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("$n");
        assertThatThrownBy(() -> renderer.renderPage("first.vm", "d.html", new One(null)))
                .isInstanceOf(IllegalArgumentException.class);
        renderer.renderPage("third.vm", "e.html", new One("after the failures"));

        assertThat(Jsoup.parse(out.resolve("a.html").toFile()).select("h1").text()).isEqualTo("first");
        assertThat(Jsoup.parse(out.resolve("b.html").toFile()).select("h1").text()).isEqualTo("none");
        assertThat(out.resolve("c.html")).doesNotExist();
        assertThat(Jsoup.parse(out.resolve("e.html").toFile()).select("h1").text()).isEqualTo("after the failures");
    }

    @Test
    void pagesRenderedOnManyThreadsAtOnceEachGetTheirOwnModel() throws Exception {
        Path out = temp.resolve("out");
        PageRenderer renderer = renderer(templates("probe.vm",
                "<h1>$n</h1><p class=\"count\">$msg.format(\"papersCount\", $n.length())</p>\n"), out, Locale.ENGLISH);
        int pages = 1200;
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < pages; i++) {
                String n = "x".repeat(i + 1);
                String page = "p" + i + ".html";
                done.add(threads.submit(() -> {
                    renderer.renderPage("probe.vm", page, new One(n));
                    return null;
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            threads.shutdown();
        }
        for (int i = 0; i < pages; i++) {
            Document page = Jsoup.parse(out.resolve("p" + i + ".html").toFile());
            assertThat(page.select("h1").text()).hasSize(i + 1);
            assertThat(page.select("p.count").text()).isEqualTo(renderer.messages().format("papersCount", i + 1));
        }
    }
}
