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
 * Every entry ends with a line of four spaces. A file that stops before it was cut short, by an
 * interrupted write or a bad copy; a definition that runs into the next one (or into any other
 * line) without it lost its end to an edit. Either way its last fields may be missing.
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
        return "An entry lacks the line of four spaces that closes it: the file ends inside it, or the next"
                + " definition (or another line) follows without it.";
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
            String after = fields.isEmpty()
                    ? "its translated title"
                    : RuleText.fieldName(Layout.STANDARD, fields.size() - 1);
            SourcePosition at = fields.isEmpty() ? definition.position() : fields.get(fields.size() - 1).position();
            String count = fields.size() + " of 6 fields";
            int nextLine = definition.endLine() + 1;
            if (nextLine > digest.lineCount()) {
                reporter.report(at, "File ends inside definition [^" + definition.number() + "] after " + after
                        + " (" + count + ", no closing line of four spaces)");
                continue;
            }
            String before = i + 1 < definitions.size() && definitions.get(i + 1).position().line() == nextLine
                    ? "definition [^" + definitions.get(i + 1).number() + "] at line " + nextLine
                    : "line " + nextLine;
            reporter.report(at, "Definition [^" + definition.number() + "] has no closing line of four spaces: "
                    + before + " follows its " + after + " (" + count + ")");
        }
    }
}
