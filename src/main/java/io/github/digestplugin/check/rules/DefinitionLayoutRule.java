package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.MessageKey;
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

    static final MessageKey STRAY_LINE = new MessageKey("definition-layout.stray-line", 1);
    static final MessageKey FIELD_COUNT = new MessageKey("definition-layout.field-count", 2);
    static final MessageKey SEPARATION = new MessageKey("definition-layout.separation", 2);
    static final MessageKey INDENT = new MessageKey("definition-layout.indent", 3);

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
    public List<MessageKey> messages() {
        return List.of(STRAY_LINE, FIELD_COUNT, SEPARATION, INDENT);
    }


    @Override
    public void check(Digest digest, Reporter reporter) {
        for (Definition definition : digest.definitions()) {
            checkDefinition(digest, definition, reporter);
        }
        int detailsStart = RuleText.detailsStart(digest);
        for (Field stray : digest.strayLines()) {
            if (stray.position().line() >= detailsStart) {
                reporter.report(stray.position(), STRAY_LINE, RuleText.quote(stray.text()));
            }
        }
    }

    private static void checkDefinition(Digest digest, Definition definition, Reporter reporter) {
        List<Field> fields = definition.fields();
        if (definition.layout() == Layout.IRREGULAR && definition.terminated()) {
            reporter.report(definition.position(), FIELD_COUNT, definition.number(), fields.size());
        }
        int previousLine = definition.position().line();
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            int line = field.position().line();
            if (line - previousLine - digest.suppressionCommentsBetween(previousLine, line) != 2) {
                reporter.report(field.position(), SEPARATION, definition.number(), RuleText.fieldName(definition, i));
            }
            previousLine = line;
            if (!field.isEmpty() && field.position().column() != FIELD_COLUMN) {
                int indent = field.position().column() - 1;
                reporter.report(field.position(), INDENT, definition.number(), RuleText.fieldName(definition, i),
                        indent);
            }
        }
    }
}
