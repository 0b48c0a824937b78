package io.github.digestplugin.report;

import java.util.Optional;

/**
 * One row of a digest's table as its page shows it.
 *
 * @param index the position in the digest's table, from 1 (unique where numbers repeat)
 * @param number the footnote number N the entry carries (0 when the row has none)
 * @param paperId the paper's arXiv id without version, when the entry names one
 * @param title the English title
 * @param summaryZh the Chinese one-line summary
 * @param rowLine the source line of its table row, 0 when it has none
 * @param definitionLines the first and last source line of its definition, empty when it has none
 * @param malformed whether the entry could not be read whole (no row, no definition, a broken
 *     row, an irregular definition, no arXiv id)
 */
public record EntrySummary(int index, int number, Optional<String> paperId, String title, String summaryZh,
        int rowLine, Optional<LineRange> definitionLines, boolean malformed) {

    /** Lines {@code first} to {@code last}, both included. */
    public record LineRange(int first, int last) {}

    /** Where an entry is in its digest's source: what joins a finding's line to it. */
    public record Span(int index, int rowLine, Optional<LineRange> definitionLines) {
        public String anchor() {
            return "entry-" + index;
        }
    }

    public Span span() {
        return new Span(index, rowLine, definitionLines);
    }

    public String anchor() {
        return span().anchor();
    }
}
