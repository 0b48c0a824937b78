package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Definition;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Field;
import io.github.digestplugin.model.Layout;
import java.util.List;

/**
 * Definition fields are positional: each one line indented by four spaces, one empty line between
 * fields, six of them (four on the first day). A field out of place shifts every later field, so
 * the layout is checked before any field's content is trusted. The field count of a definition
 * without its closing line (cut short by the end of the file or an edit) is the truncated-entry
 * rule's.
 */
public final class DefinitionLayoutRule implements DigestRule {

    /** The column of a field's first character: after its four spaces. */
    private static final int FIELD_COLUMN = 5;

    @Override
    public String id() {
        return "definition-layout";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "A definition does not have 6 fields (or the first day's 4), its fields are not separated by one empty"
                + " line or not indented by four spaces, or a stray line stands in the details section.";
    }

    @Override
    public void check(Digest digest, Reporter reporter) {
        for (Definition definition : digest.definitions()) {
            checkDefinition(digest, definition, reporter);
        }
        int detailsStart = RuleText.detailsStart(digest);
        for (Field stray : digest.strayLines()) {
            if (stray.position().line() >= detailsStart) {
                reporter.report(stray.position(), "Line is not part of a definition (fields are indented by four"
                        + " spaces): " + RuleText.quote(stray.text()));
            }
        }
    }

    private static void checkDefinition(Digest digest, Definition definition, Reporter reporter) {
        List<Field> fields = definition.fields();
        if (definition.layout() == Layout.IRREGULAR && definition.terminated()) {
            reporter.report(definition.position(), "Definition [^" + definition.number() + "] has " + fields.size()
                    + " field" + (fields.size() == 1 ? "" : "s") + "; expected 6 (title, url, summary zh, summary en,"
                    + " abstract zh, abstract en) or the first day's 4");
        }
        int previousLine = definition.position().line();
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            int line = field.position().line();
            if (line - previousLine - digest.suppressionCommentsBetween(previousLine, line) != 2) {
                reporter.report(field.position(), "Definition [^" + definition.number() + "] "
                        + RuleText.fieldName(definition, i) + " is not separated from the line above by exactly one"
                        + " empty line");
            }
            previousLine = line;
            if (!field.isEmpty() && field.position().column() != FIELD_COLUMN) {
                int indent = field.position().column() - 1;
                reporter.report(field.position(), "Definition [^" + definition.number() + "] "
                        + RuleText.fieldName(definition, i) + " is indented by " + indent + " character"
                        + (indent == 1 ? "" : "s") + "; fields are indented by exactly four spaces");
            }
        }
    }
}
