package io.github.digestplugin.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One digest file as read: its structure in source order and its entries.
 *
 * @param path the file, relative to the directory the digests were read from
 * @param channel the arXiv channel the digest belongs to (configured, or from the file's name or
 *     folder)
 * @param date the date its file name starts with, if it starts with an ISO date
 * @param headings every heading line
 * @param tableHeader the table's header row, if there is one
 * @param tableDelimiter the line below the header, if there is a header
 * @param rows the table's rows below the delimiter
 * @param definitions the footnote definitions in source order
 * @param entries rows and definitions paired by number: table order first, then definitions
 *     that have no row
 * @param strayLines non-blank lines that are neither heading, row nor definition
 * @param malformedLines lines whose bytes are not valid UTF-8
 * @param endsWithNewline whether the last line has a line end
 * @param binary whether the file looks binary (it holds NUL characters)
 * @param suppressionComments the lines that are only a suppression comment, in source order
 */
public record Digest(
        Path path,
        String channel,
        Optional<LocalDate> date,
        List<Heading> headings,
        Optional<Field> tableHeader,
        Optional<Field> tableDelimiter,
        List<TableRow> rows,
        List<Definition> definitions,
        List<Entry> entries,
        List<Field> strayLines,
        List<Integer> malformedLines,
        int lineCount,
        boolean endsWithNewline,
        boolean binary,
        List<SuppressionComment> suppressionComments) {

    public Digest {
        suppressionComments = List.copyOf(suppressionComments);
        headings = List.copyOf(headings);
        rows = List.copyOf(rows);
        definitions = List.copyOf(definitions);
        entries = List.copyOf(entries);
        strayLines = List.copyOf(strayLines);
        malformedLines = List.copyOf(malformedLines);
    }

    /**
     * How many suppression comment lines stand strictly between two lines: rules that measure the
     * spacing of lines leave them out, as the parser does.
     */
    public int suppressionCommentsBetween(int after, int before) {
        int count = 0;
        for (SuppressionComment comment : suppressionComments) {
            if (comment.line() > after && comment.line() < before) {
                count++;
            }
        }
        return count;
    }
}
