package io.github.digestplugin.report;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** One job on a thread of its own, whose failure the starter receives when it waits for it. */
final class Background {

    interface Job {
        void run() throws IOException;
    }

    private final FutureTask<Void> task;

    private Background(FutureTask<Void> task) {
        this.task = task;
    }

    static Background start(String name, Job job) {
        FutureTask<Void> task = new FutureTask<>(() -> {
            job.run();
            return null;
        });
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return new Background(task);
    }

    /** Waits for the job to end, its failure dropped: for a run that already failed. */
    void abandon() {
        try {
            task.get();
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // The run's own failure is the one reported.
        }
    }

    void await() throws IOException {
        try {
            task.get();
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for " + e.getMessage(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }
}
