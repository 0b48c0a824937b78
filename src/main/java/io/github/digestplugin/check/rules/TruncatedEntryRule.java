package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.Phrase;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Definition;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Field;
import io.github.digestplugin.model.Layout;
import io.github.digestplugin.model.SourcePosition;
import java.util.List;

/**
 * Every entry ends with a line of four spaces. A file that stops before it was cut short, by an
 * interrupted write or a bad copy; a definition that runs into the next one (or into any other
 * line) without it lost its end to an edit. Either way its last fields may be missing.
 */
public final class TruncatedEntryRule implements DigestRule {

    static final MessageKey FILE_ENDS = new MessageKey("truncated-entry.file-ends", 3);
    static final MessageKey NEXT_DEFINITION = new MessageKey("truncated-entry.next-definition", 5);
    static final MessageKey NEXT_LINE = new MessageKey("truncated-entry.next-line", 4);
    static final MessageKey ITS_TRANSLATED_TITLE = new MessageKey("truncated-entry.its-translated-title", 0);
    static final MessageKey ITS = new MessageKey("truncated-entry.its", 1);

    @Override
    public String id() {
        return "truncated-entry";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public List<MessageKey> messages() {
        return List.of(FILE_ENDS, NEXT_DEFINITION, NEXT_LINE, ITS_TRANSLATED_TITLE, ITS);
    }


    @Override
    public boolean fixable() {
        return true;
    }

    @Override
    public void check(Digest digest, Reporter reporter) {
        List<Definition> definitions = digest.definitions();
        for (int i = 0; i < definitions.size(); i++) {
            Definition definition = definitions.get(i);
            if (definition.terminated()) {
                continue;
            }
            List<Field> fields = definition.fields();
            Phrase after = fields.isEmpty()
                    ? RuleText.phrase(ITS_TRANSLATED_TITLE)
                    : RuleText.fieldName(Layout.STANDARD, fields.size() - 1);
            Phrase followed = fields.isEmpty() ? after : Phrase.of(ITS.key(), after);
            SourcePosition at = fields.isEmpty() ? definition.position() : fields.get(fields.size() - 1).position();
            int nextLine = definition.endLine() + 1;
            if (nextLine > digest.lineCount()) {
                reporter.report(at, FILE_ENDS, definition.number(), after, fields.size());
                continue;
            }
            if (i + 1 < definitions.size() && definitions.get(i + 1).position().line() == nextLine) {
                reporter.report(at, NEXT_DEFINITION, definition.number(), definitions.get(i + 1).number(), nextLine,
                        followed, fields.size());
            } else {
                reporter.report(at, NEXT_LINE, definition.number(), nextLine, followed, fields.size());
            }
        }
    }
}
