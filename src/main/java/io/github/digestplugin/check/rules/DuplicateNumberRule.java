package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Definition;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.TableRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A footnote number used by two rows, or by two definitions: only one of each pair can be linked. */
public final class DuplicateNumberRule implements DigestRule {

    static final MessageKey ROW = new MessageKey("duplicate-number.row", 2);
    static final MessageKey DEFINITION = new MessageKey("duplicate-number.definition", 2);

    @Override
    public String id() {
        return "duplicate-number";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public List<MessageKey> messages() {
        return List.of(ROW, DEFINITION);
    }


    @Override
    public void check(Digest digest, Reporter reporter) {
        Map<Integer, Integer> rowLines = new HashMap<>();
        for (TableRow row : digest.rows()) {
            if (row.number().isEmpty()) {
                continue;
            }
            Integer first = rowLines.putIfAbsent(row.number().get(), row.line());
            if (first != null) {
                reporter.report(RuleText.referencePosition(row), ROW, row.number().get(), first);
            }
        }
        Map<Integer, Integer> definitionLines = new HashMap<>();
        for (Definition definition : digest.definitions()) {
            Integer first = definitionLines.putIfAbsent(definition.number(), definition.position().line());
            if (first != null) {
                reporter.report(definition.position(), DEFINITION, definition.number(), first);
            }
        }
    }
}
