package io.github.digestplugin.report.render;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file made of records in a fixed order (an export: one record per paper), written so that a run
 * that changed few records copies the others from the last run's file instead of making them again:
 * the bytes are those a fresh run writes, since each record is made from its own inputs alone. An
 * index in the state folder lists each record of the file with its key (what it was made from) and
 * its place; it speaks for the file only while the manifest vouches for the file and the file's hash
 * is the one the index was written with.
 */
public final class SplicedFile {

    /** The folder of the indexes, in the state folder. */
    public static final String INDEXES = "records";
    private static final String HEADER = "# digest-report records 1 ";
    /** The header's hash placeholder, overwritten once the file is written: as long as a hash. */
    private static final String NO_HASH = "0".repeat(ContentHash.LENGTH);
    private static final int COPY_BUFFER = 64 * 1024;

    /** What comes before the records, before the first, between two, and after the last. */
    public record Layout(String header, String beforeFirst, String between, String footer) {

        String key() {
            return ContentHash.of((header + '\u0000' + beforeFirst + '\u0000' + between + '\u0000' + footer)
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A record's id, ascending in the file's order, and the key of everything it is made from. */
    public record Key(String id, String key) {}

    /** Hands every record's key, in the file's order, to {@code each}. */
    @FunctionalInterface
    public interface Keys {
        void forEach(KeyConsumer each) throws IOException;
    }

    @FunctionalInterface
    public interface KeyConsumer {
        void accept(Key key) throws IOException;
    }

    /** Makes the records that cannot be copied, asked for in the file's order. */
    public interface Records {
        /**
         * Called once before the first record: {@code all} when every record will be asked for;
         * else any number may be, from none to all.
         */
        void start(boolean all) throws IOException;

        /** Writes the record {@code id}. */
        void write(String id, Writer out) throws IOException;
    }

    private SplicedFile() {}

    /**
     * Writes {@code relative} from {@code keys} and {@code records}, recording {@code input} as
     * {@link OutputFiles#write(String, OutputFiles.Content, String)} does; returns how many records
     * were made rather than copied.
     */
    public static int write(OutputFiles output, String relative, Layout layout, String input, Keys keys,
            Records records) throws IOException {
        Path indexFile = output.state().resolve(INDEXES).resolve(relative.replace('/', '_') + ".idx");
        Optional<String> recorded = output.recordedHash(relative);
        Path old = output.root().resolve(relative);
        boolean usable = recorded.isPresent() && recorded.get().equals(readHash(indexFile, layout));
        // Without a usable index every record is made; with one, each is copied where its key is
        // the same, in one pass over the keys.
        boolean fresh = !usable;
        Files.createDirectories(indexFile.getParent());
        Path newIndex = indexFile.resolveSibling("." + indexFile.getFileName() + "."
                + String.format(Locale.ROOT, "%016x", ThreadLocalRandom.current().nextLong()) + ".partial");
        int[] made = {0};
        try {
            try (Writer indexOut = Files.newBufferedWriter(newIndex, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                indexOut.write(HEADER + layout.key() + ' ' + NO_HASH + '\n');
                output.write(relative, out -> {
                    try (FileChannel source = fresh ? null : FileChannel.open(old);
                            OldIndex index = fresh ? OldIndex.none() : OldIndex.open(indexFile)) {
                        Splicer splicer = new Splicer(out, layout, source, indexOut);
                        records.start(fresh);
                        keys.forEach(key -> {
                            OldIndex.Entry entry = index.find(key.id());
                            if (entry != null && entry.key().equals(key.key())) {
                                splicer.copy(key, entry);
                            } else {
                                splicer.make(key, w -> records.write(key.id(), w));
                                made[0]++;
                            }
                        });
                        splicer.end();
                    }
                }, input);
            }
            String hash = output.writtenHash(relative);
            try (RandomAccessFile patch = new RandomAccessFile(newIndex.toFile(), "rw")) {
                patch.seek(HEADER.length() + layout.key().length() + 1);
                patch.write(hash.getBytes(StandardCharsets.US_ASCII));
            }
            Files.move(newIndex, indexFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(newIndex);
        }
        return made[0];
    }

    /** The hash of the file the index at {@code file} was written with, for this layout; empty if none. */
    private static String readHash(Path file, Layout layout) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            String prefix = HEADER + layout.key() + ' ';
            return header != null && header.startsWith(prefix) ? header.substring(prefix.length()) : "";
        } catch (NoSuchFileException e) {
            return "";
        }
    }

    /** Writes the new file: the copied runs of the old one coalesced, the made records between them. */
    private static final class Splicer {
        private final OutputStream out;
        private final Layout layout;
        private final FileChannel source;
        private final Writer index;
        private final byte[] between;
        private final ByteBuffer buffer;
        private final ByteArrayOutputStream made = new ByteArrayOutputStream();
        private long position;
        private boolean first = true;
        /** The old file's run waiting to be copied, and its last record. */
        private long runStart = -1;
        private long runEnd;
        private OldIndex.Entry runLast;

        Splicer(OutputStream out, Layout layout, FileChannel source, Writer index) throws IOException {
            this.out = out;
            this.layout = layout;
            this.source = source;
            this.index = index;
            this.between = layout.between().getBytes(StandardCharsets.UTF_8);
            this.buffer = source == null ? null : ByteBuffer.allocate(COPY_BUFFER);
            raw(layout.header().getBytes(StandardCharsets.UTF_8));
        }

        void copy(Key key, OldIndex.Entry entry) throws IOException {
            long offset;
            if (runStart >= 0 && entry.ordinal() == runLast.ordinal() + 1) {
                // Between two adjacent old records lie exactly the separator bytes this layout writes.
                offset = position + (runEnd - runStart) + between.length;
            } else {
                flushRun();
                separate();
                runStart = entry.offset();
                offset = position;
            }
            runEnd = entry.offset() + entry.length();
            runLast = entry;
            record(key, offset, entry.length());
        }

        void make(Key key, Maker maker) throws IOException {
            flushRun();
            separate();
            made.reset();
            Writer writer = new OutputStreamWriter(made, StandardCharsets.UTF_8);
            maker.write(writer);
            writer.flush();
            record(key, position, made.size());
            raw(made.toByteArray());
        }

        void end() throws IOException {
            flushRun();
            raw(layout.footer().getBytes(StandardCharsets.UTF_8));
        }

        private void separate() throws IOException {
            raw((first ? layout.beforeFirst() : layout.between()).getBytes(StandardCharsets.UTF_8));
            first = false;
        }

        private void record(Key key, long offset, long length) throws IOException {
            index.write(key.id() + ' ' + key.key() + ' ' + offset + ' ' + length + '\n');
        }

        private void flushRun() throws IOException {
            if (runStart < 0) {
                return;
            }
            long from = runStart;
            long end = runEnd;
            while (from < end) {
                buffer.clear();
                buffer.limit((int) Math.min(buffer.capacity(), end - from));
                int read = source.read(buffer, from);
                if (read < 0) {
                    throw new IOException("The last run's file ended before its index said");
                }
                out.write(buffer.array(), 0, read);
                from += read;
            }
            position += end - runStart;
            runStart = -1;
            runLast = null;
        }

        private void raw(byte[] bytes) throws IOException {
            out.write(bytes);
            position += bytes.length;
        }
    }

    @FunctionalInterface
    private interface Maker {
        void write(Writer out) throws IOException;
    }

    /** The last run's index, read in order alongside the new records. */
    private static class OldIndex implements AutoCloseable {

        record Entry(String id, String key, long offset, long length, long ordinal) {}

        private final BufferedReader in;
        private Entry current;
        private long ordinal;

        private OldIndex(BufferedReader in) {
            this.in = in;
        }

        /** No last run's records: every record is made. */
        static OldIndex none() {
            return new OldIndex(null);
        }

        static OldIndex open(Path file) throws IOException {
            BufferedReader in = new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), 1 << 16);
            in.readLine();
            OldIndex index = new OldIndex(in);
            index.advance();
            return index;
        }

        /** The old record {@code id}, if the index holds it; ids must be asked for in ascending order. */
        Entry find(String id) throws IOException {
            while (current != null && current.id().compareTo(id) < 0) {
                advance();
            }
            return current != null && current.id().equals(id) ? current : null;
        }

        private void advance() throws IOException {
            String line = in == null ? null : in.readLine();
            if (line == null) {
                current = null;
                return;
            }
            String[] parts = line.split(" ");
            if (parts.length != 4) {
                throw new IOException("The report's record index is damaged: " + line);
            }
            current = new Entry(parts[0], parts[1], Long.parseLong(parts[2]), Long.parseLong(parts[3]), ordinal++);
        }

        @Override
        public void close() throws IOException {
            if (in != null) {
                in.close();
            }
        }
    }
}
