package io.github.digestplugin.check.output;

import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.Severity;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which findings of a run fail it, which the log lists and which go to CI annotations.
 *
 * @param logFindings what the log lists
 * @param threshold the least severity that fails the build ({@code failOn}); empty for {@code none}
 * @param logged the severities the log shows at all (under {@code -q}, only errors)
 * @param annotations whether failing findings are also printed as CI annotations
 */
public record FindingSelection(LogFindings logFindings, Optional<Severity> threshold, Set<Severity> logged,
        boolean annotations) {

    /** What the log lists, one line each: {@code failing} (the default), {@code all} or {@code none}. */
    public enum LogFindings {
        FAILING,
        ALL,
        NONE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** @throws IllegalArgumentException naming the bad value and the accepted ones */
        public static LogFindings parse(String text) {
            String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            for (LogFindings mode : values()) {
                if (mode.label().equals(value)) {
                    return mode;
                }
            }
            throw new IllegalArgumentException("logFindings is '" + text + "', it must be one of failing, all, none");
        }
    }

    public FindingSelection {
        logged = Set.copyOf(logged);
    }

    /** Whether a finding counts toward failing the build: at or above the threshold and not in the baseline. */
    public boolean fails(Finding finding, boolean baselined) {
        return !baselined && threshold.isPresent() && finding.severity().isAtLeast(threshold.get());
    }

    /** Whether the log lists a finding. */
    public boolean logs(Finding finding, boolean baselined) {
        return logged.contains(finding.severity()) && switch (logFindings) {
            case ALL -> true;
            case FAILING -> fails(finding, baselined);
            case NONE -> false;
        };
    }

    /** Whether a check hands the finding back, to log or to annotate. */
    public boolean handsBack(Finding finding, boolean baselined) {
        return logs(finding, baselined) || annotations && fails(finding, baselined);
    }
}
