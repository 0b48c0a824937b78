package io.github.digestplugin.report;

import java.util.EnumMap;
import java.util.Map;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Progress as log lines, throttled: nothing in a run's first seconds (a short run logs only its
 * summary), then at most one line per {@link #INTERVAL_NANOS}. Remembers each phase's time for
 * the summary line.
 */
public final class ProgressLog implements ReportProgress {

    static final long INTERVAL_NANOS = 2_000_000_000L;

    private final Consumer<String> log;
    private final LongSupplier nanos;
    private final long start;
    private final Map<Phase, Long> started = new EnumMap<>(Phase.class);
    private final Map<Phase, Long> took = new EnumMap<>(Phase.class);
    private long lastLine;

    /**
     * @param log where the lines go
     * @param nanos the clock, {@code System::nanoTime} outside tests
     */
    public ProgressLog(Consumer<String> log, LongSupplier nanos) {
        this.log = log;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
        // As if a line had just been written, so the first waits a whole interval.
        this.lastLine = start;
    }

    @Override
    public synchronized void started(Phase phase, int total) {
        long now = nanos.getAsLong();
        started.put(phase, now);
        line(now, phase.label() + " of " + total + " " + phase.unit());
    }

    @Override
    public synchronized void advanced(Phase phase, int done, int total) {
        line(nanos.getAsLong(), phase.label() + " " + done + " of " + total);
    }

    @Override
    public synchronized void finished(Phase phase, int count) {
        long now = nanos.getAsLong();
        long took = now - started.getOrDefault(phase, now);
        this.took.put(phase, took);
        line(now, phase.label() + " done: " + count + " " + phase.unit() + " in " + seconds(took));
    }

    /** The time of each finished phase, "read and check 1.2 s, aggregate 0.3 s, ..."; empty when none ran. */
    public synchronized String summary() {
        StringBuilder summary = new StringBuilder();
        took.forEach((phase, nanos) -> summary.append(summary.isEmpty() ? "" : ", ")
                .append(phase.label()).append(' ').append(seconds(nanos)));
        return summary.toString();
    }

    private void line(long now, String text) {
        if (now - lastLine >= INTERVAL_NANOS) {
            lastLine = now;
            log.accept("Reading list: " + text);
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
