package io.github.digestplugin.check;

import java.time.Duration;
import java.util.List;

/**
 * What one run of the checker found.
 *
 * @param findings every finding, sorted by path and position
 * @param files how many digests were read
 * @param bytes their size in bytes
 * @param entries how many entries they hold
 */
public record CheckResult(List<Finding> findings, int files, long bytes, int entries, Duration elapsed) {

    public CheckResult {
        findings = List.copyOf(findings);
    }

    public CheckTotals totals() {
        return CheckTotals.of(findings, files, bytes, entries, elapsed);
    }

    public long count(Severity severity) {
        return totals().count(severity);
    }

    /** One line: files, entries, and counts per severity, with the time taken. */
    public String summary() {
        return totals().summary();
    }
}
