package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Definition;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Entry;
import io.github.digestplugin.model.Field;
import io.github.digestplugin.model.Layout;
import io.github.digestplugin.model.TableRow;

/**
 * The row's Summary cell repeats the definition's Chinese summary (field 3). The first day's
 * four-field layout has no such field, so a summary in its row stands alone. An empty field 3 is
 * the empty-field rule's; a row without its three cells is row-syntax's or cell-pipe's, and which
 * of its cells is the summary cannot be told.
 */
public final class SummaryMismatchRule implements DigestRule {

    private static final int SUMMARY_FIELD = 2;

    @Override
    public String id() {
        return "summary-mismatch";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "The row's Summary cell differs from the definition's Chinese summary (field 3), or the definition has"
                + " no summary field.";
    }

    @Override
    public void check(Digest digest, Reporter reporter) {
        for (Entry entry : digest.entries()) {
            if (entry.row().isEmpty() || entry.definition().isEmpty() || entry.row().get().summary().isEmpty()) {
                continue;
            }
            TableRow row = entry.row().get();
            if (row.cells().size() != TableRow.CELL_COUNT) {
                continue;
            }
            Field inRow = row.summary().get();
            Definition definition = entry.definition().get();
            if (definition.layout() == Layout.NO_SUMMARIES) {
                if (!inRow.isEmpty()) {
                    reporter.report(inRow.position(), "Definition [^" + entry.number() + "] (line "
                            + definition.position().line() + ") has no summary field (4-field first-day layout), but"
                            + " its row has the summary " + RuleText.quote(inRow.text()));
                }
                continue;
            }
            if (definition.fields().size() <= SUMMARY_FIELD || definition.fields().get(SUMMARY_FIELD).isEmpty()) {
                continue;
            }
            Field inDefinition = definition.fields().get(SUMMARY_FIELD);
            if (!RuleText.sameText(inRow.text(), inDefinition.text())) {
                reporter.report(inRow.position(), "Summary of row [^" + entry.number() + "] differs from field 3 of"
                        + " its definition (line " + inDefinition.position().line() + "): "
                        + RuleText.contrast(RuleText.normalized(inRow.text()),
                                RuleText.normalized(inDefinition.text())));
            }
        }
    }
}
