package io.github.digestplugin.report.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.testing.CorpusSuite;
import io.github.digestplugin.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The index of the whole cs.CL corpus (15,758 papers): no file is big, and typical queries load
 * at most 2 MB, counted as search.js loads (meta, the terms' shards, the chunks of the first page
 * of results, charged at the largest chunk sizes). Prints the figures.
 */
@CorpusSuite
class SearchIndexCorpusTest {

    private static final long QUERY_BUDGET = 2_000_000;
    private static BuiltIndex index;

    @BeforeAll
    static void buildIndex() throws IOException {
        index = BuiltIndex.of(CorpusSearchDocuments.of(SharedData.fullCorpus()));
    }

    @Test
    void theIndexIsSplitIntoSmallFiles() {
        assertThat(index.index().documentCount()).isEqualTo(15_758);
        long total = 0;
        long largest = 0;
        for (String content : index.files().values()) {
            long size = content.getBytes(StandardCharsets.UTF_8).length;
            total += size;
            largest = Math.max(largest, size);
        }
        System.out.printf(Locale.ROOT, "search index: %d files, %.2f MB, largest %.1f KB, %d document chunks%n",
                index.files().size(), total / 1e6, largest / 1e3, index.index().chunkCount());
        assertThat(largest).isLessThan(4L * SearchIndex.SHARD_TARGET);
    }

    @Test
    void typicalQueriesFindPapersAndLoadAtMostTwoMegabytes() {
        for (String query : List.of("translation", "multiling", "模型", "语言模型", "情感分析 bert", "co", "large language mod")) {
            QuerySimulation simulation = new QuerySimulation(index, query);
            System.out.printf(Locale.ROOT, "query %-20s %5d results, %3d files, %7.1f KB%n", query,
                    simulation.matches.length, simulation.files.size(), simulation.bytes / 1e3);
            assertThat(simulation.matches).as(query).isNotEmpty();
            assertThat(simulation.bytes).as(query).isLessThanOrEqualTo(QUERY_BUDGET);
        }
    }
}
