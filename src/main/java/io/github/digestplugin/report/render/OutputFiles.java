package io.github.digestplugin.report.render;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the report's files, each only when the file does not already hold exactly its content, so
 * an incremental run touches only the pages that changed. Every file is written under a temporary
 * name in its folder and renamed over the old one, so a run killed at any moment leaves each file
 * whole, either as before or as new. A file is given either whole or as a {@link Content} that
 * streams it: a streamed file goes to its temporary name first, hashed on the way, and replaces the
 * old one only when it differs, so that no export is ever held whole in memory.
 *
 * <p>The run's record lives in a state folder outside the output. A manifest there keeps, for every
 * file of the last complete run, its content hash, the size and modification time it had when
 * written, and the key of what it was made from: a file whose size and time are still those vouches
 * for its content without being read, and any other is compared with its content and rewritten
 * where it differs. A page whose inputs have the recorded key and whose file is still as recorded
 * is {@linkplain #keep kept} without being rendered. As for make or rsync, an edit that keeps both
 * size and time (made within the clock tick of the write) goes unseen. Each record speaks for its
 * file alone, so a run that stops half way leaves the last complete run's manifest valid: the
 * files the stopped run rewrote no longer match their records and are compared and rewritten. The
 * new manifest replaces it in one step once every file is in place. A journal beside it lists
 * every file the report may own while a run is under way (those of the last manifest and each new
 * one, listed before it is created), so the run after a killed one still deletes the files no
 * longer part of the report. Safe to call from several threads.
 */
public final class OutputFiles implements AutoCloseable {

    static final String MANIFEST = "manifest.txt";
    static final String JOURNAL = "journal.txt";
    /** The journal's mark of a file this run writes, before the name. */
    private static final String WRITTEN = "+";
    /** Where earlier versions kept the record, inside the output; taken over and removed. */
    private static final String LEGACY_STATE = ".digest-report";
    /** A temporary file: hidden, the target's name, a random token; no report file is named so. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9a-f]{16}\\.partial");

    /** The input key of a file written without one: it is never kept unread. */
    public static final String NO_INPUT = "-";
    private static final String MANIFEST_HEADER = "# digest-report manifest 2";

    /**
     * A file as the manifest knows it: the hash of its content, its size and modification time,
     * and the key of what it was made from.
     */
    private record Recorded(String hash, long size, long modifiedNanos, String input) {

        static Recorded of(String hash, BasicFileAttributes attributes, String input) {
            return new Recorded(hash, attributes.size(), nanos(attributes.lastModifiedTime()), input);
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

    /** A file's content, written into the stream it is given; it may close the stream, and flushes what it wraps around it. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A text file's content, written into the writer it is given, which encodes it as UTF-8. */
    @FunctionalInterface
    public interface Text {
        void writeTo(Writer out) throws IOException;
    }

    /** What {@link #current} holds for a file being written: its size never matches a file's. */
    private static final Recorded PENDING = new Recorded("", -1, -1, NO_INPUT);
    private static final int STREAM_BUFFER = 64 * 1024;

    private final Path root;
    private final Path state;
    private final Map<String, Recorded> previous;
    /** The files of {@code previous} still as the last complete run left them (their size and time) when this run began. */
    private final Set<String> intact;
    private final Set<String> owned;
    private final Writer journal;
    private final Map<String, Recorded> current = new ConcurrentHashMap<>();
    private final Set<String> touched = new java.util.HashSet<>();
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();

    private OutputFiles(Path root, Path state, Map<String, Recorded> previous, Set<String> intact, Set<String> owned,
            Writer journal) {
        this.root = root;
        this.state = state;
        this.previous = previous;
        this.intact = intact;
        this.owned = owned;
        this.journal = journal;
    }

    /**
     * Starts a run that writes into {@code root}, keeping its record in {@code state}: the files
     * the report may own are journalled and the temporary files a killed run left behind are
     * removed. {@link #close()} it whatever happens.
     */
    public static OutputFiles begin(Path root, Path state) throws IOException {
        Files.createDirectories(root);
        Files.createDirectories(state);
        removeTemporaries(state);
        // Temporary files exist only while a run writes, which journals from its start to its
        // completion: without a journal the last run completed, and the output is not walked.
        boolean unfinished = Files.exists(state.resolve(JOURNAL)) || !Files.exists(state.resolve(MANIFEST));
        Map<String, Recorded> previous = readManifest(state.resolve(MANIFEST));
        Set<String> owned = ConcurrentHashMap.newKeySet();
        owned.addAll(previous.keySet());
        for (String line : readJournal(state.resolve(JOURNAL))) {
            if (line.startsWith(WRITTEN)) {
                // A killed run wrote it: its record no longer vouches for it, whatever its size and time.
                String relative = line.substring(WRITTEN.length());
                previous.remove(relative);
                owned.add(relative);
            } else {
                owned.add(line);
            }
        }
        Path legacy = root.resolve(LEGACY_STATE);
        owned.addAll(readManifest(legacy.resolve(MANIFEST)).keySet());
        // The manifest stays until this run writes its own, so the journal lists only what the
        // manifest does not: the files a killed run began and those of the legacy state.
        Set<String> unrecorded = new TreeSet<>();
        for (String file : owned) {
            if (!previous.containsKey(file)) {
                unrecorded.add(file);
            }
        }
        writeAtomically(state.resolve(JOURNAL), lines(unrecorded).getBytes(StandardCharsets.UTF_8));
        removeLegacyState(legacy);
        if (unfinished) {
            removeTemporaries(root);
        }
        Writer journal = Files.newBufferedWriter(state.resolve(JOURNAL), StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        return new OutputFiles(root, state, previous, intactFiles(root, previous), owned, journal);
    }

    /**
     * The recorded files still as recorded: each looked at once, all in parallel (a look is a
     * system call that mostly waits), rather than one by one as the run plans its pages.
     */
    private static Set<String> intactFiles(Path root, Map<String, Recorded> previous) throws IOException {
        Set<String> intact = ConcurrentHashMap.newKeySet();
        try {
            previous.entrySet().parallelStream().forEach(file -> {
                if (asRecorded(root, file.getKey(), file.getValue())) {
                    intact.add(file.getKey());
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return intact;
    }

    public Path root() {
        return root;
    }

    /** The folder of this output's record. */
    public Path state() {
        return state;
    }

    /**
     * Writes {@code relative} (forward slashes) unless it already holds exactly {@code content}:
     * known from the manifest when the file's size and time are those recorded, else by reading it.
     */
    public void write(String relative, byte[] content) throws IOException {
        write(relative, content, NO_INPUT);
    }

    /**
     * Writes {@code relative} as {@link #write(String, byte[])} does, recording {@code input}, the
     * key of what the content was made from, for {@link #keep} in the next run.
     */
    public void write(String relative, byte[] content, String input) throws IOException {
        String hash = ContentHash.of(content);
        Path file = claim(relative);
        BasicFileAttributes onDisk = attributes(file);
        if (holds(onDisk, previous.get(relative), hash, content.length,
                () -> Arrays.equals(Files.readAllBytes(file), content))) {
            recordUnchanged(relative, hash, onDisk, input);
            return;
        }
        own(relative);
        folderOf(file);
        writeAtomically(file, content);
        recordWritten(relative, hash, file, input);
    }

    /**
     * Writes {@code relative} from {@code content} as it is produced, never whole in memory: into a
     * temporary file beside it, hashed on the way, which then either replaces the file or, when the
     * file already held exactly that (as the manifest or a comparison of the two tells), is deleted.
     * A content that fails leaves the file as it was. {@code input} is recorded as for
     * {@link #write(String, byte[], String)}.
     */
    public void write(String relative, Content content, String input) throws IOException {
        write(relative, content, input, null);
    }

    private void write(String relative, Content content, String input, FileContent fileContent) throws IOException {
        Path file = claim(relative);
        folderOf(file);
        Path temporary = temporaryFor(file);
        try {
            ContentHash contentHash = new ContentHash();
            if (fileContent == null) {
                try (OutputStream out = new BufferedOutputStream(ContentHash.hashing(Files.newOutputStream(
                        temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), contentHash), STREAM_BUFFER)) {
                    content.writeTo(out);
                }
            } else {
                fileContent.writeTo(temporary);
                try (InputStream in = Files.newInputStream(temporary)) {
                    in.transferTo(ContentHash.hashing(OutputStream.nullOutputStream(), contentHash));
                }
            }
            String hash = contentHash.value();
            long size = Files.size(temporary);
            BasicFileAttributes onDisk = attributes(file);
            if (holds(onDisk, previous.get(relative), hash, size, () -> Files.mismatch(file, temporary) < 0)) {
                recordUnchanged(relative, hash, onDisk, input);
                return;
            }
            own(relative);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            recordWritten(relative, hash, file, input);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A file's content made by a tool that writes files, not streams (a database). */
    @FunctionalInterface
    public interface FileContent {
        /** Creates {@code file}, which does not exist yet, with the content. */
        void writeTo(Path file) throws IOException;
    }

    /**
     * Writes {@code relative} as {@link #write(String, Content, String)} does, from a file that
     * {@code content} creates under the temporary name.
     */
    public void writeFile(String relative, FileContent content, String input) throws IOException {
        write(relative, null, input, content);
    }

    /** Writes {@code relative} from {@code content}, streamed, without an input key. */
    public void write(String relative, Content content) throws IOException {
        write(relative, content, NO_INPUT);
    }

    /** Writes {@code relative} as UTF-8 text, streamed as {@link #write(String, Content, String)} does. */
    public void writeText(String relative, Text text, String input) throws IOException {
        write(relative, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), STREAM_BUFFER);
            text.writeTo(writer);
            writer.flush();
        }, input);
    }

    /** Writes {@code relative} as UTF-8 text, streamed, without an input key. */
    public void writeText(String relative, Text text) throws IOException {
        writeText(relative, text, NO_INPUT);
    }

    /** Makes the folder of {@code file}, once per run: a hundred thousand pages share a few folders. */
    private void folderOf(Path file) throws IOException {
        Path folder = file.getParent();
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
    }

    /** Marks {@code relative} as written by this run; the file it names. */
    private Path claim(String relative) {
        if (current.putIfAbsent(relative, PENDING) != null) {
            throw new IllegalStateException("Report file written twice: " + relative);
        }
        return root.resolve(relative);
    }

    private void recordUnchanged(String relative, String hash, BasicFileAttributes onDisk, String input) {
        current.put(relative, Recorded.of(hash, onDisk, input));
        unchanged.incrementAndGet();
    }

    private void recordWritten(String relative, String hash, Path file, String input) throws IOException {
        current.put(relative, Recorded.of(hash, Files.readAttributes(file, BasicFileAttributes.class), input));
        written.incrementAndGet();
    }

    /**
     * The content hash the last complete run recorded for {@code relative}, while the file is still
     * as that run left it (its size and time) and this run has not yet written it; else empty.
     */
    public Optional<String> recordedHash(String relative) throws IOException {
        Recorded recorded = previous.get(relative);
        if (recorded == null || current.containsKey(relative) || !intact.contains(relative)) {
            return Optional.empty();
        }
        return Optional.of(recorded.hash());
    }

    /** The content hash of {@code relative} as this run wrote or kept it. */
    public String writtenHash(String relative) {
        Recorded recorded = current.get(relative);
        if (recorded == null || recorded == PENDING) {
            throw new IllegalStateException("Report file not written yet: " + relative);
        }
        return recorded.hash();
    }

    /**
     * Keeps {@code relative} as it is, without rendering it, when the last complete run made it
     * from the same {@code input} and the file is still as that run left it (its size and time);
     * returns false, recording nothing, when it must be written.
     */
    public boolean keep(String relative, String input) throws IOException {
        Recorded recorded = previous.get(relative);
        if (recorded == null || NO_INPUT.equals(input) || !recorded.input().equals(input)
                || !intact.contains(relative)) {
            return false;
        }
        if (current.putIfAbsent(relative, recorded) != null) {
            throw new IllegalStateException("Report file written twice: " + relative);
        }
        unchanged.incrementAndGet();
        return true;
    }

    /**
     * Keeps every file of the last complete run below {@code folder} (a group written together,
     * such as the search index) when each was made from {@code input} and is as that run left it.
     */
    public boolean keepAll(String folder, String input) throws IOException {
        String prefix = folder + "/";
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, Recorded> file : previous.entrySet()) {
            if (file.getKey().startsWith(prefix)) {
                Recorded recorded = file.getValue();
                if (NO_INPUT.equals(input) || !recorded.input().equals(input) || !intact.contains(file.getKey())) {
                    return false;
                }
                files.add(file.getKey());
            }
        }
        if (files.isEmpty()) {
            return false;
        }
        for (String file : files) {
            if (current.putIfAbsent(file, previous.get(file)) != null) {
                throw new IllegalStateException("Report file written twice: " + file);
            }
            unchanged.incrementAndGet();
        }
        return true;
    }

    /**
     * Journals a file before it is written, so that the run after a killed one knows it: a new file
     * as one the report owns, any file as one whose record no longer vouches for it.
     */
    private void own(String relative) throws IOException {
        synchronized (journal) {
            owned.add(relative);
            if (touched.add(relative)) {
                journal.write(WRITTEN + relative + "\n");
                journal.flush();
            }
        }
    }

    /**
     * Replaces {@code file} with {@code content} in one step: written under a temporary name in the
     * same folder and renamed over it, so no reader and no later run ever sees it half written.
     */
    public static void writeAtomically(Path file, byte[] content) throws IOException {
        Path temporary = temporaryFor(file);
        boolean moved = false;
        try {
            Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** A fresh temporary name beside {@code file}, one {@link #TEMPORARY} matches. */
    private static Path temporaryFor(Path file) {
        String token = String.format(Locale.ROOT, "%016x", ThreadLocalRandom.current().nextLong());
        return file.resolveSibling("." + file.getFileName() + "." + token + ".partial");
    }

    /** Deletes the record an earlier version kept in the output, and its folder unless something else is in it. */
    private static void removeLegacyState(Path legacy) throws IOException {
        Files.deleteIfExists(legacy.resolve(MANIFEST));
        Files.deleteIfExists(legacy.resolve("fingerprint.properties"));
        try {
            Files.deleteIfExists(legacy);
        } catch (DirectoryNotEmptyException e) {
            // Not only ours: left as it is.
        }
    }

    /** Deletes the temporary files below {@code folder} that a killed run left. */
    private static void removeTemporaries(Path folder) throws IOException {
        List<Path> left;
        try (Stream<Path> walk = Files.walk(folder)) {
            left = walk.filter(p -> TEMPORARY.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path file : left) {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Whether the file on disk holds content of this hash and size: told by the manifest when the
     * file's size and time are those recorded, else by {@code sameBytes}, which reads it.
     */
    private static boolean holds(BasicFileAttributes onDisk, Recorded recorded, String hash, long size,
            Comparison sameBytes) throws IOException {
        if (onDisk == null || !onDisk.isRegularFile() || onDisk.size() != size) {
            return false;
        }
        if (recorded != null && recorded.matches(onDisk)) {
            return recorded.hash().equals(hash);
        }
        return sameBytes.holds();
    }

    /** A comparison of the file on disk with the new content. */
    private interface Comparison {
        boolean holds() throws IOException;
    }

    /** Files the report owned before this run that this run did not write (a paper or digest that is gone). */
    public List<String> stale() {
        List<String> stale = new ArrayList<>();
        for (String relative : owned) {
            if (!current.containsKey(relative)) {
                stale.add(relative);
            }
        }
        return stale;
    }

    /**
     * Deletes the stale files and records this run's files for the next: the manifest is written
     * last, once the output is complete. The journal stays until {@link #complete()}.
     */
    public void finish() throws IOException {
        close();
        for (String relative : stale()) {
            Path file = root.resolve(relative).normalize();
            if (file.startsWith(root)) {
                Files.deleteIfExists(file);
                deleteEmptyFolders(file.getParent());
            }
        }
        StringBuilder manifest = new StringBuilder(MANIFEST_HEADER).append('\n');
        for (Map.Entry<String, Recorded> entry : new TreeMap<>(current).entrySet()) {
            Recorded file = entry.getValue();
            manifest.append(file.hash()).append(' ').append(file.size()).append(' ').append(file.modifiedNanos())
                    .append(' ').append(file.input()).append(' ').append(entry.getKey()).append('\n');
        }
        writeAtomically(state.resolve(MANIFEST), manifest.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Deletes {@code folder} and its parents up to the root while they are empty: the folder of a
     * list's later parts goes with its last part, as a fresh run would never have made it.
     */
    private void deleteEmptyFolders(Path folder) throws IOException {
        for (Path dir = folder; dir != null && dir.startsWith(root) && !dir.equals(root); dir = dir.getParent()) {
            if (Files.isSymbolicLink(dir)) {
                return;
            }
            try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            } catch (NoSuchFileException e) {
                continue;
            }
            Files.deleteIfExists(dir);
        }
    }

    /** Drops the journal once the whole record is written: the manifest lists every file the report owns. */
    public void complete() throws IOException {
        Files.deleteIfExists(state.resolve(JOURNAL));
    }

    /** Closes the journal; a run that failed leaves it for the next. */
    @Override
    public void close() throws IOException {
        synchronized (journal) {
            journal.close();
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
    public static boolean isIntact(Path root, Path state) throws IOException {
        if (Files.exists(state.resolve(JOURNAL))) {
            // A run began after the manifest was written and did not complete.
            return false;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(state.resolve(MANIFEST), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return false;
        }
        boolean withInput = !lines.isEmpty() && lines.get(0).equals(MANIFEST_HEADER);
        // A look at each file is a system call that mostly waits: the files are looked at in parallel.
        try {
            return lines.size() > (withInput ? 1 : 0)
                    && (withInput ? lines.subList(1, lines.size()) : lines).parallelStream().allMatch(line -> {
                        ManifestLine file = ManifestLine.parse(line, withInput);
                        return file != null && asRecorded(root, file.relative(), file.recorded());
                    });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Whether the file {@code relative} is as {@code recorded}, for the parallel looks at the
     * output: a failure to look is thrown unchecked, for the caller to unwrap.
     */
    private static boolean asRecorded(Path root, String relative, Recorded recorded) {
        try {
            return recorded.matches(attributes(root.resolve(relative)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
            boolean withInput = !lines.isEmpty() && lines.get(0).equals(MANIFEST_HEADER);
            for (String line : withInput ? lines.subList(1, lines.size()) : lines) {
                ManifestLine file = ManifestLine.parse(line, withInput);
                if (file != null) {
                    files.put(file.relative(), file.recorded());
                }
            }
        } catch (NoSuchFileException e) {
            // First run: every file is new.
        }
        return files;
    }

    private static List<String> readJournal(Path journal) throws IOException {
        try {
            return Files.readAllLines(journal, StandardCharsets.UTF_8).stream().filter(l -> !l.isEmpty()).toList();
        } catch (NoSuchFileException e) {
            return List.of();
        }
    }

    private static String lines(Set<String> paths) {
        StringBuilder text = new StringBuilder();
        paths.forEach(path -> text.append(path).append('\n'));
        return text.toString();
    }

    /**
     * One line of the manifest: {@code hash size time input path}, or {@code hash size time path}
     * in a manifest of an earlier version.
     */
    private record ManifestLine(String relative, Recorded recorded) {

        /** The line read, or null when it is not one this class writes. */
        static ManifestLine parse(String line, boolean withInput) {
            int hashEnd = line.indexOf(' ');
            int sizeEnd = hashEnd < 0 ? -1 : line.indexOf(' ', hashEnd + 1);
            int timeEnd = sizeEnd < 0 ? -1 : line.indexOf(' ', sizeEnd + 1);
            int inputEnd = !withInput || timeEnd < 0 ? timeEnd : line.indexOf(' ', timeEnd + 1);
            if (hashEnd < 1 || inputEnd < 0 || inputEnd + 1 == line.length()) {
                return null;
            }
            try {
                String input = withInput ? line.substring(timeEnd + 1, inputEnd) : NO_INPUT;
                return new ManifestLine(line.substring(inputEnd + 1), new Recorded(line.substring(0, hashEnd),
                        Long.parseLong(line, hashEnd + 1, sizeEnd, 10), Long.parseLong(line, sizeEnd + 1, timeEnd, 10),
                        input));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
