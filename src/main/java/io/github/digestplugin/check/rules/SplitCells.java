package io.github.digestplugin.check.rules;

import io.github.digestplugin.model.Field;
import io.github.digestplugin.model.TableRow;
import io.github.digestplugin.parse.InlineMarkdown;
import io.github.digestplugin.parse.MarkdownLimits;
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
     * @param inTitle whether the pipe belongs in the title cell, else in the summary
     */
    record Split(int firstExtraCell, boolean inTitle) {}

    private SplitCells() {}

    /**
     * The most title candidates that are read as a link, shortest first. Each reading costs the
     * candidate's length, so a bound on their number keeps a row linear in its length whatever
     * its pipes; a row with more candidates than this before its title's end is left to the
     * row-syntax rule, which reports its cell count.
     */
    static final int MAX_TITLE_CANDIDATES = 16;

    static Optional<Split> of(TableRow row) {
        List<Field> cells = row.cells();
        if (cells.size() <= TableRow.CELL_COUNT) {
            return Optional.empty();
        }
        // The cells from the second on, joined once with the pipes that split them: every title
        // candidate, the cells 1 to k, is a prefix of it, ends[k] long.
        StringBuilder joined = new StringBuilder();
        int[] ends = new int[cells.size() + 1];
        for (int i = 1; i < cells.size(); i++) {
            if (i > 1) {
                joined.append('|');
            }
            joined.append(cells.get(i).text());
            ends[i + 1] = joined.length();
        }
        int titleEnd = titleEnd(joined, ends, cells.size());
        if (titleEnd < 0) {
            return Optional.empty();
        }
        String repaired = "| " + escaped(cells.get(0).text()) + " | " + escaped(joined.substring(0, ends[titleEnd]))
                + " | " + escaped(joined.substring(ends[titleEnd] + 1)) + " |";
        // With every pipe of a cell escaped, GFM reads three cells by construction; flexmark confirms
        // it where a code span or link text might still read otherwise, but cannot read a row beyond
        // its limits, and such a row is taken as repaired.
        if (MarkdownLimits.problem(repaired).isEmpty()
                && InlineMarkdown.flexmarkCellCount(repaired) != TableRow.CELL_COUNT) {
            return Optional.empty();
        }
        return Optional.of(titleEnd > 2 ? new Split(2, true) : new Split(TableRow.CELL_COUNT, false));
    }

    /**
     * The title cell: the shortest run of cells from the second on that makes one link, with at
     * least one cell after it; -1 when there is none. Only a run that ends in {@code )} or
     * {@code >} can be a link or an autolink, so only those runs are read.
     */
    private static int titleEnd(StringBuilder joined, int[] ends, int cellCount) {
        int candidates = 0;
        for (int end = 2; end < cellCount && candidates < MAX_TITLE_CANDIDATES; end++) {
            if (!endsLikeLink(joined, ends[end])) {
                continue;
            }
            candidates++;
            if (InlineMarkdown.singleLink(joined.substring(0, ends[end])).isPresent()) {
                return end;
            }
        }
        return -1;
    }

    /** Whether the text up to {@code end}, without trailing space of any kind, ends as a link does. */
    private static boolean endsLikeLink(CharSequence text, int end) {
        int last = end - 1;
        while (last >= 0 && (text.charAt(last) <= ' ' || Character.isWhitespace(text.charAt(last))
                || Character.isSpaceChar(text.charAt(last)))) {
            last--;
        }
        return last >= 0 && (text.charAt(last) == ')' || text.charAt(last) == '>');
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
