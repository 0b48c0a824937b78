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

/**
 * A row whose {@code [^N]} has no definition anywhere in the file. A number defined once but used
 * by two rows is the duplicate-number rule's.
 */
public final class MissingDefinitionRule implements DigestRule {

    static final MessageKey NO_DEFINITION = new MessageKey("missing-definition.row", 1);

    @Override
    public String id() {
        return "missing-definition";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public List<MessageKey> messages() {
        return List.of(NO_DEFINITION);
    }


    @Override
    public void check(Digest digest, Reporter reporter) {
        Set<Integer> defined = new HashSet<>();
        for (Definition definition : digest.definitions()) {
            defined.add(definition.number());
        }
        for (TableRow row : digest.rows()) {
            if (row.number().isPresent() && !defined.contains(row.number().get())) {
                int number = row.number().get();
                reporter.report(RuleText.referencePosition(row), NO_DEFINITION, number);
            }
        }
    }
}
