package io.github.digestplugin.bench;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.DigestChecker;
import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.parse.ParserOptions;
import io.github.digestplugin.report.ReportGenerator;
import io.github.digestplugin.report.ReportRequest;
import io.github.digestplugin.report.ReportResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * How the check and the report grow with one hostile dimension of a single digest: pipes in one
 * title cell, rows without definitions, links or entities repeated in one field. Each case is run
 * at three sizes, ten times apart, and the time of the largest is divided by the time of the
 * middle one: a linear cost gives about ten, a quadratic one about a hundred (the target is 15 at
 * most). Figures, never asserts. Run by {@code src/bench/benchmark.sh growth}.
 *
 * <p>Arguments: optionally the names of the cases to run ({@code pipes}, {@code rows},
 * {@code links}, {@code entities}); all of them by default.
 */
public final class GrowthBenchmark {

    /** Above this ratio of the largest to the middle time, a case grows faster than linearly. */
    private static final double TARGET_RATIO = 15;

    /** One growth case: what it is called and the digest it makes for a size. */
    private record Case(String name, String unit, int[] sizes, IntFunction<String> digest) {}

    private GrowthBenchmark() {}

    public static void main(String[] args) throws IOException {
        List<Case> cases = List.of(
                new Case("pipes", "`|` in one title cell", new int[] {1_000, 10_000, 100_000},
                        GrowthBenchmark::pipesInTitle),
                new Case("rows", "rows without definitions", new int[] {1_000, 10_000, 100_000},
                        GrowthBenchmark::rowsWithoutDefinitions),
                new Case("links", "bytes of `[a](b)` in one field", new int[] {10_000, 100_000, 1_000_000},
                        size -> repeatedInAbstract("[a](b) ", size)),
                new Case("entities", "bytes of `&#1234;` in one field", new int[] {10_000, 100_000, 1_000_000},
                        size -> repeatedInAbstract("&#1234; ", size)));
        List<String> wanted = List.of(args);
        Path work = Files.createTempDirectory("digest-growth");
        try {
            for (Case growth : cases) {
                if (wanted.isEmpty() || wanted.contains(growth.name())) {
                    run(work, growth);
                }
            }
        } finally {
            Benchmark.deleteTree(work);
        }
    }

    private static void run(Path work, Case growth) throws IOException {
        // The smallest size once untimed: the first run of a case loads and compiles its code paths.
        time(work, growth.digest().apply(growth.sizes()[0]));
        long[][] times = new long[growth.sizes().length][];
        for (int i = 0; i < growth.sizes().length; i++) {
            int size = growth.sizes()[i];
            times[i] = time(work, growth.digest().apply(size));
            System.out.printf(Locale.ROOT, "%-8s %,9d %s: check %8.3f s, report %8.3f s%n", growth.name(), size,
                    growth.unit(), times[i][0] / 1e9, times[i][1] / 1e9);
        }
        int last = times.length - 1;
        double checkRatio = times[last][0] / (double) Math.max(1, times[last - 1][0]);
        double reportRatio = times[last][1] / (double) Math.max(1, times[last - 1][1]);
        System.out.printf(Locale.ROOT, "%-8s ratio %,d/%,d: check %.1fx%s, report %.1fx%s%n", growth.name(),
                growth.sizes()[last], growth.sizes()[last - 1], checkRatio, checkRatio > TARGET_RATIO ? " (over 15x)" : "",
                reportRatio, reportRatio > TARGET_RATIO ? " (over 15x)" : "");
    }

    /** The check, then the report into an empty folder, of one digest; nanoseconds of each. */
    private static long[] time(Path work, String text) throws IOException {
        Path digests = work.resolve("digests");
        Path output = work.resolve("report");
        Benchmark.deleteTree(digests);
        Benchmark.deleteTree(output);
        Files.createDirectories(digests);
        Files.writeString(digests.resolve("2024-03-01T0900_growth.md"), text, StandardCharsets.UTF_8);
        List<Path> files = List.of(Path.of("2024-03-01T0900_growth.md"));

        DigestChecker checker = new DigestChecker(ParserOptions.defaults(), RuleConfiguration.defaults());
        long start = System.nanoTime();
        CheckResult check = checker.check(digests, files);
        long checkTime = System.nanoTime() - start;
        if (check.files() != 1) {
            throw new IllegalStateException("The growth digest was not checked: " + check.summary());
        }

        ReportRequest request = new ReportRequest(digests, List.of("**/*.md"), List.of(), ParserOptions.defaults(),
                RuleConfiguration.defaults(), output, Optional.empty(), Locale.ENGLISH, "growth");
        start = System.nanoTime();
        ReportResult report = new ReportGenerator().generate(request);
        long reportTime = System.nanoTime() - start;
        if (report.upToDate()) {
            throw new IllegalStateException("The growth report was not rendered");
        }
        return new long[] {checkTime, reportTime};
    }

    private static String pipesInTitle(int pipes) {
        String title = "A title" + "|".repeat(pipes) + " with pipes";
        return digest(List.of("| [^1] | [" + title + "](https://arxiv.org/abs/2403.00001) | 一句话总结 |"),
                List.of(definition(1, "2403.00001", "A title with pipes", "中文摘要。")));
    }

    private static String rowsWithoutDefinitions(int rows) {
        List<String> lines = new ArrayList<>(rows);
        for (int i = 1; i <= rows; i++) {
            lines.add("| [^" + i + "] | [Paper number " + i + "](https://arxiv.org/abs/" + arxivId(i)
                    + ") | 第" + i + "篇论文的总结 |");
        }
        return digest(lines, List.of());
    }

    /** One entry whose Chinese abstract is {@code unit} repeated to about {@code bytes} bytes. */
    private static String repeatedInAbstract(String unit, int bytes) {
        String abstractZh = unit.repeat(Math.max(1, bytes / unit.length())).strip();
        return digest(List.of("| [^1] | [A title](https://arxiv.org/abs/2403.00001) | 一句话总结 |"),
                List.of(definition(1, "2403.00001", "A title", abstractZh)));
    }

    /** Distinct new-style ids, 2301.10000 on, for up to a few hundred thousand papers. */
    private static String arxivId(int i) {
        return String.format(Locale.ROOT, "%04d.%05d", 2301 + i / 90_000, 10_000 + i % 90_000);
    }

    private static String definition(int number, String id, String title, String abstractZh) {
        return "[^" + number + "]: 中文标题\n\n"
                + "    " + title + " (arXiv:" + id + "v1 [cs.CL])\n\n"
                + "    [https://arxiv.org/abs/" + id + "](https://arxiv.org/abs/" + id + ")\n\n"
                + "    一句话总结\n\n"
                + "    \n\n"
                + "    " + abstractZh + "\n\n"
                + "    arXiv:" + id + "v1 Announce Type: new  Abstract: An English abstract.\n"
                + "    \n";
    }

    private static String digest(List<String> rows, List<String> definitions) {
        StringBuilder text = new StringBuilder("# 摘要\n\n| Ref | Title | Summary |\n| --- | --- | --- |\n");
        rows.forEach(row -> text.append(row).append('\n'));
        text.append("\n# 详细\n\n");
        definitions.forEach(text::append);
        return text.toString();
    }
}
