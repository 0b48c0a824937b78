package io.github.digestplugin.report.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digestplugin.report.render.OutputFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexWriterTest {

    private static final SearchDocument LLM = document("2402.17812", "papers/2402.17812.html",
            "DropBP: Accelerating Fine-Tuning of Large Language Models", "DropBP：通过丢弃反向传播加速大型语言模型的微调",
            "DropBP提出了一种加速微调的方式。", "We propose DropBP, translation-free.");
    private static final SearchDocument MEME = document("2401.01523", "papers/2401.01523.html",
            "GOAT-Bench: Safety Insights through Meme-Based Social Abuse", "GOAT-Bench: 基于迷因的社交虐待研究",
            "研究大型多模态模型。", "Translation of memes.");
    private static final SearchDocument OLD = document("hep-th/9901001", "papers/hep-th_9901001.html",
            "Strings", "弦", "", "An old paper about translations.");

    @TempDir
    Path report;

    @TempDir
    Path state;

    @Test
    void chineseFindsCharactersInsideLongerWords() throws IOException {
        BuiltIndex index = BuiltIndex.of(List.of(MEME, LLM, OLD));
        // Documents are numbered by their ids: 2401.01523, 2402.17812, hep-th/9901001.
        assertThat(new QuerySimulation(index, "语言模型").matches).containsExactly(number(LLM));
        assertThat(new QuerySimulation(index, "虐待").matches).containsExactly(number(MEME));
        assertThat(new QuerySimulation(index, "大型").matches).containsExactly(number(MEME), number(LLM));
        assertThat(new QuerySimulation(index, "迷因 meme").matches).containsExactly(number(MEME));
        assertThat(new QuerySimulation(index, "弦").matches).as("one Han character makes no bigram").isEmpty();
    }

    @Test
    void theLastEnglishWordMatchesAsAPrefix() throws IOException {
        BuiltIndex index = BuiltIndex.of(List.of(MEME, LLM, OLD));
        int[] all = {number(MEME), number(LLM), number(OLD)};
        assertThat(new QuerySimulation(index, "transl").matches).containsExactly(all);
        assertThat(new QuerySimulation(index, "translation").matches).containsExactly(all);
        assertThat(new QuerySimulation(index, "translation ").matches).as("a finished word is exact")
                .containsExactly(number(MEME), number(LLM));
        assertThat(new QuerySimulation(index, "fine tun").matches).containsExactly(number(LLM));
        assertThat(new QuerySimulation(index, "9901001").matches).as("the arXiv id is searchable")
                .containsExactly(number(OLD));
    }

    @Test
    void wordsSplitIntoSortedRangesAndAPrefixLoadsOnlyTheNeighboursHoldingItsCompletions() throws IOException {
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            int first = i * 8;
            String words = String.join(" ", IntStream.range(0, 8).mapToObj(j -> "tra" + Integer.toString(first + j, 36)).toList());
            documents.add(document(String.format("2401.%05d", i), "papers/" + i + ".html", "Paper " + i, "", words, ""));
        }
        BuiltIndex index = BuiltIndex.of(documents);
        List<String> traShards = index.index().prefixShardFiles("tra");
        assertThat(traShards).hasSizeGreaterThan(3);
        assertThat(index.files().entrySet()).filteredOn(e -> e.getKey().startsWith("idx-"))
                .allSatisfy(e -> assertThat(e.getValue().length()).isLessThan(2 * SearchIndex.SHARD_TARGET));
        assertThat(new QuerySimulation(index, "tra").matches).hasSize(3000);
        assertThat(new QuerySimulation(index, "tra" + Integer.toString(777 * 8 + 3, 36)).matches).containsExactly(DocumentNumbers.regular("2401.00777"));
        assertThat(new QuerySimulation(index, "paper").matches).hasSize(3000);
        assertThat(index.index().prefixShardFiles("pa")).hasSize(1);
    }

    @Test
    void filesAreScriptsThatRegisterWithDataEscapedForJavaScript() throws IOException {
        SearchDocument hostile = document("2403.00001", "papers/2403.00001.html",
                "</script><img src=x onerror=alert(1)> \"quoted\" \\ back\u2028line", "<b>粗体</b>", "摘要\u0000文本", "");
        List<Path> files = write(List.of(LLM, hostile));
        assertThat(files).contains(Path.of("search/meta.js"));
        Path first = files.stream().filter(f -> f.getFileName().toString().startsWith("docs-" + number(LLM) + "-"))
                .findFirst().orElseThrow();
        String chunk = Files.readString(report.resolve(first));
        assertThat(chunk).startsWith("digestSearch.documents(" + number(LLM) + ",\"").endsWith("]);\n")
                .doesNotContain("<", "\u2028", "\u0000")
                // A line separator is white space: one line, one space.
                .contains("\\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e \\\"quoted\\\" \\\\ back line");
        assertThat(Files.readString(report.resolve("search/meta.js"))).startsWith("digestSearch.meta({\"documents\":2,");
        for (Path file : files) {
            assertThat(Files.readString(report.resolve(file))).matches("(?s)digestSearch\\.(meta|postings|documents)\\(.*\\);\n");
        }
    }

    @Test
    void documentChunksAreWrittenWhileTheDocumentsAreReadAndMetaFindsEachDocumentsChunk() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        int count = 400;
        Iterable<SearchDocument> once = new Iterable<>() {
            private boolean read;

            @Override
            public Iterator<SearchDocument> iterator() {
                assertThat(read).as("the documents are read once").isFalse();
                read = true;
                return IntStream.range(0, count).mapToObj(i -> {
                    if (i == count - 1) {
                        assertThat(files.keySet()).as("chunks written before the last document")
                                .anyMatch(name -> name.startsWith("docs-" + NUMBERED + "-")).doesNotContain("meta.js");
                    }
                    return numbered(i, "摘要文本 " + "word ".repeat(i % 50));
                }).iterator();
            }
        };
        BuiltIndex index = BuiltIndex.of(once, files);

        String meta = files.get("meta.js");
        Matcher chunks = Pattern.compile("\"chunks\":\"([^\"]*)\"").matcher(meta);
        assertThat(chunks.find()).isTrue();
        int[] starts = PostingEncoding.decode(chunks.group(1));
        assertThat(starts).hasSizeGreaterThan(3).startsWith(NUMBERED).isSorted();
        assertThat(files.keySet().stream().filter(name -> name.startsWith("docs-"))).hasSize(starts.length);
        for (int i = 0; i < count; i++) {
            int document = NUMBERED + i;
            int chunk = index.index().chunkOf(document);
            assertThat(starts[chunk]).isLessThanOrEqualTo(document);
            String records = files.get(index.index().chunkFile(chunk));
            assertThat(records).as("document %d", i).contains("\"papers/" + i + ".html\"");
            // The first record of a chunk is its first document's.
            if (starts[chunk] == document) {
                assertThat(records).startsWith("digestSearch.documents(" + document + ",\"")
                        .contains(",[[\"papers/" + i + ".html\"");
            }
        }
        for (int chunk = 0; chunk < starts.length; chunk++) {
            String records = files.get(index.index().chunkFile(chunk));
            assertThat(index.index().chunkFile(chunk)).as("named by its content")
                    .isEqualTo("docs-" + starts[chunk] + "-" + SearchIndex.contentHash(records) + ".js");
            int own = records.substring(records.indexOf(",[") + 2).length() - "]);\n".length();
            assertThat(own).as("chunk %d", chunk).isLessThanOrEqualTo(SearchIndex.CHUNK_TARGET);
        }
    }

    @Test
    void documentsOutOfKeyOrderAreRefused() {
        assertThatThrownBy(() -> BuiltIndex.of(List.of(LLM, MEME)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2401.01523").hasMessageContaining("2402.17812");
        assertThatThrownBy(() -> BuiltIndex.of(List.of(LLM, LLM))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordsHoldEveryFieldOnOneLine() {
        assertThat(SearchIndex.oneLine("  一句话\n\t总结  and\u00a0more ")).isEqualTo("一句话 总结 and more");
    }

    @Test
    void aLinkOutsideTheReportIsRefused() {
        SearchDocument outside = document("2403.00002", "javascript:alert(1)", "t", "", "", "");
        assertThatThrownBy(() -> write(List.of(outside)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("javascript:alert(1)");
        SearchDocument absolute = document("2403.00003", "/etc/passwd", "t", "", "", "");
        assertThatThrownBy(() -> write(List.of(absolute)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unchangedFilesAreNotRewrittenAndFilesOfABiggerIndexAreRemoved() throws IOException {
        List<SearchDocument> many = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            many.add(numbered(i, "摘要文本 " + "word".repeat(i % 7) + " text".repeat(40)));
        }
        List<Path> first = write(many);
        assertThat(first.stream().filter(p -> p.getFileName().toString().startsWith("docs-"))).hasSizeGreaterThan(2);
        FileTime old = FileTime.fromMillis(0);
        for (Path file : first) {
            Files.setLastModifiedTime(report.resolve(file), old);
        }
        write(many);
        for (Path file : first) {
            assertThat(Files.getLastModifiedTime(report.resolve(file))).as(file.toString()).isEqualTo(old);
        }
        Files.writeString(report.resolve("search/notes.txt"), "a user's file", StandardCharsets.UTF_8);
        List<Path> second = write(many.subList(0, 3));
        try (var listing = Files.list(report.resolve("search"))) {
            assertThat(listing.map(p -> Path.of("search", p.getFileName().toString())))
                    .containsExactlyInAnyOrderElementsOf(concat(second, Path.of("search/notes.txt")));
        }
    }

    /** The number of the documents {@link #numbered} 0. */
    private static final int NUMBERED = DocumentNumbers.regular("2401.00000");

    private static int number(SearchDocument document) {
        return DocumentNumbers.regular(document.key());
    }

    private static SearchDocument numbered(int i, String text) {
        return document(String.format("2401.%05d", i), "papers/" + i + ".html", "Title " + i, "标题" + i, text, "");
    }

    static SearchDocument document(String key, String href, String title, String translated, String summaryZh,
            String abstractEn) {
        return new SearchDocument(key, href, "cs.CL", "2024-01-02", title, translated, summaryZh, "", "", abstractEn);
    }

    /** The index written as a report run writes it: through the report's files, then finished. */
    private List<Path> write(List<SearchDocument> documents) throws IOException {
        OutputFiles output = OutputFiles.begin(report, state);
        List<Path> files = new SearchIndexWriter().write(documents, output);
        output.finish();
        return files;
    }

    private static List<Path> concat(List<Path> paths, Path extra) {
        List<Path> all = new ArrayList<>(paths);
        all.add(extra);
        return all;
    }
}
