package io.github.digestplugin.report;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Renders pages on one thread per core while the planning thread reads the store: at most a few
 * pages wait at a time, so their models never pile up in memory. Counts every page done, rendered
 * or kept, for the progress log, one count after another.
 */
final class PageJobs {

    /** A page to render. */
    interface Job {
        void run() throws IOException;
    }

    private final ReportProgress progress;
    private final int total;
    private final ExecutorService threads;
    private final Semaphore waiting;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private int done;

    PageJobs(ReportProgress progress, int total) {
        this.progress = progress;
        this.total = total;
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.threads = Executors.newFixedThreadPool(cores, runnable -> {
            Thread thread = new Thread(runnable, "digest-pages");
            thread.setDaemon(true);
            return thread;
        });
        this.waiting = new Semaphore(4 * cores);
    }

    /** Queues a page, waiting while too many are queued; stops at the first failure of any. */
    void submit(Job job) throws IOException {
        rethrow();
        try {
            waiting.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while rendering the pages", e);
        }
        threads.execute(() -> {
            try {
                if (failure.get() == null) {
                    job.run();
                    advance();
                }
            } catch (IOException | RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            } finally {
                waiting.release();
            }
        });
    }

    /** A page that was kept as it is. */
    void skipped() {
        advance();
    }

    private synchronized void advance() {
        progress.advanced(ReportProgress.Phase.PAGES, ++done, total);
    }

    synchronized int done() {
        return done;
    }

    /** Waits for every queued page; the first failure of any is thrown. */
    void await() throws IOException {
        threads.shutdown();
        try {
            while (!threads.awaitTermination(1, TimeUnit.MINUTES)) {
                // Pages of a large archive: keep waiting.
            }
        } catch (InterruptedException e) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while rendering the pages", e);
        }
        rethrow();
    }

    private void rethrow() throws IOException {
        Throwable failed = failure.get();
        if (failed == null) {
            return;
        }
        threads.shutdownNow();
        if (failed instanceof IOException io) {
            throw io;
        }
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw (Error) failed;
    }
}
