package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Definition;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Field;
import io.github.digestplugin.model.Heading;
import io.github.digestplugin.model.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * The skeleton of a digest: the summary heading, the table below it, then the details heading
 * above the definitions. The heading texts are configurable, so the rule goes by the kind the
 * parser gave each heading.
 */
public final class HeadingOrderRule implements DigestRule {

    static final MessageKey SUMMARY_REPEATED = new MessageKey("heading-order.summary-repeated", 2);
    static final MessageKey DETAILS_REPEATED = new MessageKey("heading-order.details-repeated", 2);
    static final MessageKey SUMMARY_MISSING = new MessageKey("heading-order.summary-missing", 0);
    static final MessageKey TABLE_MISSING = new MessageKey("heading-order.table-missing", 0);
    static final MessageKey DETAILS_MISSING = new MessageKey("heading-order.details-missing", 0);
    static final MessageKey DETAILS_BEFORE_SUMMARY = new MessageKey("heading-order.details-before-summary", 1);
    static final MessageKey TABLE_BEFORE_SUMMARY = new MessageKey("heading-order.table-before-summary", 1);
    static final MessageKey TABLE_AFTER_DETAILS = new MessageKey("heading-order.table-after-details", 1);
    static final MessageKey DEFINITION_BEFORE_DETAILS = new MessageKey("heading-order.definition-before-details", 2);

    @Override
    public String id() {
        return "heading-order";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public List<MessageKey> messages() {
        return List.of(SUMMARY_REPEATED, DETAILS_REPEATED, SUMMARY_MISSING, TABLE_MISSING, DETAILS_MISSING, DETAILS_BEFORE_SUMMARY, TABLE_BEFORE_SUMMARY, TABLE_AFTER_DETAILS, DEFINITION_BEFORE_DETAILS);
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
                    reporter.report(heading.position(), SUMMARY_REPEATED, RuleText.quote(heading.text().text()),
                            summary.position().line());
                }
            } else if (heading.kind() == Heading.Kind.DETAILS) {
                if (details == null) {
                    details = heading;
                } else {
                    reporter.report(heading.position(), DETAILS_REPEATED, RuleText.quote(heading.text().text()),
                            details.position().line());
                }
            }
        }
        Optional<Field> table = digest.tableHeader();
        Optional<Definition> firstDefinition = digest.definitions().stream().findFirst();
        if (summary == null) {
            SourcePosition at = table.map(Field::position).orElse(SourcePosition.lineStart(1));
            reporter.report(at, SUMMARY_MISSING);
        }
        if (table.isEmpty()) {
            SourcePosition at = summary != null ? summary.position() : SourcePosition.lineStart(1);
            reporter.report(at, TABLE_MISSING);
        }
        if (details == null) {
            SourcePosition at = firstDefinition.map(Definition::position)
                    .orElse(SourcePosition.lineStart(Math.max(1, digest.lineCount())));
            reporter.report(at, DETAILS_MISSING);
        }
        if (summary != null && details != null && details.position().line() < summary.position().line()) {
            reporter.report(details.position(), DETAILS_BEFORE_SUMMARY, summary.position().line());
        }
        if (table.isPresent() && summary != null && table.get().position().line() < summary.position().line()) {
            reporter.report(table.get().position(), TABLE_BEFORE_SUMMARY, summary.position().line());
        }
        if (table.isPresent() && details != null && table.get().position().line() > details.position().line()) {
            reporter.report(table.get().position(), TABLE_AFTER_DETAILS, details.position().line());
        }
        if (firstDefinition.isPresent() && details != null
                && firstDefinition.get().position().line() < details.position().line()) {
            reporter.report(firstDefinition.get().position(), DEFINITION_BEFORE_DETAILS, firstDefinition.get().number(),
                    details.position().line());
        }
    }
}
