package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.SourcePosition;
import io.github.digestplugin.model.TableRow;
import java.util.List;

/**
 * An unescaped {@code |} inside a cell (math such as {@code $Y|X$}, a title with a bar) splits the
 * cell, and every GFM renderer then shows a broken row.
 */
public final class CellPipeRule implements DigestRule {

    static final MessageKey SPLIT = new MessageKey("cell-pipe.split", 3);
    static final MessageKey IN_TITLE = new MessageKey("cell-pipe.title", 0);
    static final MessageKey IN_SUMMARY = new MessageKey("cell-pipe.summary", 0);

    @Override
    public String id() {
        return "cell-pipe";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public List<MessageKey> messages() {
        return List.of(SPLIT, IN_TITLE, IN_SUMMARY);
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
                    new SourcePosition(row.line(), SplitCells.pipeColumn(row, split.firstExtraCell())), SPLIT,
                    RuleText.phrase(split.inTitle() ? IN_TITLE : IN_SUMMARY), RuleText.reference(row),
                    row.cells().size()));
        }
    }
}
