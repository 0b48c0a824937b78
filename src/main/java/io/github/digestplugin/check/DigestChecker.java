package io.github.digestplugin.check;

import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Entry;
import io.github.digestplugin.model.ReadingEntry;
import io.github.digestplugin.model.SourcePosition;
import io.github.digestplugin.parse.DigestParser;
import io.github.digestplugin.parse.ParserOptions;
import io.github.digestplugin.parse.PathProblem;
import io.github.digestplugin.parse.ReadingFile;
import io.github.digestplugin.parse.ReadingFileParser;
import io.github.digestplugin.parse.ReadingProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Runs the configured rules over a set of digests. Files are parsed and checked in parallel, each
 * digest dropped once checked unless a caller keeps it, so memory stays bounded by the files in
 * flight.
 */
public final class DigestChecker {

    private final DigestParser parser;
    private final RuleConfiguration configuration;
    private final PathSuppressions pathSuppressions;

    public DigestChecker(ParserOptions parserOptions, RuleConfiguration configuration) {
        this(parserOptions, configuration, PathSuppressions.NONE);
    }

    /** A checker that leaves out, besides what suppression comments cover, the findings {@code pathSuppressions} name. */
    public DigestChecker(ParserOptions parserOptions, RuleConfiguration configuration,
            PathSuppressions pathSuppressions) {
        this.parser = new DigestParser(parserOptions);
        this.configuration = configuration;
        this.pathSuppressions = pathSuppressions;
    }

    public CheckResult check(Path directory, List<Path> files) {
        return check(directory, files, List.of(), digest -> {});
    }

    /**
     * Checks {@code files} (relative to {@code directory}), reports the {@code pathProblems} the
     * file walk found there, and hands every parsed digest to {@code digests}, from several
     * threads at once.
     */
    public CheckResult check(Path directory, List<Path> files, List<PathProblem> pathProblems,
            Consumer<Digest> digests) {
        return check(directory, files, pathProblems, Optional.empty(), digests);
    }

    /**
     * The reading file checked beside the digests.
     *
     * @param path the file, relative to the checked directory: the path of its findings
     */
    public record ReadingInput(Path path, ReadingFile file) {

        /** Reads {@code file}, named in the findings relative to the checked {@code directory}. */
        public static ReadingInput read(Path directory, Path file) {
            return new ReadingInput(directory.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()),
                    ReadingFileParser.read(file));
        }
    }

    /**
     * {@link #check(Path, List, List, Consumer)}, and the reading file, if any: its problems and
     * the papers it names that no digest lists.
     */
    public CheckResult check(Path directory, List<Path> files, List<PathProblem> pathProblems,
            Optional<ReadingInput> reading, Consumer<Digest> digests) {
        Set<String> listedIds = ConcurrentHashMap.newKeySet();
        Consumer<Digest> handed = reading.isEmpty() ? digests : digest -> {
            for (Entry entry : digest.entries()) {
                entry.arxivId().ifPresent(id -> listedIds.add(id.id()));
            }
            digests.accept(digest);
        };
        return check(directory, files, pathProblems, handed,
                () -> reading.map(r -> readingFindings(r, listedIds::contains)).orElse(List.of()));
    }

    private CheckResult check(Path directory, List<Path> files, List<PathProblem> pathProblems,
            Consumer<Digest> digests, Supplier<List<Finding>> readingFindings) {
        long start = System.nanoTime();
        AtomicInteger entries = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        AtomicLong suppressed = new AtomicLong();
        EntryKeys entryKeys = new EntryKeys();
        // Only digests with suppression comments: the cross-digest findings are filtered by them at the end.
        Map<Path, InlineSuppressions> inline = new ConcurrentHashMap<>();
        List<CrossDigestRule.Collector> collectors = configuration.crossDigestRules().stream()
                .map(CrossDigestRule::newCollector)
                .toList();
        List<Path> largestFirst = largestFirst(directory, files, bytes);
        // Each file's findings are sorted by the thread that checked it; the files are put in path
        // order once at the end, instead of sorting every finding of the run on one thread.
        Map<Path, List<Finding>> byFile = new ConcurrentHashMap<>();
        Set<Path> notDigests = ConcurrentHashMap.newKeySet();
        // One thread per core takes the next file until none is left. Largest first, so that the
        // last file to finish is a small one and no core waits long for the other.
        AtomicInteger next = new AtomicInteger();
        int threads = Math.max(1, Math.min(largestFirst.size(), Runtime.getRuntime().availableProcessors()));
        IntStream.range(0, threads).parallel().forEach(thread -> {
            for (int i = next.getAndIncrement(); i < largestFirst.size(); i = next.getAndIncrement()) {
                Path relative = largestFirst.get(i);
                List<Finding> found = new ArrayList<>();
                Optional<Digest> digest = read(directory.resolve(relative), relative, found);
                if (digest.isPresent() && !DigestShape.isDigest(digest.get())) {
                    notDigests.add(relative);
                    continue;
                }
                digest.ifPresent(d -> {
                    entries.addAndGet(d.entries().size());
                    entryKeys.add(d);
                    InlineSuppressions suppressions = InlineSuppressions.of(d.suppressionComments());
                    if (suppressions != InlineSuppressions.NONE) {
                        inline.put(d.path(), suppressions);
                    }
                    suppressed.addAndGet(checkOne(d, suppressions, found));
                    List<EntryTitle> titles = EntryTitle.of(d);
                    collectors.forEach(c -> c.collect(d.path(), titles));
                    digests.accept(d);
                });
                if (!pathSuppressions.isEmpty()) {
                    int before = found.size();
                    found.removeIf(pathSuppressions::suppresses);
                    suppressed.addAndGet(before - found.size());
                }
                found.sort(Finding.ORDER);
                byFile.put(relative, found);
            }
        });
        Set<Path> added = new HashSet<>();
        List<Finding> later = new ArrayList<>(pathFindings(pathProblems));
        later.addAll(finish(collectors));
        later.addAll(readingFindings.get());
        for (Finding finding : later) {
            if (pathSuppressions.suppresses(finding)
                    || inline.getOrDefault(finding.path(), InlineSuppressions.NONE).suppresses(finding)) {
                suppressed.incrementAndGet();
                continue;
            }
            byFile.computeIfAbsent(finding.path(), path -> new ArrayList<>()).add(finding);
            added.add(finding.path());
        }
        added.forEach(path -> byFile.get(path).sort(Finding.ORDER));
        List<Path> inPathOrder = new ArrayList<>(byFile.keySet());
        inPathOrder.sort(Comparator.comparing(Path::toString));
        List<Finding> sorted = new ArrayList<>();
        for (Path path : inPathOrder) {
            sorted.addAll(byFile.get(path));
        }
        List<Path> skipped = new ArrayList<>(notDigests);
        skipped.sort(Comparator.comparing(Path::toString));
        return new CheckResult(sorted, files.size() - skipped.size(), bytes.get(), entries.get(),
                Duration.ofNanos(System.nanoTime() - start), suppressed.get(), entryKeys, skipped);
    }

    /** The findings the path rules make of the problems a file walk met, in the order given. */
    public List<Finding> pathFindings(List<PathProblem> pathProblems) {
        List<Finding> found = new ArrayList<>();
        for (PathProblem problem : pathProblems) {
            for (PathRule rule : configuration.pathRules()) {
                rule.message(problem).ifPresent(message -> found.add(finding(problem.path(),
                        SourcePosition.lineStart(1), configuration.severityOf(rule.id()).orElseThrow(), rule.id(),
                        message)));
            }
        }
        return found;
    }

    /**
     * The findings of the reading rules on {@code reading}: the parser's problems, and a warning
     * for each paper {@code listed} does not know.
     */
    public List<Finding> readingFindings(ReadingInput reading, Predicate<String> listed) {
        List<ReadingProblem> problems = new ArrayList<>(reading.file().problems());
        for (ReadingEntry entry : reading.file().entries()) {
            if (!listed.test(entry.id())) {
                problems.add(new ReadingProblem(ReadingProblem.Kind.UNKNOWN_PAPER, entry.positions().key(),
                        entry.id()));
            }
        }
        List<Finding> found = new ArrayList<>();
        for (ReadingProblem problem : problems) {
            for (ReadingRule rule : configuration.readingRules()) {
                rule.message(problem).ifPresent(message -> found.add(finding(reading.path(), problem.position(),
                        configuration.severityOf(rule.id()).orElseThrow(), rule.id(), message)));
            }
        }
        found.sort(Finding.ORDER);
        return found;
    }

    /**
     * The findings of the cross-digest rules over {@code digests}: each digest's path with its
     * titled entries, handed over once, in any order. Sorted.
     */
    public List<Finding> crossDigestFindings(Iterable<Map.Entry<Path, List<EntryTitle>>> digests) {
        List<CrossDigestRule.Collector> collectors = configuration.crossDigestRules().stream()
                .map(CrossDigestRule::newCollector)
                .toList();
        for (Map.Entry<Path, List<EntryTitle>> digest : digests) {
            collectors.forEach(c -> c.collect(digest.getKey(), digest.getValue()));
        }
        List<Finding> found = finish(collectors);
        found.sort(Finding.ORDER);
        return found;
    }

    /** Whether any cross-digest rule is on: without one, a caller need not gather titles at all. */
    public boolean hasCrossDigestRules() {
        return !configuration.crossDigestRules().isEmpty();
    }

    private List<Finding> finish(List<CrossDigestRule.Collector> collectors) {
        List<Finding> found = new ArrayList<>();
        List<CrossDigestRule> crossRules = configuration.crossDigestRules();
        for (int i = 0; i < crossRules.size(); i++) {
            CrossDigestRule rule = crossRules.get(i);
            Severity severity = configuration.severityOf(rule.id()).orElseThrow();
            collectors.get(i).finish(located -> found.add(
                    finding(located.path(), located.position(), severity, rule.id(), located.message())));
        }
        return found;
    }

    /**
     * Parses and checks one digest whose bytes are already read, with the single-digest rules:
     * the digest, unless it could not be read, and its findings, sorted.
     */
    public Checked checkContent(byte[] content, Path file, Path relative) {
        List<Finding> found = new ArrayList<>();
        Optional<Digest> digest;
        try {
            digest = Optional.of(parser.parse(content, file, relative));
        } catch (IOException e) {
            found.addAll(unreadable(relative, e));
            digest = Optional.empty();
        }
        digest.ifPresent(d -> found.addAll(checkOne(d)));
        found.sort(Finding.ORDER);
        return new Checked(digest, found);
    }

    /** A digest as {@link #checkContent} read it, with its findings. */
    public record Checked(Optional<Digest> digest, List<Finding> findings) {}

    /** The finding of a file that cannot be read, if the rule that reports it is on. */
    public List<Finding> unreadable(Path relative, IOException e) {
        return pathFindings(List.of(new PathProblem(relative, PathProblem.Kind.READ_FAILED, describe(e))));
    }

    /** The findings of the single-digest rules in one parsed digest, but those its suppression comments cover. */
    public List<Finding> checkOne(Digest digest) {
        List<Finding> found = new ArrayList<>();
        checkOne(digest, InlineSuppressions.of(digest.suppressionComments()), found);
        return found;
    }

    /** Adds the findings of the single-digest rules to {@code found} and returns how many were suppressed. */
    private long checkOne(Digest digest, InlineSuppressions suppressions, List<Finding> found) {
        long[] suppressed = {0};
        for (DigestRule rule : configuration.digestRules()) {
            Severity severity = configuration.severityOf(rule.id()).orElseThrow();
            rule.check(digest, (position, key, arguments) -> {
                Finding finding = Finding.of(digest.path(), position, severity, rule.id(), key, arguments);
                if (suppressions.suppresses(finding)) {
                    suppressed[0]++;
                } else {
                    found.add(finding);
                }
            });
        }
        return suppressed[0];
    }

    private static Finding finding(Path path, SourcePosition position, Severity severity, String ruleId,
            RuleMessage message) {
        return Finding.of(path, position, severity, ruleId, message.key(), message.arguments().toArray());
    }

    private Optional<Digest> read(Path file, Path relative, List<Finding> findings) {
        try {
            return Optional.of(parser.parse(file, relative));
        } catch (IOException e) {
            findings.addAll(unreadable(relative, e));
            return Optional.empty();
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }

    /** The files by size, largest first, and their total size added to {@code bytes}. */
    private static List<Path> largestFirst(Path directory, List<Path> files, AtomicLong bytes) {
        Map<Path, Long> sizes = new HashMap<>();
        for (Path file : files) {
            long size = sizeOf(directory.resolve(file));
            sizes.put(file, size);
            bytes.addAndGet(size);
        }
        List<Path> ordered = new ArrayList<>(files);
        ordered.sort(Comparator.comparing(sizes::get, Comparator.reverseOrder()));
        return ordered;
    }

    /**
     * A digest's size in bytes; 0 when it cannot be read, which the check reports as a finding of
     * its own rather than stopping on it.
     */
    public static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
