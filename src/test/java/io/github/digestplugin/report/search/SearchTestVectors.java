package io.github.digestplugin.report.search;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Test vectors for the Node tests of the search script (src/test/js): a small index written by
 * {@link SearchIndex} into {@code <folder>/index/}, and {@code <folder>/vectors.json}, the queries
 * with what the script must answer: the documents the Java side finds for the query (the same
 * terms, split by {@link SearchTokenizer}, so the two tokenizers are checked against each other),
 * and the order, snippet and highlights this test expects. The build runs it before
 * {@code node --test}; it fails at once when Node is not on the PATH.
 */
public final class SearchTestVectors {

    static final List<SearchDocument> DOCUMENTS = List.of(
            paper("1810.04805", "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
                    "BERT：用于语言理解的深度双向变换器预训练", "提出双向预训练的语言表示模型。",
                    "We introduce a new language representation model called BERT, which stands for Bidirectional"
                            + " Encoder Representations from Transformers."),
            paper("2101.00001", "Berth Allocation under Uncertainty", "不确定条件下的泊位分配",
                    "研究港口泊位分配问题。", "Berth allocation at container ports is studied with a stochastic model."
                            + " We compare BERT embeddings of schedules in an appendix."),
            paper("2101.00002", "A Survey of Transformer Models", "变换器模型综述", "本文综述大型语言模型。",
                    "Transformer models dominate natural language processing. This survey covers large language"
                            + " models, their training and their evaluation."),
            paper("2101.00003", "Fuzzy Speech", "模糊的言语", "语言模式，言模糊，模型。",
                    "Speech that is fuzzy: a model of vague language."),
            paper("2101.00004", "Scaling Large Language Models", "扩展大型语言模型", "大型语言模型的扩展规律。",
                    "We study how large language models scale with data. <script>alert(1)</script> Larger models"
                            + " need more data."));

    /**
     * Queries and what this test expects beside the Java-side matches: {@code order}, the
     * documents' links in that order; {@code title} and {@code snippet}, the texts the script must
     * mark in the first result's title and snippet; {@code field}, the record field its snippet
     * comes from.
     */
    private static final List<Map<String, Object>> EXPECTED = List.of(
            Map.of("query", "bert", "order", List.of("papers/1810.04805.html", "papers/2101.00001.html"),
                    "title", List.of("BERT", "BERT")),
            Map.of("query", "bert ", "order", List.of("papers/1810.04805.html", "papers/2101.00001.html")),
            Map.of("query", "transformr", "order", List.of("papers/2101.00002.html"),
                    "title", List.of("Transformer"), "snippet", List.of("Transformer"), "field", 9),
            Map.of("query", "transformr ", "order", List.of("papers/2101.00002.html")),
            Map.of("query", "语言模型", "order", List.of("papers/2101.00004.html", "papers/2101.00002.html"),
                    "title", List.of("语言模型"), "snippet", List.of("语言模型"), "field", 6),
            Map.of("query", "语言", "title", List.of("语言")),
            Map.of("query", "large language", "order", List.of("papers/2101.00004.html", "papers/2101.00002.html"),
                    "title", List.of("Large", "Language"), "snippet", List.of("large", "language"), "field", 9),
            Map.of("query", "constructor", "order", List.of()),
            Map.of("query", "zzzzzzz", "order", List.of()));

    private SearchTestVectors() {}

    public static void main(String[] args) throws IOException {
        requireNode();
        write(Path.of(args.length > 0 ? args[0] : "target/search-vectors"));
    }

    static void write(Path folder) throws IOException {
        Path index = folder.resolve("index");
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(index);
        BuiltIndex built = BuiltIndex.of(DOCUMENTS);
        for (Map.Entry<String, String> file : built.files().entrySet()) {
            Files.writeString(index.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        StringBuilder json = new StringBuilder("{\"documents\":").append(DOCUMENTS.size()).append(",\"cases\":[");
        for (int i = 0; i < EXPECTED.size(); i++) {
            Map<String, Object> expected = EXPECTED.get(i);
            String query = (String) expected.get("query");
            json.append(i == 0 ? "" : ",").append("{\"query\":");
            string(json, query);
            // The documents holding every term, as the index in memory has them: no corrections, no phrase check.
            json.append(",\"matches\":");
            strings(json, IntStream.of(new QuerySimulation(built, query).matches)
                    .mapToObj(d -> DOCUMENTS.stream().filter(doc -> DocumentNumbers.regular(doc.key()) == d)
                            .findFirst().orElseThrow().href()).toList());
            for (String key : List.of("order", "title", "snippet")) {
                if (expected.containsKey(key)) {
                    json.append(",\"").append(key).append("\":");
                    @SuppressWarnings("unchecked")
                    List<String> values = (List<String>) expected.get(key);
                    strings(json, values);
                }
            }
            if (expected.containsKey("field")) {
                json.append(",\"field\":").append(expected.get("field"));
            }
            json.append('}');
        }
        json.append("]}\n");
        Files.writeString(folder.resolve("vectors.json"), json, StandardCharsets.UTF_8);
    }

    private static SearchDocument paper(String id, String title, String translated, String summaryZh, String abstractEn) {
        return new SearchDocument(id, "papers/" + id + ".html", "cs.CL", "2024-01-0" + (id.charAt(id.length() - 1) % 9 + 1),
                title, translated, summaryZh, "", "", abstractEn);
    }

    private static void strings(StringBuilder out, List<String> values) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ",");
            string(out, values.get(i));
        }
        out.append(']');
    }

    private static void string(StringBuilder out, String value) {
        ScriptJson.appendString(out, value);
    }

    /** Fails, saying what to do, when no {@code node} is on the PATH: the search script would go untested. */
    private static void requireNode() {
        String path = System.getenv("PATH");
        List<String> folders = new ArrayList<>(path == null ? List.of() : List.of(path.split(File.pathSeparator)));
        boolean found = folders.stream().anyMatch(dir -> Files.isExecutable(Path.of(dir, "node"))
                || Files.isExecutable(Path.of(dir, "node.exe")));
        if (!found) {
            throw new IllegalStateException("Node.js 20 or newer is needed on the PATH to test the search script"
                    + " (src/test/js, run with node --test); install it, or skip these tests explicitly with"
                    + " -Ddigest.skipNodeTests");
        }
    }
}
