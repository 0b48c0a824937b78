package io.github.digestplugin.maven;

import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * GitHub Actions workflow commands, {@code ::error file=...,line=...,col=...,title=rule-id::message},
 * one per failing finding, which GitHub shows as annotations on the run and the pull request
 * without any upload. GitHub shows at most {@value #SHOWN_PER_SEVERITY} annotations of each kind
 * (error, warning, notice) per step and drops the rest, so of each kind only that many are printed,
 * the last one saying how many more there are when some are left out.
 */
final class GitHubAnnotations {

    static final int SHOWN_PER_SEVERITY = 10;

    private GitHubAnnotations() {}

    /** The commands for the failing findings, in their order, at most {@value #SHOWN_PER_SEVERITY} of each kind. */
    static List<String> of(List<Finding> failing, Function<Path, String> paths) {
        Map<Severity, Integer> total = new EnumMap<>(Severity.class);
        failing.forEach(finding -> total.merge(finding.severity(), 1, Integer::sum));
        Map<Severity, Integer> printed = new EnumMap<>(Severity.class);
        List<String> lines = new ArrayList<>();
        for (Finding finding : failing) {
            Severity severity = finding.severity();
            int count = total.get(severity);
            int done = printed.merge(severity, 1, Integer::sum);
            if (done > SHOWN_PER_SEVERITY) {
                continue;
            }
            if (done == SHOWN_PER_SEVERITY && count > SHOWN_PER_SEVERITY) {
                lines.add("::" + command(severity) + " title=" + property("digest:check") + "::"
                        + data((count - SHOWN_PER_SEVERITY + 1) + " more " + severity.label()
                                + " findings are not annotated (GitHub shows " + SHOWN_PER_SEVERITY
                                + " per step); see the log or the job summary"));
                continue;
            }
            lines.add("::" + command(severity) + " file=" + property(paths.apply(finding.path()))
                    + ",line=" + finding.position().line() + ",col=" + finding.position().column()
                    + ",title=" + property(finding.ruleId()) + "::" + data(LogText.printable(finding.message())));
        }
        return lines;
    }

    private static String command(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** A command's message: {@code %}, CR and LF escaped, as the runner unescapes them. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: also {@code :} and {@code ,}, which end the properties and separate them. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
