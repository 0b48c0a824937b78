package io.github.digestplugin.maven;

import io.github.digestplugin.check.Severity;
import io.github.digestplugin.check.output.CheckSummary;
import java.util.Locale;
import java.util.Optional;

/**
 * When a check fails the build: when more findings than allowed are at or above a severity.
 *
 * @param threshold the least severity that counts; empty for {@code none}, which never fails
 * @param maxAllowed how many counted findings still pass
 */
record FailurePolicy(Optional<Severity> threshold, int maxAllowed) {

    static final String NONE = "none";

    /**
     * Reads {@code failOn} ({@code error}, {@code warning}, {@code info} or {@code none}).
     *
     * @throws IllegalArgumentException naming the bad value and the accepted ones
     */
    static FailurePolicy of(String failOn, int maxAllowed) {
        if (maxAllowed < 0) {
            throw new IllegalArgumentException("maxAllowedViolations is " + maxAllowed + ", it must be 0 or more");
        }
        String value = failOn == null ? "" : failOn.strip().toLowerCase(Locale.ROOT);
        if (value.equals(NONE)) {
            return new FailurePolicy(Optional.empty(), maxAllowed);
        }
        Severity threshold = Severity.parse(value).orElseThrow(() -> new IllegalArgumentException(
                "failOn is '" + failOn + "', it must be one of error, warning, info, none"));
        return new FailurePolicy(Optional.of(threshold), maxAllowed);
    }

    /** Why the build fails, or empty when it passes: findings the baseline holds do not count. */
    Optional<String> failure(CheckSummary outcome) {
        if (threshold.isEmpty()) {
            return Optional.empty();
        }
        long counted = outcome.failing(threshold.get());
        if (counted <= maxAllowed) {
            return Optional.empty();
        }
        String which = threshold.get() == Severity.ERROR ? "error" : threshold.get().label() + " or worse";
        String beyond = outcome.baseline().isPresent() ? " not in the baseline" : "";
        return Optional.of(String.format(Locale.ROOT,
                "%d digest finding%s of severity %s%s, %d allowed (failOn=%s, maxAllowedViolations=%d)",
                counted, counted == 1 ? "" : "s", which, beyond, maxAllowed, threshold.get().label(), maxAllowed));
    }
}
