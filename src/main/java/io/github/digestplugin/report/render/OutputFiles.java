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
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
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
        try (BufferedWriter out = Files.newBufferedWriter(manifest, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> entry : new TreeMap<>(current).entrySet()) {
                out.write(entry.getValue());
                out.write(' ');
                out.write(entry.getKey());
                out.write('\n');
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
     * Whether a finished run's manifest is there and every file it lists still exists. Folders are
     * listed rather than each file looked up: one directory read instead of thousands of lookups.
     */
    public static boolean isComplete(Path root) throws IOException {
        Path manifest = root.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return false;
        }
        Map<String, Set<String>> listings = new HashMap<>();
        for (String relative : readManifest(manifest).keySet()) {
            int slash = relative.lastIndexOf('/');
            String folder = slash < 0 ? "" : relative.substring(0, slash);
            Set<String> names = listings.get(folder);
            if (names == null) {
                names = list(root.resolve(folder));
                listings.put(folder, names);
            }
            if (!names.contains(relative.substring(slash + 1))) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> list(Path folder) throws IOException {
        Set<String> names = new HashSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            entries.forEach(entry -> names.add(entry.getFileName().toString()));
        } catch (NoSuchFileException | NotDirectoryException e) {
            // A folder that is gone holds none of its files.
        }
        return names;
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
