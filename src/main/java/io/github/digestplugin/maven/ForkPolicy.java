package io.github.digestplugin.maven;

import java.util.Locale;
import org.apache.maven.plugin.logging.Log;

/**
 * Whether a check runs in a JVM of its own: {@code auto} for digests of {@link #AUTO_THRESHOLD}
 * bytes or more, {@code true} always, {@code false} never. Below the threshold a second JVM saves
 * nothing; above it, a JVM tuned for a short run checks faster than Maven's.
 */
enum ForkPolicy {
    AUTO, ALWAYS, NEVER;

    /**
     * Where forking starts to pay on a two-core machine, measured on parts of the cs.CL corpus:
     * within 0.1 s either way at 8 and 16 MB, 0.2 to 0.5 s faster at 32 and 48 MB.
     */
    static final long AUTO_THRESHOLD = 32L << 20;

    /**
     * Reads {@code fork} ({@code auto}, {@code true} or {@code false}).
     *
     * @throws IllegalArgumentException naming the bad value and the accepted ones
     */
    static ForkPolicy of(String fork) {
        String value = fork == null ? "" : fork.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "auto" -> AUTO;
            case "true" -> ALWAYS;
            case "false" -> NEVER;
            default -> throw new IllegalArgumentException("fork is '" + fork + "', it must be one of auto, true, false");
        };
    }

    /**
     * Past this size a report runs long enough for the optimising compiler of Maven's JVM to pay
     * back its cost, and a fork limited to C1 renders slower (README, "Performance").
     */
    static final long AUTO_REPORT_LIMIT = 256L << 20;

    /** Tells why no JVM could be forked for {@code what}: a warning when the user asked for one, else a debug line. */
    void cannotFork(Log log, String what, String instead) {
        String why = "Cannot fork a JVM for the " + what + " (no java launcher in " + System.getProperty("java.home")
                + ", or the plugin is not a jar); " + instead;
        if (this == ALWAYS) {
            log.warn(why);
        } else {
            log.debug(why);
        }
    }

    boolean forks(long digestBytes) {
        return this == ALWAYS || this == AUTO && digestBytes >= AUTO_THRESHOLD;
    }

    /** Whether a report of {@code digestBytes} of digests renders in a fork of its own. */
    boolean forksReport(long digestBytes) {
        return this == ALWAYS || this == AUTO && digestBytes >= AUTO_THRESHOLD && digestBytes < AUTO_REPORT_LIMIT;
    }
}
