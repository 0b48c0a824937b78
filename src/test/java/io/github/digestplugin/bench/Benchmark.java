package io.github.digestplugin.bench;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.DigestChecker;
import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.parse.DigestFiles;
import io.github.digestplugin.parse.ParserOptions;
import io.github.digestplugin.testing.SharedData;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Times the check on the whole unpacked cs.CL corpus, cold (first run in this JVM) and warm
 * (median of later runs), and prints files, MB/s, entries/s and peak heap. Run by
 * {@code src/bench/benchmark.sh}, not by the test suite: figures, never asserts.
 */
public final class Benchmark {

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        int warmRuns = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path corpus = args.length > 1 ? Path.of(args[1]) : SharedData.fullCorpus();
        List<Path> files = new DigestFiles(List.of("**/*.md"), List.of()).find(corpus);
        DigestChecker checker = new DigestChecker(ParserOptions.defaults(), RuleConfiguration.defaults());

        resetPeaks();
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
        System.out.printf(Locale.ROOT, "peak heap: %.1f MB (max heap %d MB)%n", peakHeapBytes() / 1e6,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    static void print(String label, CheckResult result, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf(Locale.ROOT, "%s: %d files, %.1f MB, %d entries, %d findings in %.3f s: %.1f MB/s, %.0f entries/s%n",
                label, result.files(), result.bytes() / 1e6, result.entries(), result.findings().size(), seconds,
                result.bytes() / 1e6 / seconds, result.entries() / seconds);
    }

    static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one moment. */
    static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
