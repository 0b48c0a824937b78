package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Definition;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Entry;
import io.github.digestplugin.model.Field;
import io.github.digestplugin.model.Layout;
import io.github.digestplugin.model.TableRow;
import java.util.List;

/**
 * The row's Summary cell repeats the definition's Chinese summary (field 3). The first day's
 * four-field layout has no such field, so a summary in its row stands alone. An empty field 3 is
 * the empty-field rule's; a row without its three cells is row-syntax's or cell-pipe's, and which
 * of its cells is the summary cannot be told.
 */
public final class SummaryMismatchRule implements DigestRule {

    static final MessageKey NO_SUMMARY_FIELD = new MessageKey("summary-mismatch.no-summary-field", 3);
    static final MessageKey DIFFERS = new MessageKey("summary-mismatch.differs", 4);

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
    public List<MessageKey> messages() {
        return List.of(NO_SUMMARY_FIELD, DIFFERS);
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
                    reporter.report(inRow.position(), NO_SUMMARY_FIELD, entry.number(), definition.position().line(),
                            RuleText.quote(inRow.text()));
                }
                continue;
            }
            if (definition.fields().size() <= SUMMARY_FIELD || definition.fields().get(SUMMARY_FIELD).isEmpty()) {
                continue;
            }
            Field inDefinition = definition.fields().get(SUMMARY_FIELD);
            if (!RuleText.sameText(inRow.text(), inDefinition.text())) {
                String[] summaries = RuleText.excerpts(RuleText.normalized(inRow.text()),
                        RuleText.normalized(inDefinition.text()));
                reporter.report(inRow.position(), DIFFERS, entry.number(), inDefinition.position().line(),
                        summaries[0], summaries[1]);
            }
        }
    }
}
