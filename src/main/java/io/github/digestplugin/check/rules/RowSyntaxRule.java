package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Field;
import io.github.digestplugin.model.TableRow;
import java.util.List;

/**
 * Table rows that cannot be read as {@code | [^N] | [title](url) | summary |}, and lines in the
 * summary section that are not part of the table. A row split by a stray pipe is the cell-pipe
 * rule's: of such a row only the reference cell is looked at here, since the split does not
 * explain a bad reference.
 */
public final class RowSyntaxRule implements DigestRule {

    static final MessageKey STRAY_LINE = new MessageKey("row-syntax.stray-line", 1);
    static final MessageKey FIRST_CELL = new MessageKey("row-syntax.first-cell", 1);
    static final MessageKey CELL_COUNT = new MessageKey("row-syntax.cell-count", 2);
    static final MessageKey SECOND_CELL = new MessageKey("row-syntax.second-cell", 2);

    @Override
    public String id() {
        return "row-syntax";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public List<MessageKey> messages() {
        return List.of(STRAY_LINE, FIRST_CELL, CELL_COUNT, SECOND_CELL);
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
                reporter.report(stray.position(), STRAY_LINE, RuleText.quote(stray.text()));
            }
        }
    }

    private static void checkRow(TableRow row, Reporter reporter) {
        if (row.number().isEmpty()) {
            String first = row.cells().isEmpty() ? "" : row.cells().get(0).text();
            reporter.report(RuleText.referencePosition(row), FIRST_CELL, RuleText.quote(first));
        }
        if (SplitCells.of(row).isPresent()) {
            return;
        }
        int cells = row.cells().size();
        if (cells != TableRow.CELL_COUNT) {
            reporter.report(row.position(), CELL_COUNT, RuleText.reference(row), cells);
        }
        if (cells >= 2 && row.title().isEmpty()) {
            Field second = row.cells().get(1);
            reporter.report(second.position(), SECOND_CELL, RuleText.quote(second.text()), RuleText.reference(row));
        }
    }
}
