package io.github.digestplugin.check;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What one run of the checker found.
 *
 * @param findings every finding, sorted by path and position
 * @param files how many digests were read
 * @param bytes their size in bytes
 * @param entries how many entries they hold
 * @param suppressed how many findings suppression comments and path suppressions left out
 * @param entryKeys the entry each finding is about
 * @param notDigests the files read that hold none of a digest's structure, not checked and not
 *     counted in {@code files}, sorted
 */
public record CheckResult(List<Finding> findings, int files, long bytes, int entries, Duration elapsed,
        long suppressed, EntryKeys entryKeys, List<Path> notDigests) {

    public CheckResult {
        findings = List.copyOf(findings);
        notDigests = List.copyOf(notDigests);
    }

    /** A result without suppressed findings, whose findings are about no entry in particular. */
    public CheckResult(List<Finding> findings, int files, long bytes, int entries, Duration elapsed) {
        this(findings, files, bytes, entries, elapsed, 0, EntryKeys.NONE, List.of());
    }

    public CheckTotals totals() {
        return CheckTotals.of(findings, files, bytes, entries, elapsed, suppressed);
    }

    public long count(Severity severity) {
        return totals().count(severity);
    }

    /** One line: files, entries, and counts per severity, with the time taken. */
    public String summary() {
        return totals().summary();
    }
}
