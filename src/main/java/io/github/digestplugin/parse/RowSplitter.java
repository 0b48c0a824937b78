package io.github.digestplugin.parse;

import io.github.digestplugin.model.Field;
import io.github.digestplugin.model.SourcePosition;
import io.github.digestplugin.model.TableRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a table row into cells the way GFM does: an optional leading and trailing pipe, then a
 * cell boundary at every pipe not escaped as {@code \|}, even inside code spans or math. This is
 * the rule by which a stray {@code |} breaks a row on GitHub. flexmark keeps a pipe inside link
 * text or a code span in its cell, so it cannot serve as the splitter; the cell-pipe rule only
 * asks it whether a repaired row has three cells.
 */
final class RowSplitter {

    private RowSplitter() {}

    static List<Field> split(String line, int lineNumber) {
        int start = 0;
        int end = line.length();
        while (start < end && Whitespace.is(line.charAt(start))) {
            start++;
        }
        while (end > start && Whitespace.is(line.charAt(end - 1))) {
            end--;
        }
        if (start < end && line.charAt(start) == '|') {
            start++;
        }
        if (end > start && line.charAt(end - 1) == '|' && !isEscaped(line, end - 1)) {
            end--;
        }
        List<Field> cells = new ArrayList<>(TableRow.CELL_COUNT);
        int cellStart = start;
        int pipe = line.indexOf('|', start);
        while (pipe >= 0 && pipe < end) {
            if (!isEscaped(line, pipe)) {
                cells.add(cell(line, cellStart, pipe, lineNumber));
                cellStart = pipe + 1;
            }
            pipe = line.indexOf('|', pipe + 1);
        }
        cells.add(cell(line, cellStart, end, lineNumber));
        return cells;
    }

    static boolean isEscaped(String line, int index) {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static Field cell(String line, int from, int to, int lineNumber) {
        Field cell = trimmed(line, from, to, lineNumber);
        return cell.text().indexOf("\\|") < 0 ? cell : new Field(cell.text().replace("\\|", "|"), cell.position());
    }

    /** The text between {@code from} and {@code to} without surrounding white space, where it starts. */
    static Field trimmed(String line, int from, int to, int lineNumber) {
        while (from < to && Whitespace.is(line.charAt(from))) {
            from++;
        }
        while (to > from && Whitespace.is(line.charAt(to - 1))) {
            to--;
        }
        return new Field(line.substring(from, to), new SourcePosition(lineNumber, from + 1));
    }
}
