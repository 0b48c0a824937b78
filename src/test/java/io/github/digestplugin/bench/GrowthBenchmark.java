package io.github.digestplugin.bench;

import io.github.digestplugin.check.rules.Rules;
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
 * most). The check or the report of a case that already grew twentyfold in one step is skipped
 * at a size it would take over a minute on, its ratio then taken from the two sizes before.
 * Figures, never asserts. Run by {@code src/bench/benchmark.sh growth}.
 *
 * <p>Arguments: optionally the names of the cases to run ({@code pipes}, {@code rows},
 * {@code links}, {@code entities}); all of them by default.
 */
public final class GrowthBenchmark {

    /** Above this ratio of the largest to the middle time, a case grows faster than linearly. */
    private static final double TARGET_RATIO = 15;

    /**
     * A step that grew the time more than this is plainly superlinear, not the noise of a shared
     * machine around a linear tenfold: the next size is projected from it.
     */
    private static final double PROJECTED_ABOVE_RATIO = 20;

    /**
     * A size projected to take longer than this is skipped: at a quadratic cost the million-byte
     * fields took minutes each.
     */
    private static final long BUDGET_NANOS = 60_000_000_000L;

    private static final int CHECK_RUNS = 3;
    private static final String FILE_NAME = "2024-03-01T0900_growth.md";

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
        Path warmUp = write(work, growth.digest().apply(growth.sizes()[0]));
        checkTime(warmUp);
        reportTime(warmUp, work.resolve("report"));
        List<Long> checks = new ArrayList<>();
        List<Long> reports = new ArrayList<>();
        for (int size : growth.sizes()) {
            Path digests = write(work, growth.digest().apply(size));
            String check = timed(checks, () -> checkTime(digests));
            String report = timed(reports, () -> reportTime(digests, work.resolve("report")));
            System.out.printf(Locale.ROOT, "%-8s %,9d %s: check %s, report %s%n", growth.name(), size, growth.unit(),
                    check, report);
        }
        System.out.printf(Locale.ROOT, "%-8s check %s, report %s%n", growth.name(), ratio(growth, checks),
                ratio(growth, reports));
    }

    /** One timing of a phase. */
    private interface Phase {
        long nanos() throws IOException;
    }

    /**
     * Runs the phase unless it grew superlinearly in its last step and would now take longer than
     * {@link #BUDGET_NANOS}; its time, or why it was skipped.
     */
    private static String timed(List<Long> times, Phase phase) throws IOException {
        int n = times.size();
        if (n >= 2 && times.get(n - 1) >= 0 && times.get(n - 2) > 0) {
            double growth = times.get(n - 1) / (double) times.get(n - 2);
            double projected = times.get(n - 1) * growth;
            if (growth > PROJECTED_ABOVE_RATIO && projected > BUDGET_NANOS) {
                times.add(-1L);
                return String.format(Locale.ROOT, "skipped (about %.0f s)", projected / 1e9);
            }
        }
        long nanos = phase.nanos();
        times.add(nanos);
        return String.format(Locale.ROOT, "%9.1f ms", nanos / 1e6);
    }

    /** The ratio of the last two sizes timed. */
    private static String ratio(Case growth, List<Long> times) {
        int last = times.size() - 1;
        while (last >= 1 && times.get(last) < 0) {
            last--;
        }
        if (last < 1) {
            return "no ratio";
        }
        double ratio = times.get(last) / (double) Math.max(1, times.get(last - 1));
        return String.format(Locale.ROOT, "%,d/%,d %.1fx%s", growth.sizes()[last], growth.sizes()[last - 1], ratio,
                ratio > TARGET_RATIO ? " (over 15x)" : "");
    }

    /** The digest alone in a fresh folder; returns the folder. */
    private static Path write(Path work, String text) throws IOException {
        Path digests = work.resolve("digests");
        Benchmark.deleteTree(digests);
        Files.createDirectories(digests);
        Files.writeString(digests.resolve(FILE_NAME), text, StandardCharsets.UTF_8);
        return digests;
    }

    /** The best of three checks: a check is short, and one run alone would time the collector as much. */
    private static long checkTime(Path digests) {
        DigestChecker checker = new DigestChecker(ParserOptions.defaults(), Rules.defaults());
        long best = Long.MAX_VALUE;
        for (int run = 0; run < CHECK_RUNS; run++) {
            long start = System.nanoTime();
            CheckResult check = checker.check(digests, List.of(Path.of(FILE_NAME)));
            best = Math.min(best, System.nanoTime() - start);
            if (check.files() != 1) {
                throw new IllegalStateException("The growth digest was not checked: " + check.summary());
            }
        }
        return best;
    }

    /** One report into an empty folder. */
    private static long reportTime(Path digests, Path output) throws IOException {
        Benchmark.deleteTree(output);
        Benchmark.deleteTree(output.resolveSibling("digest-report"));
        ReportRequest request = new ReportRequest(digests, List.of("**/*.md"), List.of(), ParserOptions.defaults(),
                Rules.defaults(), output, output.resolveSibling("digest-report"), Optional.empty(),
                Locale.ENGLISH, "growth");
        long start = System.nanoTime();
        ReportResult report = new ReportGenerator().generate(request);
        long nanos = System.nanoTime() - start;
        if (report.upToDate()) {
            throw new IllegalStateException("The growth report was not rendered");
        }
        return nanos;
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
