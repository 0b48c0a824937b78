package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Definition;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Entry;
import io.github.digestplugin.model.Field;
import java.util.List;

/**
 * The row's link text and the definition's English title (field 1 without its arXiv suffix) name
 * the same paper and must agree. An empty definition title is the empty-field rule's.
 */
public final class TitleMismatchRule implements DigestRule {

    static final MessageKey DIFFERS = new MessageKey("title-mismatch.differs", 4);

    @Override
    public String id() {
        return "title-mismatch";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public List<MessageKey> messages() {
        return List.of(DIFFERS);
    }


    @Override
    public void check(Digest digest, Reporter reporter) {
        for (Entry entry : digest.entries()) {
            if (entry.row().isEmpty() || entry.definition().isEmpty() || entry.row().get().title().isEmpty()
                    || entry.definition().get().fields().isEmpty() || entry.title().isEmpty()) {
                continue;
            }
            Field rowTitle = entry.row().get().title().get();
            if (!RuleText.sameText(rowTitle.text(), entry.title().text())) {
                Definition definition = entry.definition().get();
                String[] titles = RuleText.excerpts(RuleText.normalized(rowTitle.text()),
                        RuleText.normalized(entry.title().text()));
                reporter.report(rowTitle.position(), DIFFERS, entry.number(),
                        definition.fields().get(0).position().line(), titles[0], titles[1]);
            }
        }
    }
}
