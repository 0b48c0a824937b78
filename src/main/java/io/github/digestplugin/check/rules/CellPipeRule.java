package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.SourcePosition;
import io.github.digestplugin.model.TableRow;

/**
 * An unescaped {@code |} inside a cell (math such as {@code $Y|X$}, a title with a bar) splits the
 * cell, and every GFM renderer then shows a broken row.
 */
public final class CellPipeRule implements DigestRule {

    @Override
    public String id() {
        return "cell-pipe";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "An unescaped `|` inside a table cell splits it, so the row no longer has 3 cells.";
    }

    @Override
    public boolean fixable() {
        return true;
    }

    /**
     * Whether {@code row} is split by a stray pipe as this rule reports it: the fix goal repairs
     * exactly the rows this rule reports.
     */
    public static boolean isSplit(TableRow row) {
        return SplitCells.of(row).isPresent();
    }

    @Override
    public void check(Digest digest, Reporter reporter) {
        for (TableRow row : digest.rows()) {
            SplitCells.of(row).ifPresent(split -> reporter.report(
                    new SourcePosition(row.line(), SplitCells.pipeColumn(row, split.firstExtraCell())),
                    "Unescaped `|` in the " + split.where() + " of row " + RuleText.reference(row) + " splits it: the"
                            + " row has " + row.cells().size() + " cells instead of 3; escape it as `\\|`"));
        }
    }
}
