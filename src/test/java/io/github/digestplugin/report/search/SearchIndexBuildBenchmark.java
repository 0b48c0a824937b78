package io.github.digestplugin.report.search;

import io.github.digestplugin.report.render.OutputFiles;
import io.github.digestplugin.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The search index build of the whole cs.CL corpus, in this JVM: documents parsed first (not
 * timed), then the index written through the report's files into a fresh folder, best of the
 * runs. Figures, never asserts. Argument: [runs].
 */
public final class SearchIndexBuildBenchmark {

    private SearchIndexBuildBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<SearchDocument> documents = CorpusSearchDocuments.of(SharedData.fullCorpus());
        Path folder = Files.createTempDirectory("search-build");
        double best = Double.MAX_VALUE;
        for (int run = 0; run < runs; run++) {
            Path report = folder.resolve("report-" + run);
            Path state = folder.resolve("state-" + run);
            long start = System.nanoTime();
            try (OutputFiles output = OutputFiles.begin(report, state)) {
                new SearchIndexWriter().write(documents, output);
                output.complete();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            best = Math.min(best, seconds);
            System.out.printf(Locale.ROOT, "run %d: %.2f s%n", run + 1, seconds);
        }
        double inMemory = Double.MAX_VALUE;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            SearchIndex.build(documents, (name, content) -> content.writeTo(java.io.Writer.nullWriter()));
            inMemory = Math.min(inMemory, (System.nanoTime() - start) / 1e9);
        }
        System.out.printf(Locale.ROOT, "built without writing files: best %.2f s%n", inMemory);
        long bytes;
        try (Stream<Path> files = Files.list(folder.resolve("report-0").resolve(SearchIndexWriter.DIRECTORY))) {
            bytes = files.mapToLong(f -> f.toFile().length()).sum();
        }
        System.out.printf(Locale.ROOT, "search index of %d papers: best %.2f s of %d runs, %.2f MB%n",
                documents.size(), best, runs, bytes / 1e6);
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
