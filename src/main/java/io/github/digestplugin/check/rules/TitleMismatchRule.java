package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Definition;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Entry;
import io.github.digestplugin.model.Field;

/**
 * The row's link text and the definition's English title (field 1 without its arXiv suffix) name
 * the same paper and must agree. An empty definition title is the empty-field rule's.
 */
public final class TitleMismatchRule implements DigestRule {

    @Override
    public String id() {
        return "title-mismatch";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "The row's title differs from the definition's title (field 1 without its arXiv suffix).";
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
                reporter.report(rowTitle.position(), "Title of row [^" + entry.number() + "] differs from field 1 of"
                        + " its definition (line " + definition.fields().get(0).position().line() + "): "
                        + RuleText.contrast(RuleText.normalized(rowTitle.text()),
                                RuleText.normalized(entry.title().text())));
            }
        }
    }
}
