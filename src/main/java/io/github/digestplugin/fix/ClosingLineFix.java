package io.github.digestplugin.fix;

import io.github.digestplugin.check.rules.TruncatedEntryRule;
import io.github.digestplugin.model.Definition;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Field;
import io.github.digestplugin.model.Layout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adds the line of four spaces that closes an entry, where {@code truncated-entry} reports it
 * missing and nothing else is: the definition has all its fields (6, or the first day's 4 in a
 * digest of that layout). The line goes where the format puts it, after the last field: an empty
 * line there becomes it, else it is added. A definition with fewer fields lost more than its
 * closing line, and adding one would hide that, so it is left.
 */
final class ClosingLineFix implements DigestFix {

    private static final String RULE = new TruncatedEntryRule().id();

    static final String CLOSING_LINE = "    ";

    @Override
    public String ruleId() {
        return RULE;
    }

    @Override
    public List<Repair> repairs(Digest digest, Left left) {
        boolean standardDigest = digest.definitions().stream().anyMatch(d -> d.layout() == Layout.STANDARD);
        List<Repair> repairs = new ArrayList<>();
        for (Definition definition : digest.definitions()) {
            if (definition.terminated()) {
                continue;
            }
            List<Field> fields = definition.fields();
            boolean complete = definition.layout() == Layout.STANDARD
                    || definition.layout() == Layout.NO_SUMMARIES && !standardDigest;
            if (!complete) {
                int line = fields.isEmpty()
                        ? definition.position().line()
                        : fields.get(fields.size() - 1).position().line();
                left.leave(line, "the definition has " + fields.size() + " of " + Layout.STANDARD.fieldCount()
                        + " fields: more than its closing line is missing");
                continue;
            }
            int last = fields.get(fields.size() - 1).position().line();
            repairs.add(last < digest.lineCount() ? before(last + 1, last) : after(last));
        }
        return repairs;
    }

    /**
     * The closing line in front of line {@code next}: an empty line there becomes it, a line with
     * text (the next definition, a stray line) gets it added above, with that line's line end.
     */
    private static Repair before(int next, int last) {
        return new Repair(RULE, next, (text, lineEnd) -> Optional.of(List.of(
                Span.insert(0, text.isEmpty() ? CLOSING_LINE : CLOSING_LINE + lineEnd))), last);
    }

    /** The closing line after the last line of the file, which ends as the file's other lines do. */
    private static Repair after(int last) {
        return new Repair(RULE, last, (text, lineEnd) -> Optional.of(List.of(Span.insert(text.length(),
                lineEnd + CLOSING_LINE))));
    }
}
