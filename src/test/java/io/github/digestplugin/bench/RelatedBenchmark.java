package io.github.digestplugin.bench;

import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.parse.DigestFiles;
import io.github.digestplugin.parse.ParserOptions;
import io.github.digestplugin.report.ReportGenerator;
import io.github.digestplugin.report.ReportProgress;
import io.github.digestplugin.report.ReportRequest;
import io.github.digestplugin.report.ReportResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The related papers of a report: their time beside the report's (a first run into an empty
 * output and store, then a run after one entry's Chinese summary was edited in one digest, with
 * how many lists and files that changed), and on the first corpus their quality: how often a
 * related paper shares the paper's primary category, against the rate for random pairs, and the
 * lists of 20 papers picked with a fixed seed, printed with their titles. Figures, never asserts.
 *
 * <p>Arguments: one or more digest folders (cs.CL first); quality is printed for the first. The
 * edited digest is restored, with its modification time, when the run ends.
 */
public final class RelatedBenchmark {

    static final long SEED = 14;
    static final int SAMPLE = 20;

    private RelatedBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<Path> corpora = new ArrayList<>();
        for (String arg : args) {
            corpora.add(Path.of(arg));
        }
        if (corpora.isEmpty()) {
            corpora.add(io.github.digestplugin.testing.SharedData.fullCorpus());
        }
        for (int i = 0; i < corpora.size(); i++) {
            run(corpora.get(i), Path.of("target/bench-related/" + i), i == 0);
        }
    }

    /**
     * Phase times of one run, wall and CPU: the related papers are found on one thread, whose CPU
     * time tells their cost on a machine other processes share; the run's is the process's.
     */
    static final class Phases implements ReportProgress {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        final Map<Phase, Long> started = new EnumMap<>(Phase.class);
        final Map<Phase, Long> startedCpu = new EnumMap<>(Phase.class);
        final Map<Phase, Long> took = new EnumMap<>(Phase.class);
        final Map<Phase, Long> tookCpu = new EnumMap<>(Phase.class);
        final Map<Phase, Integer> counts = new EnumMap<>(Phase.class);

        @Override
        public synchronized void started(Phase phase, int total) {
            started.put(phase, System.nanoTime());
            startedCpu.put(phase, THREADS.getCurrentThreadCpuTime());
        }

        @Override
        public synchronized void finished(Phase phase, int count) {
            took.put(phase, System.nanoTime() - started.get(phase));
            tookCpu.put(phase, THREADS.getCurrentThreadCpuTime() - startedCpu.get(phase));
            counts.put(phase, count);
        }

        double seconds(Phase phase) {
            return took.getOrDefault(phase, 0L) / 1e9;
        }

        double cpuSeconds(Phase phase) {
            return tookCpu.getOrDefault(phase, 0L) / 1e9;
        }
    }

    /** The CPU time of this process so far, in seconds. */
    static double processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    static void run(Path corpus, Path work, boolean quality) throws IOException, SQLException {
        Benchmark.deleteTree(work);
        Path output = work.resolve("report");
        ReportRequest request = new ReportRequest(corpus, List.of("**/*.md"), List.of(), ParserOptions.defaults(),
                Rules.defaults(), output, work.resolve("state"), Optional.empty(), Locale.ENGLISH, "Reading list");
        ReportGenerator generator = new ReportGenerator();
        Phases first = new Phases();
        long start = System.nanoTime();
        double cpu = processCpu();
        ReportResult result = generator.generate(request, first);
        double total = (System.nanoTime() - start) / 1e9;
        cpu = processCpu() - cpu;
        double related = first.seconds(ReportProgress.Phase.RELATED);
        double relatedCpu = first.cpuSeconds(ReportProgress.Phase.RELATED);
        System.out.printf(Locale.ROOT, "== %s: %d papers%n", corpus, result.papers());
        System.out.printf(Locale.ROOT, "first run: report %.2f s (CPU %.2f s), related papers %.2f s (CPU %.2f s):"
                + " %.1f %% of the report's time, %.1f %% of its CPU; %d lists; max heap %d MiB%n", total, cpu,
                related, relatedCpu, 100 * related / total, 100 * relatedCpu / cpu,
                first.counts.getOrDefault(ReportProgress.Phase.RELATED, 0), Runtime.getRuntime().maxMemory() >> 20);
        Path store;
        try (Stream<Path> files = Files.walk(work.resolve("state"))) {
            store = files.filter(f -> f.getFileName().toString().equals("store.sqlite")).findFirst().orElseThrow();
        }
        if (quality) {
            quality(store);
        }
        editRun(generator, request, corpus, store, false);
        editRun(generator, request, corpus, store, true);
    }

    /** A run after one digest's first entry was edited: its Chinese summary, or its English title. */
    static void editRun(ReportGenerator generator, ReportRequest request, Path corpus, Path store, boolean title)
            throws IOException, SQLException {
        Map<String, String> before = lists(store);
        Path edited = corpus.resolve(editable(corpus));
        byte[] original = Files.readAllBytes(edited);
        FileTime modified = Files.getLastModifiedTime(edited);
        try {
            String text = new String(original, StandardCharsets.UTF_8);
            Files.writeString(edited, title ? editTitle(text) : edit(text), StandardCharsets.UTF_8);
            Phases second = new Phases();
            long start = System.nanoTime();
            ReportResult again = generator.generate(request, second);
            double took = (System.nanoTime() - start) / 1e9;
            Map<String, String> after = lists(store);
            long changed = after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey()))).count();
            System.out.printf(Locale.ROOT, "one digest edited (%s, %s): report %.2f s, related papers"
                    + " %.2f s (CPU %.2f s), %d lists computed again, %d of %d lists changed; %d files written%n",
                    corpus.relativize(edited), title ? "the first entry's English title gains"
                    + " '" + TITLE_WORDS + "'" : "one Chinese summary lengthened", took,
                    second.seconds(ReportProgress.Phase.RELATED), second.cpuSeconds(ReportProgress.Phase.RELATED),
                    second.counts.getOrDefault(ReportProgress.Phase.RELATED, 0), changed, after.size(),
                    again.pagesWritten());
        } finally {
            Files.write(edited, original);
            Files.setLastModifiedTime(edited, modified);
        }
    }

    /** The digest the benchmark edits: the middle one in path order whose first entry can be edited. */
    static Path editable(Path corpus) throws IOException {
        List<Path> files = new DigestFiles(List.of("**/*.md"), List.of()).find(corpus).files();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get((files.size() / 2 + i) % files.size());
            String text = Files.readString(corpus.resolve(file), StandardCharsets.UTF_8);
            if (!edit(text).equals(text) && !editTitle(text).equals(text)) {
                return file;
            }
        }
        throw new IllegalStateException("no digest of " + corpus + " has a first entry to edit");
    }

    static final String TITLE_WORDS = " for Speech Recognition of Dialects";

    /** The first entry's English title lengthened in its row and in its definition alike. */
    static String editTitle(String text) {
        String[] lines = text.split("\n", -1);
        for (int row = 0; row < lines.length; row++) {
            if (lines[row].startsWith("| [^1] | [")) {
                int end = lines[row].indexOf("](", 10);
                if (end < 0) {
                    return text;
                }
                String title = lines[row].substring(10, end);
                for (int i = row + 1; i < lines.length; i++) {
                    if (lines[i].equals("    " + title)) {
                        lines[row] = lines[row].substring(0, end) + TITLE_WORDS + lines[row].substring(end);
                        lines[i] = "    " + title + TITLE_WORDS;
                        return String.join("\n", lines);
                    }
                }
                return text;
            }
        }
        return text;
    }

    /** The first entry's Chinese summary lengthened in its row and in its definition alike. */
    static String edit(String text) {
        String[] lines = text.split("\n", -1);
        int row = -1;
        int definition = -1;
        for (int i = 0; i < lines.length; i++) {
            if (row < 0 && lines[i].startsWith("| [^1] |")) {
                row = i;
            }
            if (definition < 0 && lines[i].startsWith("[^1]:")) {
                definition = i;
            }
        }
        if (row < 0 || definition < 0) {
            return text;
        }
        String cells = lines[row].strip();
        cells = cells.endsWith("|") ? cells.substring(0, cells.length() - 1) : cells;
        String summary = cells.substring(cells.lastIndexOf('|') + 1).strip();
        for (int i = definition + 1; i < lines.length && !lines[i].startsWith("[^"); i++) {
            if (!summary.isEmpty() && lines[i].equals("    " + summary)) {
                String changed = summary + "（基准测试的改动）";
                lines[row] = lines[row].replace("| " + summary + " |", "| " + changed + " |");
                lines[i] = "    " + changed;
                return String.join("\n", lines);
            }
        }
        return text;
    }

    static Map<String, String> lists(Path store) throws SQLException {
        Map<String, String> lists = new HashMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + store); Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT id, members FROM related_lists")) {
            while (r.next()) {
                lists.put(r.getString(1), r.getString(2));
            }
        }
        return lists;
    }

    /** How often a related paper is of the paper's category, against chance; and 20 lists to read. */
    static void quality(Path store) throws SQLException {
        Map<String, String> category = new HashMap<>();
        Map<String, String> title = new HashMap<>();
        List<String> ids = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + store); Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT id, category, title, translated_title FROM papers ORDER BY id")) {
            while (r.next()) {
                ids.add(r.getString(1));
                category.put(r.getString(1), r.getString(2));
                title.put(r.getString(1), r.getString(3).isBlank() ? r.getString(4) : r.getString(3));
            }
        }
        Map<String, Integer> sizes = new HashMap<>();
        category.values().forEach(c -> sizes.merge(c, 1, Integer::sum));
        double n = category.size();
        double chance = 0;
        for (int size : sizes.values()) {
            chance += size * (size - 1.0) / (n * (n - 1));
        }
        Map<String, String> lists = lists(store);
        long pairs = 0;
        long same = 0;
        long withList = 0;
        long[] length = new long[9];
        for (Map.Entry<String, String> list : lists.entrySet()) {
            String[] members = list.getValue().isEmpty() ? new String[0] : list.getValue().split(" ");
            length[Math.min(8, members.length)]++;
            withList += members.length > 0 ? 1 : 0;
            for (String member : members) {
                pairs++;
                same += category.get(member).equals(category.get(list.getKey())) ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "quality: %d papers, %d with a related list; list lengths 0..8: %s%n",
                category.size(), withList, java.util.Arrays.toString(length));
        System.out.printf(Locale.ROOT, "quality: a related paper shares the paper's primary category in %.1f %% of"
                + " %d pairs; random pairs: %.1f %% (%d categories); ratio %.2f%n", 100.0 * same / pairs, pairs,
                100 * chance, sizes.size(), (same / (double) pairs) / chance);
        // Most cs.CL papers are of cs.CL, so chance is high; the papers of the other categories tell more.
        String largest = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        long otherPairs = 0;
        long otherSame = 0;
        double otherChance = 0;
        for (Map.Entry<String, String> list : lists.entrySet()) {
            String own = category.get(list.getKey());
            if (own.equals(largest) || list.getValue().isEmpty()) {
                continue;
            }
            for (String member : list.getValue().split(" ")) {
                otherPairs++;
                otherSame += category.get(member).equals(own) ? 1 : 0;
                otherChance += (sizes.get(own) - 1) / (n - 1);
            }
        }
        System.out.printf(Locale.ROOT, "quality, papers not of %s: a related paper shares the category in %.1f %% of"
                + " %d pairs; random pairs: %.1f %%; ratio %.1f%n", largest, 100.0 * otherSame / otherPairs, otherPairs,
                100 * otherChance / otherPairs, otherSame / otherChance);
        Random random = new Random(SEED);
        System.out.printf(Locale.ROOT, "the related lists of %d papers picked with seed %d:%n", SAMPLE, SEED);
        for (int i = 0; i < SAMPLE; i++) {
            String id = ids.get(random.nextInt(ids.size()));
            System.out.printf(Locale.ROOT, "%2d. %s [%s] %s%n", i + 1, id, category.get(id), title.get(id));
            String members = lists.getOrDefault(id, "");
            for (String member : members.isEmpty() ? new String[0] : members.split(" ")) {
                System.out.printf(Locale.ROOT, "      - %s [%s] %s%n", member, category.get(member), title.get(member));
            }
        }
    }
}
