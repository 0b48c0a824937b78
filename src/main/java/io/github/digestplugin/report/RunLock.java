package io.github.digestplugin.report;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One run at a time into an output: two runs writing the same pages and the same record (a
 * {@code mvn site} and a {@code mvn digest:report} into the same folder, at once) would leave a
 * report that is neither's. The second one fails at once, saying why, instead.
 */
final class RunLock implements AutoCloseable {

    static final String FILE = "run.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of the output whose record is in {@code state}, or fails naming {@code output}. */
    static RunLock take(Path state, Path output) throws IOException {
        FileChannel channel = FileChannel.open(state.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("Another report run is writing " + output + " (its record is in " + state
                    + "); run again once it has finished");
        }
        return new RunLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
