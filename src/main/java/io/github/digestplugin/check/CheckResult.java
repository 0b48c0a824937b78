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

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** How many findings are at least as severe as {@code threshold}. */
    public long countAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().isAtLeast(threshold)).count();
    }

    /** One line: files, entries, and counts per severity, with the time taken. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%d digest%s, %d entr%s: %d error%s, %d warning%s, %d info%s (%d ms)",
                files, files == 1 ? "" : "s",
                entries, entries == 1 ? "y" : "ies",
                count(Severity.ERROR), count(Severity.ERROR) == 1 ? "" : "s",
                count(Severity.WARNING), count(Severity.WARNING) == 1 ? "" : "s",
                count(Severity.INFO), count(Severity.INFO) == 1 ? "" : "s",
                elapsed.toMillis());
    }
}
