package io.github.digestplugin.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.model.ArxivId;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Entry;
import io.github.digestplugin.model.Heading;
import io.github.digestplugin.model.Layout;
import io.github.digestplugin.model.SourcePosition;
import io.github.digestplugin.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DigestParserTest {

    private final DigestParser parser = new DigestParser(ParserOptions.defaults());

    static final String ONE_ENTRY = """
            # 摘要

            | Ref | Title | Summary |
            | --- | --- | --- |
            | [^1] | [Sine Activated Low-Rank Matrices](https://arxiv.org/abs/2403.19243) | 整合正弦函数。 |

            # 详细

            [^1]: 用正弦激活的低秩矩阵

                Sine Activated Low-Rank Matrices (arXiv:2403.19243v2 [cs.LG] UPDATED)

                [https://arxiv.org/abs/2403.19243](https://arxiv.org/abs/2403.19243)

                整合正弦函数。

               \s

                低秩分解已经成为重要工具。

                arXiv:2403.19243v2 Announce Type: replace  Abstract: Low-rank decomposition has emerged.
               \s
            """;

    private Digest parse(String text) throws IOException {
        return parse(text.getBytes(StandardCharsets.UTF_8), "2024-03-29T0907_x.md");
    }

    private Digest parse(byte[] bytes, String name) throws IOException {
        return parser.parse(new ByteArrayInputStream(bytes), Path.of("cs.CL", name));
    }

    @Test
    void readsEveryFieldOfAStandardEntryWithItsPosition() throws IOException {
        Digest digest = parse(ONE_ENTRY);

        assertThat(digest.channel()).isEqualTo("cs.CL");
        assertThat(digest.date()).contains(LocalDate.of(2024, 3, 29));
        assertThat(digest.headings()).extracting(Heading::kind)
                .containsExactly(Heading.Kind.SUMMARY, Heading.Kind.DETAILS);
        assertThat(digest.tableHeader()).map(f -> f.position().line()).contains(3);
        assertThat(digest.tableDelimiter()).map(f -> f.position().line()).contains(4);
        assertThat(digest.entries()).hasSize(1);
        Entry entry = digest.entries().get(0);
        assertThat(entry.number()).isEqualTo(1);
        assertThat(entry.translatedTitle().text()).isEqualTo("用正弦激活的低秩矩阵");
        assertThat(entry.translatedTitle().position()).isEqualTo(new SourcePosition(9, 7));
        assertThat(entry.title().text()).isEqualTo("Sine Activated Low-Rank Matrices");
        assertThat(entry.title().position()).isEqualTo(new SourcePosition(11, 5));
        assertThat(entry.url().text()).isEqualTo("https://arxiv.org/abs/2403.19243");
        assertThat(entry.url().position()).isEqualTo(new SourcePosition(13, 40));
        assertThat(entry.summaryZh().text()).isEqualTo("整合正弦函数。");
        assertThat(entry.summaryZh().position().line()).isEqualTo(15);
        assertThat(entry.summaryEn().text()).isEmpty();
        assertThat(entry.summaryEn().position().line()).isEqualTo(17);
        assertThat(entry.abstractZh().text()).isEqualTo("低秩分解已经成为重要工具。");
        assertThat(entry.abstractEn().position()).isEqualTo(new SourcePosition(21, 5));
        assertThat(entry.abstractEnText()).isEqualTo("Low-rank decomposition has emerged.");
        assertThat(entry.arxivId()).contains(new ArxivId("2403.19243", 0));
        assertThat(entry.version()).isEqualTo(2);
        assertThat(entry.primaryCategory()).contains("cs.LG");
        assertThat(entry.titleSuffix().orElseThrow().updated()).isTrue();
        assertThat(entry.announceType()).contains("replace");
        assertThat(entry.definition().orElseThrow().layout()).isEqualTo(Layout.STANDARD);
        assertThat(entry.definition().orElseThrow().terminated()).isTrue();

        var row = entry.row().orElseThrow();
        assertThat(row.line()).isEqualTo(5);
        assertThat(row.isWellFormed()).isTrue();
        assertThat(row.title().orElseThrow().position()).isEqualTo(new SourcePosition(5, 11));
        assertThat(row.summary().orElseThrow().position()).isEqualTo(new SourcePosition(5, 81));
    }

    @Test
    void crlfAndByteOrderMarkReadTheSameAsPlainLf() throws IOException {
        byte[] crlf = ONE_ENTRY.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream withBom = new ByteArrayOutputStream();
        withBom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        withBom.write(crlf);

        Digest plain = parse(ONE_ENTRY);
        Digest bom = parse(withBom.toByteArray(), "2024-03-29T0907_x.md");

        assertThat(bom.entries()).isEqualTo(plain.entries());
        assertThat(bom.headings()).isEqualTo(plain.headings());
    }

    @Test
    void configuredHeadingsWorkTheSame() throws IOException {
        DigestParser english = new DigestParser(new ParserOptions("Summary", "Details", Optional.of("econ")));
        String text = ONE_ENTRY.replace("# 摘要", "# Summary").replace("# 详细", "# Details");

        Digest digest = english.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Path.of("x.md"));

        assertThat(digest.headings()).extracting(Heading::kind)
                .containsExactly(Heading.Kind.SUMMARY, Heading.Kind.DETAILS);
        assertThat(digest.channel()).isEqualTo("econ");
        assertThat(digest.entries()).hasSize(1);
    }

    @Test
    void keepsEmptyFieldsInPlace() throws IOException {
        Digest digest = parser.parse(Fixtures.sample("2023-06-01T0329_empty-fields.md"),
                Path.of("2023-06-01T0329_empty-fields.md"));
        Entry entry = digest.entries().stream().filter(e -> e.number() == 3).findFirst().orElseThrow();

        assertThat(entry.translatedTitle().text()).isEmpty();
        assertThat(entry.translatedTitle().position().line()).isEqualTo(39);
        assertThat(entry.title().text()).startsWith("Less Likely Brainstorming");
        assertThat(entry.summaryZh().text()).isEmpty();
        assertThat(entry.summaryZh().position().line()).isEqualTo(45);
        assertThat(entry.abstractZh().text()).isEmpty();
        assertThat(entry.abstractZh().position().line()).isEqualTo(49);
        assertThat(entry.abstractEn().text()).startsWith("A human decision-maker");
        assertThat(entry.definition().orElseThrow().layout()).isEqualTo(Layout.STANDARD);
    }

    @Test
    void firstDayLayoutTakesItsSummaryFromTheRow() throws IOException {
        Digest digest = parser.parse(Fixtures.sample("2023-03-13T2240_first-day.md"),
                Path.of("2023-03-13T2240_first-day.md"));
        Entry entry = digest.entries().get(0);

        assertThat(entry.definition().orElseThrow().layout()).isEqualTo(Layout.NO_SUMMARIES);
        assertThat(entry.summaryZh().text()).startsWith("本研究提出了一种奖励系统");
        assertThat(entry.summaryZh().position().line()).isEqualTo(5);
        assertThat(entry.abstractEn().text()).startsWith("The emergence of pretrained");
        assertThat(entry.arxivId()).contains(new ArxivId("2303.06135", 0));
    }

    @Test
    void splitsRowsAtEveryUnescapedPipeAsGfmDoes() throws IOException {
        Digest digest = parser.parse(Fixtures.sample("2024-02-22T0913_cell-pipe.md"),
                Path.of("2024-02-22T0913_cell-pipe.md"));

        var broken = digest.rows().stream().filter(r -> r.cells().size() != 3).toList();
        assertThat(broken).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(6);
            assertThat(row.cells()).hasSize(4);
            assertThat(row.cells().get(1).text()).isEqualTo("[InSaAF: Incorporating Safety through Accuracy and Fairness");
            assertThat(row.title()).isEmpty();
        });
    }

    @Test
    void escapedPipesAndCodeSpansFollowGfm() {
        var row = DigestParser.parseRow("| [^2] | [A \\| B](https://arxiv.org/abs/2402.10567) | `x|y` |", 7);

        assertThat(row.cells()).extracting(f -> f.text())
                .containsExactly("[^2]", "[A | B](https://arxiv.org/abs/2402.10567)", "`x", "y`");
        assertThat(row.title()).map(f -> f.text()).contains("A | B");
        assertThat(row.cells().get(2).position()).isEqualTo(new SourcePosition(7, 55));
    }

    /**
     * A url that differs from its source text (here by an escape) is placed after its `](`, not
     * searched for. The escape sends the link to flexmark, so it stays within what flexmark reads.
     */
    @Test
    void aLongLinkPlacesItsUrlAfterItsBracket() {
        String label = "a".repeat(200);
        String target = "a".repeat(3_500);
        var row = DigestParser.parseRow("| [^1] | [" + label + "](" + target + "\\)) | s |", 3);

        assertThat(row.url()).map(f -> f.text()).contains(target + ")");
        assertThat(row.url().orElseThrow().position()).isEqualTo(new SourcePosition(3, 10 + label.length() + 3));
        assertThat(row.title().orElseThrow().position()).isEqualTo(new SourcePosition(3, 11));
    }

    @Test
    void hostileHeadingAndDelimiterLinesAreReadWhole() throws IOException {
        String text = ONE_ENTRY.replace("# 摘要\n", "# 摘要\n\n# " + "x" + " ".repeat(200_000) + "y\n")
                .replace("| --- | --- | --- |", "|" + "---|".repeat(100_000));
        Digest digest = parse(text);

        assertThat(digest.headings()).hasSize(3);
        assertThat(digest.headings().get(1).text().text()).startsWith("x ").endsWith(" y");
        assertThat(digest.tableDelimiter()).map(f -> f.position().line()).contains(6);
        assertThat(digest.entries()).singleElement().satisfies(entry -> assertThat(entry.row()).isPresent());
    }

    @Test
    void anEmptyDigestHasHeadingsAndNoEntries() throws IOException {
        Digest digest = parser.parse(Fixtures.sample("2026-08-22_empty.md"), Path.of("2026-08-22_empty.md"));

        assertThat(digest.entries()).isEmpty();
        assertThat(digest.headings()).hasSize(2);
        assertThat(digest.tableDelimiter()).isPresent();
        assertThat(digest.strayLines()).isEmpty();
    }

    @Test
    void marksBytesThatAreNotUtf8ByLine() throws IOException {
        byte[] text = ONE_ENTRY.getBytes(StandardCharsets.UTF_8);
        int line3 = ONE_ENTRY.substring(0, ONE_ENTRY.indexOf("| Ref")).getBytes(StandardCharsets.UTF_8).length;
        text[line3 + 2] = (byte) 0xC3; // a lead byte followed by ASCII: malformed
        Digest digest = parse(text, "x.md");

        assertThat(digest.malformedLines()).containsExactly(3);
        assertThat(digest.entries()).hasSize(1);
    }

    @Test
    void aFileCutShortLeavesAnUnterminatedDefinition() throws IOException {
        String cut = ONE_ENTRY.substring(0, ONE_ENTRY.indexOf("低秩分解"));
        Digest digest = parse(cut);

        var definition = digest.definitions().get(0);
        assertThat(definition.terminated()).isFalse();
        assertThat(definition.fields()).hasSize(5);
        assertThat(digest.endsWithNewline()).isFalse();
    }

    /** Rows take definitions by number, a number used twice in file order; the rest stand alone. */
    @Test
    void pairsRowsWithDefinitionsByNumberInFileOrder() throws IOException {
        StringBuilder text = new StringBuilder("# 摘要\n\n| Ref | Title | Summary |\n| --- | --- | --- |\n");
        for (int number : new int[] {1, 2, 2, 3}) {
            text.append("| [^").append(number).append("] | [T](https://arxiv.org/abs/2403.19243) | s |\n");
        }
        text.append("\n# 详细\n\n");
        for (int number : new int[] {2, 1, 2, 4, 2}) {
            text.append("[^").append(number).append("]: t\n\n    T\n\n    u\n\n    s\n\n    \n\n    z\n\n    e\n    \n\n");
        }
        Digest digest = parse(text.toString());

        List<String> pairs = digest.entries().stream()
                .map(e -> e.number() + ":" + e.row().map(r -> r.line()).orElse(0) + ":"
                        + e.definition().map(d -> d.position().line()).orElse(0))
                .toList();
        int firstDefinition = digest.definitions().get(0).position().line();
        int step = digest.definitions().get(1).position().line() - firstDefinition;
        assertThat(pairs).containsExactly(
                "1:5:" + (firstDefinition + step),
                "2:6:" + firstDefinition,
                "2:7:" + (firstDefinition + 2 * step),
                "3:8:0",
                "4:0:" + (firstDefinition + 3 * step),
                "2:0:" + (firstDefinition + 4 * step));
    }

    static Stream<Path> fixtureDigests() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.samples())) {
            return Stream.concat(files.sorted().toList().stream(), Stream.of(Fixtures.seedFile()));
        }
    }

    @ParameterizedTest
    @MethodSource("fixtureDigests")
    void everySampleAndTheSeedParseCompletely(Path file) throws IOException {
        Digest digest = parser.parse(file, file.getFileName());
        long labels = Files.readAllLines(file).stream().filter(l -> l.matches("^\\[\\^\\d+\\]:.*")).count();

        assertThat(digest.entries()).hasSize((int) labels);
        assertThat(digest.strayLines()).isEmpty();
        assertThat(digest.malformedLines()).isEmpty();
        for (Entry entry : digest.entries()) {
            assertThat(entry.row()).isPresent();
            assertThat(entry.definition()).isPresent();
            assertThat(entry.definition().get().terminated()).isTrue();
            assertThat(entry.arxivId()).as("entry %d of %s", entry.number(), file).isPresent();
            assertThat(entry.title().text()).isNotEmpty();
            assertThat(entry.url().text()).startsWith("http");
        }
    }

    @Test
    void seedListHasItsFourPapers() throws IOException {
        Digest digest = parser.parse(Fixtures.seedFile(), Fixtures.seedFile().getFileName());

        assertThat(digest.entries()).extracting(e -> e.arxivId().orElseThrow().id())
                .containsExactly("2403.19243", "2403.06869", "2306.07207", "2305.00767");
        assertThat(digest.date()).isEmpty();
        List<String> titles = digest.entries().stream().map(e -> e.title().text()).toList();
        assertThat(titles.get(2)).isEqualTo("Valley: Video Assistant with Large Language model Enhanced abilitY.");
    }
}
