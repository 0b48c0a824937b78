package io.github.digestplugin.report.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes the report's files, each only when its content differs from the last run's, so an
 * incremental run touches only the pages that changed. The content hashes of the last run are kept
 * in a manifest inside the output directory. Safe to call from several threads.
 */
public final class OutputFiles {

    /** Where the report keeps its own bookkeeping; no page links here. */
    public static final String STATE_DIRECTORY = ".digest-report";
    static final String MANIFEST = STATE_DIRECTORY + "/manifest.txt";
    /** How many files each folder received, for the quick up-to-date look. */
    static final String FOLDERS = STATE_DIRECTORY + "/folders.txt";

    private final Path root;
    private final Map<String, String> previous;
    private final Map<String, String> current = new ConcurrentHashMap<>();
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();

    public OutputFiles(Path root) throws IOException {
        this.root = root;
        this.previous = readManifest(root.resolve(MANIFEST));
    }

    public Path root() {
        return root;
    }

    /** Writes {@code relative} (forward slashes) unless it already holds exactly {@code content}. */
    public void write(String relative, byte[] content) throws IOException {
        String hash = hash(content);
        if (current.putIfAbsent(relative, hash) != null) {
            throw new IllegalStateException("Report file written twice: " + relative);
        }
        Path file = root.resolve(relative);
        if (hash.equals(previous.get(relative)) && Files.isRegularFile(file)) {
            unchanged.incrementAndGet();
            return;
        }
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        written.incrementAndGet();
    }

    /** Files the last run wrote that this run did not (a paper or digest that is gone). */
    public List<String> stale() {
        List<String> stale = new ArrayList<>();
        for (String relative : previous.keySet()) {
            if (!current.containsKey(relative)) {
                stale.add(relative);
            }
        }
        return stale;
    }

    /** Deletes the stale files and records this run's hashes for the next. */
    public void finish() throws IOException {
        for (String relative : stale()) {
            Path file = root.resolve(relative).normalize();
            if (file.startsWith(root)) {
                Files.deleteIfExists(file);
            }
        }
        Path manifest = root.resolve(MANIFEST);
        Files.createDirectories(manifest.getParent());
        Map<String, Integer> folders = new TreeMap<>();
        try (BufferedWriter out = Files.newBufferedWriter(manifest, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> entry : new TreeMap<>(current).entrySet()) {
                out.write(entry.getValue());
                out.write(' ');
                out.write(entry.getKey());
                out.write('\n');
                int slash = entry.getKey().lastIndexOf('/');
                folders.merge(slash < 0 ? "." : entry.getKey().substring(0, slash), 1, Integer::sum);
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(root.resolve(FOLDERS), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, Integer> folder : folders.entrySet()) {
                out.write(folder.getValue() + " " + folder.getKey() + "\n");
            }
        }
    }

    public int written() {
        return written.get();
    }

    public int unchanged() {
        return unchanged.get();
    }

    /**
     * Whether a finished run's files are all still there, as far as a quick look tells: every
     * folder holds at least as many files as the run wrote into it. Counting names in a folder
     * listing is one directory read, where looking up each of thousands of files would take most
     * of the up-to-date check's time.
     */
    public static boolean isComplete(Path root) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(root.resolve(FOLDERS), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return false;
        }
        for (String line : lines) {
            int space = line.indexOf(' ');
            if (space < 0) {
                return false;
            }
            int expected = Integer.parseInt(line.substring(0, space));
            if (countFiles(root.resolve(line.substring(space + 1))) < expected) {
                return false;
            }
        }
        return !lines.isEmpty();
    }

    private static int countFiles(Path folder) throws IOException {
        int count = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path ignored : entries) {
                count++;
            }
        } catch (NoSuchFileException | NotDirectoryException e) {
            return 0;
        }
        return count;
    }

    private static Map<String, String> readManifest(Path manifest) throws IOException {
        Map<String, String> hashes = new HashMap<>();
        try {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                int space = line.indexOf(' ');
                if (space > 0) {
                    hashes.put(line.substring(space + 1), line.substring(0, space));
                }
            }
        } catch (NoSuchFileException e) {
            // First run: every file is new.
        }
        return hashes;
    }

    static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
