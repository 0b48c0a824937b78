package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Definition;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.TableRow;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A definition whose number no table row references: the paper is missing from the summary. */
public final class MissingRowRule implements DigestRule {

    static final MessageKey NO_ROW = new MessageKey("missing-row.definition", 1);

    @Override
    public String id() {
        return "missing-row";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public List<MessageKey> messages() {
        return List.of(NO_ROW);
    }


    @Override
    public void check(Digest digest, Reporter reporter) {
        Set<Integer> referenced = new HashSet<>();
        for (TableRow row : digest.rows()) {
            row.number().ifPresent(referenced::add);
        }
        for (Definition definition : digest.definitions()) {
            if (!referenced.contains(definition.number())) {
                reporter.report(definition.position(), NO_ROW, definition.number());
            }
        }
    }
}
