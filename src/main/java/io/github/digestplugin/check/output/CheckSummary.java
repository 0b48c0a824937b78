package io.github.digestplugin.check.output;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.CheckTotals;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.Severity;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the log, the CI annotations and the step summary of a check need, and what decides whether
 * it fails: the totals, the counts per rule, the findings to show, and how the run compares with
 * its baseline. A check in Maven's JVM makes it from the whole result; a forked check hands it back
 * as {@code FindingLines}.
 *
 * @param ruleCounts per rule and severity, most severe first, then most findings
 * @param shown the findings handed back to log or annotate, in the result's order
 * @param baseline how the run compares with the baseline, if one was read
 */
public record CheckSummary(CheckTotals totals, List<RuleCount> ruleCounts, List<Shown> shown,
        Optional<BaselineStatus> baseline) {

    /** A finding handed back, and whether the baseline holds it. */
    public record Shown(Finding finding, boolean baselined) {}

    /** How many findings one rule had at one severity, and how many of them the baseline holds. */
    public record RuleCount(String ruleId, Severity severity, long findings, long baselined) {

        static final Comparator<RuleCount> ORDER = Comparator.comparing(RuleCount::severity)
                .thenComparing(RuleCount::findings, Comparator.reverseOrder()).thenComparing(RuleCount::ruleId);
    }

    /** How many findings of the baseline remain and how many were fixed since it was written. */
    public record BaselineStatus(long remaining, long fixed) {}

    public CheckSummary {
        ruleCounts = ruleCounts.stream().sorted(RuleCount.ORDER).toList();
        shown = List.copyOf(shown);
    }

    public static CheckSummary of(CheckResult result, Optional<BaselineFile.Comparison> comparison,
            FindingSelection selection) {
        BitSet baselined = comparison.map(BaselineFile.Comparison::baselined).orElseGet(BitSet::new);
        Map<String, long[]> counts = new LinkedHashMap<>();
        List<Shown> shown = new ArrayList<>();
        List<Finding> findings = result.findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            boolean inBaseline = baselined.get(i);
            long[] count = counts.computeIfAbsent(finding.ruleId() + '\t' + finding.severity().name(), k -> new long[2]);
            count[0]++;
            count[1] += inBaseline ? 1 : 0;
            if (selection.handsBack(finding, inBaseline)) {
                shown.add(new Shown(finding, inBaseline));
            }
        }
        List<RuleCount> ruleCounts = new ArrayList<>();
        counts.forEach((key, count) -> {
            int tab = key.indexOf('\t');
            ruleCounts.add(new RuleCount(key.substring(0, tab), Severity.valueOf(key.substring(tab + 1)), count[0],
                    count[1]));
        });
        return new CheckSummary(result.totals(), ruleCounts, shown,
                comparison.map(c -> new BaselineStatus(c.remaining(), c.fixed())));
    }

    /** How many findings at or above {@code threshold} the baseline does not hold: what fails the build. */
    public long failing(Severity threshold) {
        return ruleCounts.stream().filter(c -> c.severity().isAtLeast(threshold))
                .mapToLong(c -> c.findings() - c.baselined()).sum();
    }
}
