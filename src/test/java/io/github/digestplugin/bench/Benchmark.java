package io.github.digestplugin.bench;

import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.DigestChecker;
import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.parse.DigestFiles;
import io.github.digestplugin.parse.ParserOptions;
import io.github.digestplugin.testing.SharedData;
import io.github.digestplugin.report.ReportGenerator;
import io.github.digestplugin.report.ReportRequest;
import io.github.digestplugin.report.ReportResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Times the check or the report on the whole unpacked cs.CL corpus, cold (first run in this JVM)
 * and warm (median of later runs), and prints throughput, output and peak heap. Run by
 * {@code src/bench/benchmark.sh}, not by the test suite: figures, never asserts.
 *
 * <p>Arguments: {@code check|report}, the number of warm runs, the corpus folder, and for the
 * report the output folder.
 */
public final class Benchmark {

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "check";
        int warmRuns = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path corpus = args.length > 2 ? Path.of(args[2]) : SharedData.fullCorpus();
        HeapSampler heap = HeapSampler.start();
        if (what.equals("report")) {
            report(corpus, Path.of(args.length > 3 ? args[3] : "target/bench-report"), warmRuns);
        } else {
            check(corpus, warmRuns);
        }
        System.out.printf(Locale.ROOT, "peak heap used: %.1f MiB (sampled every 5 ms; max heap %d MiB)%n",
                heap.peakBytes() / (double) (1 << 20), Runtime.getRuntime().maxMemory() >> 20);
    }

    static void check(Path corpus, int warmRuns) throws IOException {
        List<Path> files = new DigestFiles(List.of("**/*.md"), List.of()).find(corpus).files();
        DigestChecker checker = new DigestChecker(ParserOptions.defaults(), Rules.defaults());

        CheckResult cold = checker.check(corpus, files);
        print("check cold", cold, cold.elapsed().toNanos());

        List<Long> times = new ArrayList<>();
        CheckResult last = cold;
        for (int i = 0; i < warmRuns; i++) {
            long start = System.nanoTime();
            last = checker.check(corpus, files);
            times.add(System.nanoTime() - start);
        }
        Collections.sort(times);
        print("check warm (median of " + warmRuns + ")", last, times.get(times.size() / 2));
        System.out.printf(Locale.ROOT, "check warm best: %.3f s%n", times.get(0) / 1e9);
    }

    /**
     * The report: a cold full render into an empty folder, warm full renders (the up-to-date
     * state removed before each), a run with nothing changed, and a run after one digest changed.
     */
    static void report(Path corpus, Path output, int warmRuns) throws IOException {
        ReportRequest request = new ReportRequest(corpus, List.of("**/*.md"), List.of(), ParserOptions.defaults(),
                Rules.defaults(), output, output.resolveSibling("digest-report"), Optional.empty(),
                Locale.ENGLISH, "cs.CL reading list");
        deleteTree(output);
        deleteTree(request.stateDirectory());
        ReportGenerator generator = new ReportGenerator();
        long start = System.nanoTime();
        ReportResult cold = generator.generate(request);
        printReport("report cold (empty output)", cold, System.nanoTime() - start);
        System.out.printf(Locale.ROOT, "report output: %d files, %.1f MB%n", countFiles(output), treeSize(output) / 1e6);

        List<Long> times = new ArrayList<>();
        ReportResult warm = cold;
        for (int i = 0; i < warmRuns; i++) {
            forgetState(request.stateDirectory());
            start = System.nanoTime();
            warm = generator.generate(request);
            times.add(System.nanoTime() - start);
        }
        Collections.sort(times);
        printReport("report warm (median of " + warmRuns + ", every page rendered)", warm, times.get(times.size() / 2));

        start = System.nanoTime();
        ReportResult unchanged = generator.generate(request);
        printReport("report, no input changed", unchanged, System.nanoTime() - start);

        Path changed = corpus.resolve(new DigestFiles(List.of("**/*.md"), List.of()).find(corpus).files().get(400));
        byte[] original = Files.readAllBytes(changed);
        FileTime modified = Files.getLastModifiedTime(changed);
        Path copy = Files.createTempFile("digest-bench", ".md");
        Files.write(copy, original);
        try {
            // A visible edit: the first row's summary gains a word, so its digest page, the problems
            // page (the row no longer matches its definition) and the overview's counts change.
            String text = new String(original, java.nio.charset.StandardCharsets.UTF_8);
            int row = text.indexOf("| [^1] |");
            int end = text.indexOf(" |\n", row);
            Files.writeString(changed, text.substring(0, end) + " 已编辑" + text.substring(end));
            start = System.nanoTime();
            ReportResult one = generator.generate(request);
            printReport("report, one digest changed (" + changed.getFileName() + ")", one, System.nanoTime() - start);
        } finally {
            Files.write(changed, Files.readAllBytes(copy));
            Files.setLastModifiedTime(changed, modified);
            Files.delete(copy);
        }
    }

    static void printReport(String label, ReportResult result, long nanos) {
        System.out.printf(Locale.ROOT,
                "%s: %.3f s, %d digests, %d entries, %d papers, up to date %s, %d files written, %d unchanged%n",
                label, nanos / 1e9, result.digests(), result.entries(), result.papers(), result.upToDate(),
                result.pagesWritten(), result.pagesUnchanged());
    }

    /**
     * Removes the report's fingerprints of its inputs from its state directory, so that the next
     * run renders every page again (and, with its manifest kept, writes only what changed).
     */
    static void forgetState(Path stateDirectory) throws IOException {
        try (Stream<Path> folders = Files.list(stateDirectory)) {
            for (Path folder : folders.toList()) {
                Files.deleteIfExists(folder.resolve("fingerprint.properties"));
            }
        }
    }

    static long countFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    static long treeSize(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static void print(String label, CheckResult result, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf(Locale.ROOT, "%s: %d files, %.1f MB, %d entries, %d findings in %.3f s: %.1f MB/s, %.0f entries/s%n",
                label, result.files(), result.bytes() / 1e6, result.entries(), result.findings().size(), seconds,
                result.bytes() / 1e6 / seconds, result.entries() / seconds);
    }

    /** Samples the heap in use; the peak includes garbage not yet collected, so it is an upper bound. */
    static final class HeapSampler {
        private final AtomicLong peak = new AtomicLong();

        static HeapSampler start() {
            HeapSampler sampler = new HeapSampler();
            Thread thread = new Thread(() -> {
                Runtime runtime = Runtime.getRuntime();
                while (true) {
                    sampler.peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
            return sampler;
        }

        long peakBytes() {
            return peak.get();
        }
    }
}
