package io.github.digestplugin.check;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters, most severe first. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The lower-case name used in configuration, logs and reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this is at least as severe as {@code threshold}. */
    public boolean isAtLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Reads {@code error}, {@code warning} or {@code info}, in any case. */
    public static Optional<Severity> parse(String text) {
        for (Severity severity : values()) {
            if (severity.label().equalsIgnoreCase(text.strip())) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
