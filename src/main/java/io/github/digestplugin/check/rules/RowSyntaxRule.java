package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Field;
import io.github.digestplugin.model.TableRow;

/**
 * Table rows that cannot be read as {@code | [^N] | [title](url) | summary |}, and lines in the
 * summary section that are not part of the table. A row split by a stray pipe is the cell-pipe
 * rule's: of such a row only the reference cell is looked at here, since the split does not
 * explain a bad reference.
 */
public final class RowSyntaxRule implements DigestRule {

    @Override
    public String id() {
        return "row-syntax";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "A table row is not `| [^N] | [title](url) | summary |`, or a stray line stands in the table section.";
    }

    @Override
    public void check(Digest digest, Reporter reporter) {
        for (TableRow row : digest.rows()) {
            if (!row.isWellFormed()) {
                checkRow(row, reporter);
            }
        }
        int detailsStart = RuleText.detailsStart(digest);
        for (Field stray : digest.strayLines()) {
            if (stray.position().line() < detailsStart) {
                reporter.report(stray.position(), "Line is not a heading or table row: "
                        + RuleText.quote(stray.text()));
            }
        }
    }

    private static void checkRow(TableRow row, Reporter reporter) {
        if (row.number().isEmpty()) {
            String first = row.cells().isEmpty() ? "" : row.cells().get(0).text();
            reporter.report(RuleText.referencePosition(row), "First cell " + RuleText.quote(first)
                    + " is not a footnote reference `[^N]`");
        }
        if (SplitCells.of(row).isPresent()) {
            return;
        }
        int cells = row.cells().size();
        if (cells != TableRow.CELL_COUNT) {
            reporter.report(row.position(), "Row " + RuleText.reference(row) + " has " + cells + " cell"
                    + (cells == 1 ? "" : "s") + "; expected 3: `| [^N] | [title](url) | summary |`");
        }
        if (cells >= 2 && row.title().isEmpty()) {
            Field second = row.cells().get(1);
            reporter.report(second.position(), "Second cell " + RuleText.quote(second.text())
                    + " of row " + RuleText.reference(row) + " is not a Markdown link `[title](url)`");
        }
    }
}
