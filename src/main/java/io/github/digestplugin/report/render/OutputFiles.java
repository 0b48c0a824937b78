package io.github.digestplugin.report.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes the report's files, each only when the file does not already hold exactly its content, so
 * an incremental run touches only the pages that changed. A manifest inside the output directory
 * keeps, for every file of the last run, its content hash and the size and modification time it
 * had when written: a file whose size and time are still those vouches for its content without
 * being read, and a file whose size or time differ (edited, truncated, copied) is compared with
 * its content and rewritten where it differs. As for make or rsync, an edit that keeps both size
 * and time (made within the clock tick of the write) goes unseen. Safe to call from several threads.
 */
public final class OutputFiles {

    /** Where the report keeps its own bookkeeping; no page links here. */
    public static final String STATE_DIRECTORY = ".digest-report";
    static final String MANIFEST = STATE_DIRECTORY + "/manifest.txt";

    /** A file as the manifest knows it: the hash of its content, its size and modification time. */
    private record Recorded(String hash, long size, long modifiedNanos) {

        static Recorded of(String hash, BasicFileAttributes attributes) {
            return new Recorded(hash, attributes.size(), nanos(attributes.lastModifiedTime()));
        }

        /** Whether the file on disk is still as it was when recorded: a regular file of that size and time. */
        boolean matches(BasicFileAttributes attributes) {
            return attributes != null && attributes.isRegularFile() && attributes.size() == size
                    && nanos(attributes.lastModifiedTime()) == modifiedNanos;
        }

        private static long nanos(FileTime time) {
            return time.to(TimeUnit.NANOSECONDS);
        }
    }

    private final Path root;
    private final Map<String, Recorded> previous;
    private final Map<String, Recorded> current = new ConcurrentHashMap<>();
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();

    public OutputFiles(Path root) throws IOException {
        this.root = root;
        this.previous = readManifest(root.resolve(MANIFEST));
    }

    public Path root() {
        return root;
    }

    /**
     * Writes {@code relative} (forward slashes) unless it already holds exactly {@code content}:
     * known from the manifest when the file's size and time are those recorded, else by reading it.
     */
    public void write(String relative, byte[] content) throws IOException {
        String hash = hash(content);
        if (current.putIfAbsent(relative, new Recorded(hash, -1, -1)) != null) {
            throw new IllegalStateException("Report file written twice: " + relative);
        }
        Path file = root.resolve(relative);
        BasicFileAttributes onDisk = attributes(file);
        if (holds(file, onDisk, previous.get(relative), hash, content)) {
            current.put(relative, Recorded.of(hash, onDisk));
            unchanged.incrementAndGet();
            return;
        }
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        current.put(relative, Recorded.of(hash, Files.readAttributes(file, BasicFileAttributes.class)));
        written.incrementAndGet();
    }

    private static boolean holds(Path file, BasicFileAttributes onDisk, Recorded recorded, String hash, byte[] content)
            throws IOException {
        if (onDisk == null || !onDisk.isRegularFile() || onDisk.size() != content.length) {
            return false;
        }
        if (recorded != null && recorded.matches(onDisk)) {
            return recorded.hash().equals(hash);
        }
        return Arrays.equals(Files.readAllBytes(file), content);
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

    /** Deletes the stale files and records this run's files for the next. */
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
            for (Map.Entry<String, Recorded> entry : new TreeMap<>(current).entrySet()) {
                Recorded file = entry.getValue();
                out.write(file.hash() + " " + file.size() + " " + file.modifiedNanos() + " " + entry.getKey() + "\n");
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
     * Whether a finished run's files are all still as it wrote them, as far as their size and
     * modification time tell: one look at each file's attributes, none read.
     */
    public static boolean isIntact(Path root) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(root.resolve(MANIFEST), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return false;
        }
        for (String line : lines) {
            ManifestLine file = ManifestLine.parse(line);
            if (file == null || !file.recorded().matches(attributes(root.resolve(file.relative())))) {
                return false;
            }
        }
        return !lines.isEmpty();
    }

    /** The file's attributes, or null when there is no file. */
    private static BasicFileAttributes attributes(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException | NotDirectoryException e) {
            return null;
        }
    }

    /** The manifest's files; a line that is not {@code hash size time path} is left out, its file rewritten. */
    private static Map<String, Recorded> readManifest(Path manifest) throws IOException {
        Map<String, Recorded> files = new HashMap<>();
        try {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                ManifestLine file = ManifestLine.parse(line);
                if (file != null) {
                    files.put(file.relative(), file.recorded());
                }
            }
        } catch (NoSuchFileException e) {
            // First run: every file is new.
        }
        return files;
    }

    /** One line of the manifest: {@code hash size time path}. */
    private record ManifestLine(String relative, Recorded recorded) {

        /** The line read, or null when it is not one this class writes. */
        static ManifestLine parse(String line) {
            int hashEnd = line.indexOf(' ');
            int sizeEnd = hashEnd < 0 ? -1 : line.indexOf(' ', hashEnd + 1);
            int timeEnd = sizeEnd < 0 ? -1 : line.indexOf(' ', sizeEnd + 1);
            if (hashEnd < 1 || timeEnd < 0 || timeEnd + 1 == line.length()) {
                return null;
            }
            try {
                return new ManifestLine(line.substring(timeEnd + 1), new Recorded(line.substring(0, hashEnd),
                        Long.parseLong(line, hashEnd + 1, sizeEnd, 10), Long.parseLong(line, sizeEnd + 1, timeEnd, 10)));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
