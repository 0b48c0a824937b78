package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.Phrase;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Definition;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Entry;
import io.github.digestplugin.model.Field;
import io.github.digestplugin.model.Layout;
import java.util.List;

/**
 * The fields a reader cannot do without: title, url, translated title, Chinese summary and English
 * abstract. The first day's four-field layout takes its summary from the row. Only fields the
 * definition has are looked at: a missing field is the layout rule's, a missing definition the
 * missing-definition rule's.
 */
public final class EmptyFieldRule implements DigestRule {

    static final MessageKey EMPTY = new MessageKey("empty-field.empty", 2);
    static final MessageKey TRANSLATED_TITLE = new MessageKey("empty-field.translated-title", 0);
    static final MessageKey TITLE = new MessageKey("empty-field.title", 0);
    static final MessageKey URL = new MessageKey("empty-field.url", 0);
    static final MessageKey SUMMARY_IN_ROW = new MessageKey("empty-field.summary-in-row", 0);
    static final MessageKey SUMMARY_ZH = new MessageKey("empty-field.summary-zh", 0);
    static final MessageKey ABSTRACT_EN = new MessageKey("empty-field.abstract-en", 1);
    static final MessageKey ABSTRACT_EN_LAST = new MessageKey("empty-field.abstract-en-last", 0);

    @Override
    public String id() {
        return "empty-field";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public List<MessageKey> messages() {
        return List.of(EMPTY, TRANSLATED_TITLE, TITLE, URL, SUMMARY_IN_ROW, SUMMARY_ZH, ABSTRACT_EN, ABSTRACT_EN_LAST);
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
            report(entry, entry.translatedTitle(), RuleText.phrase(TRANSLATED_TITLE), true, reporter);
            report(entry, entry.title(), RuleText.phrase(TITLE), fields > 0, reporter);
            report(entry, entry.url(), RuleText.phrase(URL), fields > 1, reporter);
            if (definition.layout() == Layout.NO_SUMMARIES) {
                entry.row().flatMap(row -> row.summary())
                        .ifPresent(summary -> report(entry, summary, RuleText.phrase(SUMMARY_IN_ROW), true, reporter));
            } else {
                report(entry, entry.summaryZh(), RuleText.phrase(SUMMARY_ZH), fields > 2, reporter);
            }
            Phrase abstractName = switch (definition.layout()) {
                case STANDARD -> Phrase.of(ABSTRACT_EN.key(), 6);
                case NO_SUMMARIES -> Phrase.of(ABSTRACT_EN.key(), 4);
                case IRREGULAR -> RuleText.phrase(ABSTRACT_EN_LAST);
            };
            report(entry, entry.abstractEn(), abstractName, complete || fields > 5, reporter);
        }
    }

    private static void report(Entry entry, Field field, Phrase name, boolean present, Reporter reporter) {
        if (present && field.isEmpty()) {
            reporter.report(field.position(), EMPTY, entry.number(), name);
        }
    }
}
