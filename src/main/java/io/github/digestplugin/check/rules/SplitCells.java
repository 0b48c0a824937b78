package io.github.digestplugin.check.rules;

import io.github.digestplugin.model.Field;
import io.github.digestplugin.model.TableRow;
import io.github.digestplugin.parse.InlineMarkdown;
import java.util.List;
import java.util.Optional;

/**
 * Rows that an unescaped {@code |} split into more than three cells. GFM splits a row at every
 * unescaped pipe, also inside a link's text or a code span, and so does the parser; flexmark keeps
 * a pipe inside link text, so it cannot confirm the split itself. It confirms the remedy instead:
 * with the stray pipes escaped, a GFM table sees the row's three cells again.
 */
final class SplitCells {

    /**
     * A row split by stray pipes.
     *
     * @param firstExtraCell the index of the first cell that exists only because of a stray pipe
     * @param where which cell the pipe belongs in: {@code title} or {@code summary}
     */
    record Split(int firstExtraCell, String where) {}

    private SplitCells() {}

    static Optional<Split> of(TableRow row) {
        List<Field> cells = row.cells();
        if (cells.size() <= TableRow.CELL_COUNT) {
            return Optional.empty();
        }
        // The title cell is the shortest run of cells from the second on that makes one link.
        int titleEnd = 2;
        while (titleEnd < cells.size() && InlineMarkdown.singleLink(joined(cells, 1, titleEnd)).isEmpty()) {
            titleEnd++;
        }
        if (titleEnd == cells.size()) {
            return Optional.empty();
        }
        String repaired = "| " + escaped(cells.get(0).text()) + " | " + escaped(joined(cells, 1, titleEnd)) + " | "
                + escaped(joined(cells, titleEnd, cells.size())) + " |";
        if (InlineMarkdown.flexmarkCellCount(repaired) != TableRow.CELL_COUNT) {
            return Optional.empty();
        }
        return Optional.of(titleEnd > 2 ? new Split(2, "title") : new Split(TableRow.CELL_COUNT, "summary"));
    }

    /** The cell texts from {@code from} to {@code to}, rejoined with the pipes that split them. */
    private static String joined(List<Field> cells, int from, int to) {
        StringBuilder text = new StringBuilder(cells.get(from).text());
        for (int i = from + 1; i < to; i++) {
            text.append('|').append(cells.get(i).text());
        }
        return text.toString();
    }

    private static String escaped(String cellText) {
        return cellText.replace("|", "\\|");
    }

    /**
     * The column of the pipe in front of cell {@code index}. Cells are trimmed, so the pipe lies in
     * the gap between the end of the cell before (in source characters: each {@code |} of its text
     * was {@code \|}) and the start of this one, in the middle of the whitespace around it.
     */
    static int pipeColumn(TableRow row, int index) {
        List<Field> cells = row.cells();
        Field before = cells.get(index - 1);
        Field after = cells.get(index);
        int escapes = 0;
        for (int i = 0; i < before.text().length(); i++) {
            if (before.text().charAt(i) == '|') {
                escapes++;
            }
        }
        int afterBefore = before.position().column() + before.text().length() + escapes;
        int gap = after.position().column() - afterBefore;
        return afterBefore + Math.max(0, gap - 1) / 2;
    }
}
