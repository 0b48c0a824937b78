package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Definition;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Entry;
import io.github.digestplugin.model.Field;
import io.github.digestplugin.model.Layout;

/**
 * The fields a reader cannot do without: title, url, translated title, Chinese summary and English
 * abstract. The first day's four-field layout takes its summary from the row. Only fields the
 * definition has are looked at: a missing field is the layout rule's, a missing definition the
 * missing-definition rule's.
 */
public final class EmptyFieldRule implements DigestRule {

    @Override
    public String id() {
        return "empty-field";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "A required field is empty: title, url, translated title, Chinese summary or English abstract.";
    }

    @Override
    public void check(Digest digest, Reporter reporter) {
        for (Entry entry : digest.entries()) {
            if (entry.definition().isEmpty()) {
                continue;
            }
            Definition definition = entry.definition().get();
            int fields = definition.fields().size();
            boolean complete = definition.layout() != Layout.IRREGULAR;
            report(entry, entry.translatedTitle(), "translated title", true, reporter);
            report(entry, entry.title(), "title (field 1)", fields > 0, reporter);
            report(entry, entry.url(), "url (field 2)", fields > 1, reporter);
            if (definition.layout() == Layout.NO_SUMMARIES) {
                entry.row().flatMap(row -> row.summary())
                        .ifPresent(summary -> report(entry, summary, "Chinese summary (the row's Summary cell; the"
                                + " 4-field layout has no summary field)", true, reporter));
            } else {
                report(entry, entry.summaryZh(), "Chinese summary (field 3)", fields > 2, reporter);
            }
            String abstractName = switch (definition.layout()) {
                case STANDARD -> "English abstract (field 6)";
                case NO_SUMMARIES -> "English abstract (field 4)";
                case IRREGULAR -> "English abstract (last field)";
            };
            report(entry, entry.abstractEn(), abstractName, complete || fields > 5, reporter);
        }
    }

    private static void report(Entry entry, Field field, String name, boolean present, Reporter reporter) {
        if (present && field.isEmpty()) {
            reporter.report(field.position(), "Entry [^" + entry.number() + "] has an empty " + name);
        }
    }
}
