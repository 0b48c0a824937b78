package io.github.digestplugin.fix;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The fix of a set of digests in one directory. Each digest is read, repaired and, when it changed
 * and this is no dry run, written back atomically: into a temporary file in the folder of the real
 * file, then renamed over it, so that a reader, or a run that is stopped, sees the old bytes or the
 * new ones and never a mix. A digest is reached by its real path, and only when that lies inside
 * the directory; one real file reached through several links is fixed once. A file that is not
 * changed is not written at all.
 */
public final class FixRun {

    /**
     * What a run did.
     *
     * @param digests every digest read, changed or not, in path order
     * @param problems files that could not be fixed, one message each (naming the file)
     */
    public record Result(List<FixedDigest> digests, List<String> problems, Duration elapsed) {

        public Result {
            digests = List.copyOf(digests);
            problems = List.copyOf(problems);
        }

        /** The digests the fix changed (or, in a dry run, would change). */
        public List<FixedDigest> changed() {
            return digests.stream().filter(FixedDigest::changed).toList();
        }

        /** Findings fixed per rule id, in id order. */
        public Map<String, Integer> fixedPerRule() {
            Map<String, Integer> counts = new TreeMap<>();
            digests.forEach(d -> d.fixedCounts().forEach((rule, n) -> counts.merge(rule, n, Integer::sum)));
            return counts;
        }

        /** Findings of fixable rules left per rule id, in id order. */
        public Map<String, Integer> leftPerRule() {
            Map<String, Integer> counts = new TreeMap<>();
            digests.forEach(d -> d.left().forEach(l -> counts.merge(l.finding().ruleId(), 1, Integer::sum)));
            return counts;
        }
    }

    private final DigestFixer fixer;
    private final boolean write;

    /** @param write false for a dry run, which reads and repairs but writes nothing */
    public FixRun(DigestFixer fixer, boolean write) {
        this.fixer = fixer;
        this.write = write;
    }

    /** Fixes {@code files}, relative to {@code directory}, several at once. */
    public Result run(Path directory, List<Path> files) throws IOException {
        long start = System.nanoTime();
        Path root = directory.toRealPath();
        Map<Integer, FixedDigest> fixed = new ConcurrentHashMap<>();
        Map<Integer, String> problems = new ConcurrentHashMap<>();
        // Real paths first, in path order: the first path that leads to a file fixes it.
        Path[] reals = new Path[files.size()];
        Set<Path> seen = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            Path relative = files.get(i);
            try {
                Path real = directory.resolve(relative).toRealPath();
                if (!real.startsWith(root)) {
                    problems.put(i, relative + " leads outside " + directory + " (to " + real + "); not fixed");
                } else if (seen.add(real)) {
                    reals[i] = real;
                }
            } catch (IOException e) {
                problems.put(i, "Cannot fix " + relative + ": " + describe(e));
            }
        }
        IntStream.range(0, files.size()).filter(i -> reals[i] != null).parallel().forEach(i -> {
            Path relative = files.get(i);
            try {
                byte[] content = Files.readAllBytes(reals[i]);
                FixedDigest result = fixer.fix(content, directory.resolve(relative), relative, !write);
                if (write && result.changed()) {
                    replace(reals[i], result.fixed());
                }
                fixed.put(i, result.withoutContent());
            } catch (IOException e) {
                problems.put(i, "Cannot fix " + relative + ": " + describe(e));
            }
        });
        List<FixedDigest> inOrder = new ArrayList<>();
        List<String> problemsInOrder = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (fixed.containsKey(i)) {
                inOrder.add(fixed.get(i));
            }
            if (problems.containsKey(i)) {
                problemsInOrder.add(problems.get(i));
            }
        }
        return new Result(inOrder, problemsInOrder, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Writes {@code content} over {@code file}: into a temporary file beside it with the file's
     * permissions, then renamed into its place.
     */
    static void replace(Path file, byte[] content) throws IOException {
        Path folder = file.getParent();
        Path temporary = Files.createTempFile(folder, "." + file.getFileName() + ".", ".fix");
        try {
            Files.write(temporary, content);
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                Set<PosixFilePermission> permissions = new HashSet<>(posix.readAttributes().permissions());
                Files.setPosixFilePermissions(temporary, permissions);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }
}
