package io.github.digestplugin.report;

import io.github.digestplugin.check.DigestChecker;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.parse.PathProblem;
import io.github.digestplugin.report.render.ContentHash;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every finding of a run: those the store keeps per digest (single-digest rules, unreadable files)
 * and those made afresh each run, since they depend on more than one file: the path rules' (links
 * and folders the walk met), the cross-digest rules', compared over the whole store, and the
 * reading rules'.
 */
final class ReportFindings {

    private final ReadingListStore store;
    private final Map<String, List<Finding>> perRun;
    private final Map<Severity, Long> counts;
    private final SortedSet<String> files;
    /** Read on first use, by the one thread that builds the problems pages. */
    private Map<String, Map<String, Map<Severity, Long>>> storedCounts;
    private Map<String, List<Finding>> storedAboveInfo;

    private ReportFindings(ReadingListStore store, Map<String, List<Finding>> perRun, Map<Severity, Long> counts,
            SortedSet<String> files) {
        this.store = store;
        this.perRun = perRun;
        this.counts = counts;
        this.files = files;
    }

    static ReportFindings of(ReadingListStore store, DigestChecker checker, List<PathProblem> problems)
            throws IOException {
        return of(store, checker, problems, List.of());
    }

    /** {@link #of(ReadingListStore, DigestChecker, List)} with the findings on the reading file, made afresh too. */
    static ReportFindings of(ReadingListStore store, DigestChecker checker, List<PathProblem> problems,
            List<Finding> readingFindings) throws IOException {
        List<Finding> made = new ArrayList<>(checker.pathFindings(problems));
        made.addAll(readingFindings);
        if (checker.hasCrossDigestRules()) {
            made.addAll(checker.crossDigestFindings(store.differingTitles()));
        }
        Map<String, List<Finding>> perRun = new TreeMap<>();
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        store.severityCounts().forEach(counts::put);
        for (Finding finding : made) {
            perRun.computeIfAbsent(ReadingListStore.nameOf(finding.path()), n -> new ArrayList<>()).add(finding);
            counts.merge(finding.severity(), 1L, Long::sum);
        }
        SortedSet<String> files = new TreeSet<>(store.filesWithFindings());
        files.addAll(perRun.keySet());
        return new ReportFindings(store, perRun, counts, files);
    }

    /** Every finding in the file {@code name} (a digest's relative path), sorted. */
    List<Finding> of(String name) throws IOException {
        List<Finding> made = perRun.get(name);
        if (made == null) {
            return store.findings(name);
        }
        List<Finding> all = new ArrayList<>(store.findings(name));
        all.addAll(made);
        all.sort(Finding.ORDER);
        return all;
    }

    /**
     * Whether every finding of {@code name} is the store's, in the store's order (none was made by
     * this run), so that a reader of the store can copy them without making each.
     */
    boolean onlyStored(String name) {
        return !perRun.containsKey(name);
    }

    /**
     * How many findings of each rule at each severity the file {@code name} holds: the store's
     * counted by the store, not read, and this run's.
     */
    Map<String, Map<Severity, Long>> counts(String name) throws IOException {
        if (storedCounts == null) {
            storedCounts = store.findingCounts();
        }
        Map<String, Map<Severity, Long>> stored = storedCounts.getOrDefault(name, Map.of());
        List<Finding> made = perRun.get(name);
        if (made == null) {
            return stored;
        }
        Map<String, Map<Severity, Long>> counts = new TreeMap<>();
        stored.forEach((rule, bySeverity) -> counts.put(rule, new EnumMap<>(bySeverity)));
        for (Finding finding : made) {
            counts.computeIfAbsent(finding.ruleId(), rule -> new EnumMap<>(Severity.class))
                    .merge(finding.severity(), 1L, Long::sum);
        }
        return counts;
    }

    /** The findings above {@code INFO} of the file {@code name}, in the order of {@link #of}. */
    List<Finding> aboveInfo(String name) throws IOException {
        if (storedAboveInfo == null) {
            storedAboveInfo = store.findingsAboveInfo();
        }
        List<Finding> stored = storedAboveInfo.getOrDefault(name, List.of());
        List<Finding> made = perRun.get(name);
        if (made == null) {
            return stored;
        }
        // As of() sorts them (a stable sort, the store's first), so that a subset keeps its order.
        List<Finding> all = new ArrayList<>(stored);
        made.stream().filter(f -> f.severity() != Severity.INFO).forEach(all::add);
        all.sort(Finding.ORDER);
        return all;
    }

    /** A key of the findings this run made (those not in the store), by file. */
    String madeKey() {
        return ContentHash.of(perRun.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The files with any finding, in path order. */
    SortedSet<String> files() {
        return files;
    }

    long count(Severity severity) {
        return counts.getOrDefault(severity, 0L);
    }
}
