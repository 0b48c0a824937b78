package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Definition;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Field;
import io.github.digestplugin.model.Layout;
import io.github.digestplugin.model.SourcePosition;
import java.util.List;

/**
 * Every entry ends with a line of four spaces; a file that stops before it was cut short, by an
 * interrupted write or a bad copy, and its last entry may miss fields.
 */
public final class TruncatedEntryRule implements DigestRule {

    @Override
    public String id() {
        return "truncated-entry";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "The file ends inside an entry, before the line of four spaces that closes it.";
    }

    @Override
    public void check(Digest digest, Reporter reporter) {
        for (Definition definition : digest.definitions()) {
            if (definition.terminated()) {
                continue;
            }
            List<Field> fields = definition.fields();
            String after = fields.isEmpty()
                    ? "its translated title"
                    : RuleText.fieldName(Layout.STANDARD, fields.size() - 1);
            SourcePosition at = fields.isEmpty() ? definition.position() : fields.get(fields.size() - 1).position();
            reporter.report(at, "File ends inside definition [^" + definition.number() + "] after " + after
                    + " (" + fields.size() + " of 6 fields, no closing line of four spaces)");
        }
    }
}
