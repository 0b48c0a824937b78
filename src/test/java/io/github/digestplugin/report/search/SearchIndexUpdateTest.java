package io.github.digestplugin.report.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.report.render.OutputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index kept up to date from run to run is, after every step of random additions, edits and
 * deletions, the one a build from scratch writes, byte for byte; and a run rewrites only the files
 * around what changed.
 */
class SearchIndexUpdateTest {

    private static final long SEED = Long.getLong("digest.seed", System.nanoTime());
    private static final String[] WORDS = ("language model translation retrieval sparse attention agents tokens"
            + " alignment reasoning summarization dialogue speech parsing grammar corpus benchmark evaluation"
            + " multilingual transformer decoder encoder prompt instruction hallucination factual knowledge graph"
            + " entity relation extraction sentiment emotion bias fairness safety").split(" ");
    private static final String HAN = "大型语言模型的推理能力研究与评估方法知识图谱对话系统情感分析机器翻译";

    @TempDir
    Path temp;

    /** Papers by id, each with a stamp: a store's content hash, here changed at will. */
    private final TreeMap<String, SearchDocument> papers = new TreeMap<>();
    private final Map<String, String> stamps = new TreeMap<>();
    private int stampCounter;

    @Test
    void everyStepOfRandomChangesGivesTheIndexABuildFromScratchGives() throws IOException {
        System.out.println("SearchIndexUpdateTest: seed " + SEED + " (replay: -Ddigest.seed=" + SEED + ")");
        Random random = new Random(SEED);
        for (int i = 0; i < 400; i++) {
            put(randomId(random), random);
        }
        Path report = temp.resolve("report");
        Path state = temp.resolve("state");
        SearchIndexWriter.Written first = run(report, state);
        assertThat(first.incremental()).isFalse();
        int incremental = 0;
        for (int step = 0; step < 30; step++) {
            String change = change(random);
            SearchIndexWriter.Written written = run(report, state);
            if (written.incremental()) {
                incremental++;
            }
            Path fresh = temp.resolve("fresh-" + step);
            run(fresh.resolve("report"), fresh.resolve("state"));
            assertSameFiles(report.resolve("search"), fresh.resolve("report/search"), "seed " + SEED + ", step "
                    + step + ": " + change);
        }
        assertThat(incremental).as("steps updated in place rather than built afresh").isGreaterThan(25);
    }

    @Test
    void anEditedPaperRewritesOnlyItsChunksAndTheShardsOfItsTerms() throws IOException {
        Random random = new Random(7);
        for (int i = 0; i < 1500; i++) {
            put(randomId(random), random);
        }
        Path report = temp.resolve("report");
        Path state = temp.resolve("state");
        run(report, state);
        String id = new ArrayList<>(papers.keySet()).get(700);
        SearchIndex.Tokens before = SearchIndex.Tokens.of(papers.get(id));
        SearchDocument old = papers.get(id);
        papers.put(id, new SearchDocument(old.key(), old.href(), old.category(), old.firstSeen(), old.title(),
                old.translatedTitle(), old.summaryZh() + "评估", old.summaryEn(), old.abstractZh(),
                old.abstractEn() + " benchmark"));
        stamps.put(id, "s" + stampCounter++);
        SearchIndex.Tokens after = SearchIndex.Tokens.of(papers.get(id));
        OutputFiles output = OutputFiles.begin(report, state);
        SearchIndexWriter.Written written = new SearchIndexWriter().write(source(), output);
        output.finish();
        output.complete();
        assertThat(written.incremental()).isTrue();

        SearchIndex.Layout layout = SearchIndexUpdate.parseMeta(Files.readString(report.resolve("search/meta.js")));
        Set<String> wordShards = new HashSet<>();
        Set<String> hanShards = new HashSet<>();
        for (SearchIndex.Tokens tokens : List.of(before, after)) {
            for (String word : tokens.words()) {
                wordShards.add(layout.shardFile(Math.max(0, layout.wordShard(word))));
            }
            for (long code : tokens.bigrams()) {
                hanShards.add(layout.shardFile(layout.wordStarts.size()
                        + SearchIndex.hanShard(SearchTokenizer.bigramText(code), layout.hanShards)));
            }
        }
        int files;
        try (Stream<Path> all = Files.list(report.resolve("search"))) {
            files = (int) all.count();
        }
        System.out.printf("one edited paper: %d of %d index files made, %d word and %d Han shards hold its terms%n",
                written.made(), files, wordShards.size(), hanShards.size());
        // Its chunk with the neighbours cut with it, the shards of its terms and the word shards cut
        // again beside them; meta.js is written on every run and not counted.
        assertThat(written.made()).isLessThanOrEqualTo(4 + hanShards.size() + 2 * wordShards.size())
                .isLessThan(files / 2);
    }

    private String change(Random random) {
        List<String> ids = new ArrayList<>(papers.keySet());
        int kind = random.nextInt(5);
        int count = 1 + random.nextInt(6);
        StringBuilder what = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String id = ids.get(random.nextInt(ids.size()));
            switch (kind) {
                case 0 -> {
                    String added = randomId(random);
                    put(added, random);
                    what.append(" add ").append(added);
                }
                case 1 -> {
                    put(id, random);
                    what.append(" edit ").append(id);
                }
                case 2 -> {
                    if (papers.size() > 50 && papers.remove(id) != null) {
                        stamps.remove(id);
                        what.append(" delete ").append(id);
                    }
                }
                case 3 -> {
                    stamps.put(id, "s" + stampCounter++);
                    what.append(" touch ").append(id);
                }
                default -> {
                    SearchDocument d = papers.get(id);
                    papers.put(id, new SearchDocument(d.key(), d.href(), d.category(), d.firstSeen(),
                            d.title() + " " + WORDS[random.nextInt(WORDS.length)], d.translatedTitle(), d.summaryZh(),
                            d.summaryEn(), d.abstractZh(), d.abstractEn()));
                    stamps.put(id, "s" + stampCounter++);
                    what.append(" retitle ").append(id);
                }
            }
        }
        return what.toString();
    }

    private void put(String id, Random random) {
        papers.put(id, new SearchDocument(id, "papers/" + id.replace('/', '_') + ".html", "cs.CL",
                "2024-0" + (1 + random.nextInt(9)) + "-01", text(random, 4 + random.nextInt(8)), han(random, 8),
                han(random, 20 + random.nextInt(40)), text(random, 10), "", text(random, 30 + random.nextInt(200))));
        stamps.put(id, "s" + stampCounter++);
    }

    private static String randomId(Random random) {
        int kind = random.nextInt(20);
        if (kind == 0) {
            return String.format("hep-th/%02d%02d%03d", 91 + random.nextInt(9), 1 + random.nextInt(12), random.nextInt(1000));
        }
        if (kind == 1) {
            return String.format("math.GT/%02d%02d%03d", random.nextInt(8), 1 + random.nextInt(12), random.nextInt(1000));
        }
        return String.format("%02d%02d.%05d", 20 + random.nextInt(5), 1 + random.nextInt(12), random.nextInt(30000));
    }

    private static String text(Random random, int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            out.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            if (random.nextInt(10) == 0) {
                out.append(random.nextInt(1000));
            }
        }
        return out.toString();
    }

    private static String han(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(HAN.charAt(random.nextInt(HAN.length())));
        }
        return out.toString();
    }

    private SearchIndexWriter.Written run(Path report, Path state) throws IOException {
        try (OutputFiles output = OutputFiles.begin(report, state)) {
            SearchIndexWriter.Written written = new SearchIndexWriter().write(source(), output);
            output.finish();
            output.complete();
            return written;
        }
    }

    private SearchIndexWriter.Source source() {
        return new SearchIndexWriter.Source() {
            @Override
            public void forEachStamp(BiConsumer<String, String> consumer) {
                stamps.forEach(consumer);
            }

            @Override
            public Optional<SearchDocument> document(String id) {
                return Optional.ofNullable(papers.get(id));
            }

            @Override
            public void withDocuments(SearchIndexWriter.DocumentsUser build) throws IOException {
                build.read(List.copyOf(papers.values()));
            }
        };
    }

    private static void assertSameFiles(Path actual, Path expected, String context) throws IOException {
        assertThat(names(actual)).as("files; %s", context).isEqualTo(names(expected));
        for (String name : names(expected)) {
            assertThat(Files.readString(actual.resolve(name))).as("%s; %s", name, context)
                    .isEqualTo(Files.readString(expected.resolve(name)));
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted(Comparator.naturalOrder()).toList();
        }
    }
}
