package io.github.digestplugin.maven;

import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.output.CheckSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The Markdown a check appends to GitHub's job summary ({@code $GITHUB_STEP_SUMMARY}): the summary
 * line, the counts per rule, the baseline's figures and the first {@value #LISTED} failing
 * findings. Messages quote digest text, so every character that Markdown reads as markup, a link,
 * an autolink ({@code :}), an entity or a cell boundary is escaped with a backslash: nothing in a
 * digest can become a link, markup or a table cell there.
 */
final class StepSummary {

    static final int LISTED = 100;

    private StepSummary() {}

    static String of(CheckSummary outcome, List<Finding> failing, Function<Path, String> paths, String verdict) {
        StringBuilder md = new StringBuilder("## Digest check\n\n");
        md.append(text(outcome.totals().summary())).append("\n\n").append(text(verdict)).append("\n\n");
        outcome.baseline().ifPresent(status -> md.append(text(CheckLog.baselineLine(status))).append("\n\n"));
        if (!outcome.ruleCounts().isEmpty()) {
            boolean baseline = outcome.baseline().isPresent();
            md.append("| Rule | Severity | Findings |").append(baseline ? " In the baseline |" : "").append('\n');
            md.append("| --- | --- | ---: |").append(baseline ? " ---: |" : "").append('\n');
            for (CheckSummary.RuleCount count : outcome.ruleCounts()) {
                md.append("| ").append(text(count.ruleId())).append(" | ").append(count.severity().label())
                        .append(" | ").append(count.findings()).append(" |");
                if (baseline) {
                    md.append(' ').append(count.baselined()).append(" |");
                }
                md.append('\n');
            }
            md.append('\n');
        }
        if (!failing.isEmpty()) {
            md.append(failing.size() > LISTED
                    ? "Failing findings, the first " + LISTED + " of " + failing.size() + ":\n\n"
                    : "Failing findings:\n\n");
            for (Finding finding : failing.subList(0, Math.min(LISTED, failing.size()))) {
                md.append("- ").append(text(paths.apply(finding.path()) + ":" + finding.position().line() + ":"
                        + finding.position().column())).append(' ').append(finding.severity().label())
                        .append(" \\[").append(text(finding.ruleId())).append("\\] ")
                        .append(text(LogText.printable(finding.message()))).append('\n');
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static final String MARKUP = "\\`*_{}[]<>()#+!|~:&";

    /** Plain text in Markdown: every character that could be markup escaped. */
    static String text(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (MARKUP.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
