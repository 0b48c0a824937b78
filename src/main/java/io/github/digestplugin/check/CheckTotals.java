package io.github.digestplugin.check;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The counts of a check run: what its summary line says and what decides whether the build fails,
 * without the findings themselves (a check in a forked JVM hands back only those the log shows).
 *
 * @param counts how many findings of each severity; a severity without findings may be left out
 * @param suppressed how many findings suppressions left out (counted in no severity)
 */
public record CheckTotals(int files, long bytes, int entries, Duration elapsed, Map<Severity, Long> counts,
        long suppressed) {

    public CheckTotals {
        Map<Severity, Long> complete = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            complete.put(severity, counts.getOrDefault(severity, 0L));
        }
        counts = Map.copyOf(complete);
    }

    public static CheckTotals of(List<Finding> findings, int files, long bytes, int entries, Duration elapsed,
            long suppressed) {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Finding finding : findings) {
            counts.merge(finding.severity(), 1L, Long::sum);
        }
        return new CheckTotals(files, bytes, entries, elapsed, counts, suppressed);
    }

    public long count(Severity severity) {
        return counts.get(severity);
    }

    /** How many findings are at least as severe as {@code threshold}. */
    public long countAtLeast(Severity threshold) {
        long count = 0;
        for (Severity severity : Severity.values()) {
            count += severity.isAtLeast(threshold) ? counts.get(severity) : 0;
        }
        return count;
    }

    /** How many findings there are in all. */
    public long findings() {
        return countAtLeast(Severity.INFO);
    }

    /** One line: files, entries, and counts per severity (and of suppressed findings, if any), with the time taken. */
    public String summary() {
        return String.format(Locale.ROOT, "%d digest%s, %d entr%s: %d error%s, %d warning%s, %d info%s%s (%d ms)",
                files, files == 1 ? "" : "s",
                entries, entries == 1 ? "y" : "ies",
                count(Severity.ERROR), count(Severity.ERROR) == 1 ? "" : "s",
                count(Severity.WARNING), count(Severity.WARNING) == 1 ? "" : "s",
                count(Severity.INFO), count(Severity.INFO) == 1 ? "" : "s",
                suppressed == 0 ? "" : ", " + suppressed + " suppressed",
                elapsed.toMillis());
    }
}
