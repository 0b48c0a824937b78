package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Definition;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Field;
import io.github.digestplugin.model.Heading;
import io.github.digestplugin.model.SourcePosition;
import java.util.Optional;

/**
 * The skeleton of a digest: the summary heading, the table below it, then the details heading
 * above the definitions. The heading texts are configurable, so the rule goes by the kind the
 * parser gave each heading.
 */
public final class HeadingOrderRule implements DigestRule {

    @Override
    public String id() {
        return "heading-order";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "The summary heading, the table and the details heading are missing, repeated or out of order.";
    }

    @Override
    public void check(Digest digest, Reporter reporter) {
        Heading summary = null;
        Heading details = null;
        for (Heading heading : digest.headings()) {
            if (heading.kind() == Heading.Kind.SUMMARY) {
                if (summary == null) {
                    summary = heading;
                } else {
                    reporter.report(heading.position(), "Summary heading " + RuleText.quote(heading.text().text())
                            + " appears again (first at line " + summary.position().line() + ")");
                }
            } else if (heading.kind() == Heading.Kind.DETAILS) {
                if (details == null) {
                    details = heading;
                } else {
                    reporter.report(heading.position(), "Details heading " + RuleText.quote(heading.text().text())
                            + " appears again (first at line " + details.position().line() + ")");
                }
            }
        }
        Optional<Field> table = digest.tableHeader();
        Optional<Definition> firstDefinition = digest.definitions().stream().findFirst();
        if (summary == null) {
            SourcePosition at = table.map(Field::position).orElse(SourcePosition.lineStart(1));
            reporter.report(at, "Summary heading is missing: expected a level-1 heading (`# 摘要` unless configured)"
                    + " above the table");
        }
        if (table.isEmpty()) {
            SourcePosition at = summary != null ? summary.position() : SourcePosition.lineStart(1);
            reporter.report(at, "Table is missing: expected `| Ref | Title | Summary |` below the summary heading");
        }
        if (details == null) {
            SourcePosition at = firstDefinition.map(Definition::position)
                    .orElse(SourcePosition.lineStart(Math.max(1, digest.lineCount())));
            reporter.report(at, "Details heading is missing: expected a level-1 heading (`# 详细` unless configured)"
                    + " above the definitions");
        }
        if (summary != null && details != null && details.position().line() < summary.position().line()) {
            reporter.report(details.position(), "Details heading comes before the summary heading (line "
                    + summary.position().line() + ")");
        }
        if (table.isPresent() && summary != null && table.get().position().line() < summary.position().line()) {
            reporter.report(table.get().position(), "Table comes before the summary heading (line "
                    + summary.position().line() + ")");
        }
        if (table.isPresent() && details != null && table.get().position().line() > details.position().line()) {
            reporter.report(table.get().position(), "Table comes after the details heading (line "
                    + details.position().line() + ")");
        }
        if (firstDefinition.isPresent() && details != null
                && firstDefinition.get().position().line() < details.position().line()) {
            reporter.report(firstDefinition.get().position(), "Definition [^" + firstDefinition.get().number()
                    + "] comes before the details heading (line " + details.position().line() + ")");
        }
    }
}
