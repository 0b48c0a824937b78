package io.github.digestplugin.report.search;

import io.github.digestplugin.testing.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Prints the index figures of the whole cs.CL corpus (sizes, shards, what queries load). */
public final class SearchIndexFigures {

    public static void main(String[] args) throws Exception {
        Path corpus = args.length > 0 ? Path.of(args[0]) : SharedData.fullCorpus();
        long t0 = System.nanoTime();
        List<SearchDocument> docs = CorpusSearchDocuments.of(corpus);
        long t1 = System.nanoTime();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        SearchIndex index = SearchIndex.build(docs);
        long t2 = System.nanoTime();
        System.out.printf("index cpu %.2fs%n", (threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
        long total = 0, largest = 0, idx = 0, chunks = 0;
        String largestName = "";
        for (Map.Entry<String, String> f : index.files().entrySet()) {
            long size = f.getValue().getBytes(StandardCharsets.UTF_8).length;
            total += size;
            if (f.getKey().startsWith("idx")) idx++; else if (f.getKey().startsWith("docs")) chunks++;
            if (size > largest) { largest = size; largestName = f.getKey(); }
        }
        System.out.printf("docs %d, parse %.2fs, index %.2fs%n", docs.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        System.out.printf("files %d (shards %d, chunks %d of %d docs), total %.2f MB, largest %s %.1f KB, meta %.1f KB%n",
                index.files().size(), idx, chunks, index.chunkSize(), total / 1e6, largestName, largest / 1e3,
                index.files().get("meta.js").length() / 1e3);
    }
}
