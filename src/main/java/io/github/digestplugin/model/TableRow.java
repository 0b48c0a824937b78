package io.github.digestplugin.model;

import java.util.List;
import java.util.Optional;

/**
 * One line of the summary table below its delimiter row.
 *
 * @param line the source line
 * @param cells the cells as a GFM renderer splits them (trimmed, {@code \|} unescaped); three in a
 *     well-formed row
 * @param number the number in the {@code [^N]} reference of the first cell, if it holds one
 * @param title the link text of the second cell, if it is a Markdown link
 * @param url the link target of the second cell, if it is a Markdown link
 * @param summary the third cell, if there is one
 */
public record TableRow(
        int line,
        List<Field> cells,
        Optional<Integer> number,
        Optional<Field> title,
        Optional<Field> url,
        Optional<Field> summary) {

    public static final int CELL_COUNT = 3;

    public TableRow {
        cells = List.copyOf(cells);
    }

    public SourcePosition position() {
        return SourcePosition.lineStart(line);
    }

    /** True when the row has its three cells, a reference and a link: every field could be read. */
    public boolean isWellFormed() {
        return cells.size() == CELL_COUNT && number.isPresent() && title.isPresent() && url.isPresent();
    }
}
