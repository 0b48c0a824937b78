package io.github.digestplugin.maven;

import io.github.digestplugin.check.output.CheckSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines of the check's log after its findings: the counts per rule and severity as a table,
 * and how the run compares with its baseline.
 */
final class CheckLog {

    private CheckLog() {}

    /** A header and a line per rule and severity, columns aligned; nothing when there are no findings. */
    static List<String> countTable(CheckSummary outcome) {
        List<String> lines = new ArrayList<>();
        if (outcome.ruleCounts().isEmpty()) {
            return lines;
        }
        boolean baseline = outcome.baseline().isPresent();
        int width = "Rule".length();
        for (CheckSummary.RuleCount count : outcome.ruleCounts()) {
            width = Math.max(width, count.ruleId().length());
        }
        String format = "  %-" + width + "s  %-8s  %8s" + (baseline ? "  %11s" : "%s");
        lines.add(String.format(Locale.ROOT, format, "Rule", "Severity", "Findings", baseline ? "In baseline" : "")
                .stripTrailing());
        for (CheckSummary.RuleCount count : outcome.ruleCounts()) {
            lines.add(String.format(Locale.ROOT, format, count.ruleId(), count.severity().label(), count.findings(),
                    baseline ? Long.toString(count.baselined()) : "").stripTrailing());
        }
        return lines;
    }

    /** What the baseline still holds and what was fixed since it was written. */
    static String baselineLine(CheckSummary.BaselineStatus status) {
        String line = String.format(Locale.ROOT, "Baseline: %d baselined finding%s remain%s (not failing), %d fixed since",
                status.remaining(), status.remaining() == 1 ? "" : "s", status.remaining() == 1 ? "s" : "",
                status.fixed());
        return status.fixed() > 0 ? line + "; run mvn digest:baseline to drop the fixed ones from it" : line;
    }
}
