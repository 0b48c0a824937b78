package io.github.digestplugin.report;

/**
 * What the generator tells while it runs: each phase's start and end with its counts, and the
 * pages written so far of all of them. Calls come in phase order; those of the pages phase may
 * come from several threads, one at a time, each count one above the last.
 */
public interface ReportProgress {

    /** Hears nothing: for callers that log no progress. */
    ReportProgress NONE = new ReportProgress() {};

    /** The phases of a run that renders, in the order they run. */
    enum Phase {
        READ_AND_CHECK("read and check", "digests"),
        AGGREGATE("aggregate", "papers"),
        RELATED("related papers", "lists"),
        PAGES("pages", "pages"),
        SEARCH("search index", "papers"),
        EXPORTS("exports", "files");

        private final String label;
        private final String unit;

        Phase(String label, String unit) {
            this.label = label;
            this.unit = unit;
        }

        /** The phase's name in the log. */
        public String label() {
            return label;
        }

        /** What the phase's counts count, in the log. */
        public String unit() {
            return unit;
        }
    }

    /** The phase begins with {@code total} things to do. */
    default void started(Phase phase, int total) {}

    /** {@code done} of the phase's {@code total} things are done. */
    default void advanced(Phase phase, int done, int total) {}

    /** The phase ended having done {@code count} things. */
    default void finished(Phase phase, int count) {}
}
