package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Definition;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Field;
import io.github.digestplugin.model.TableRow;
import io.github.digestplugin.parse.MarkdownLimits;
import java.util.List;
import java.util.Optional;

/**
 * Texts whose Markdown is not read because reading it could overflow the stack or take minutes
 * ({@link MarkdownLimits}): the checker treats them as holding no link, and the report shows them
 * as plain text. Only texts with a {@code <} or {@code ]}, or very long ones, are scanned.
 */
public final class MarkdownTooComplexRule implements DigestRule {

    @Override
    public String id() {
        return "markdown-too-complex";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "A text field or cell holds Markdown too long or too deeply built to read safely (such as an"
                + " unclosed HTML comment or link title), so the report shows it as plain text.";
    }

    @Override
    public void check(Digest digest, Reporter reporter) {
        for (TableRow row : digest.rows()) {
            List<Field> cells = row.cells();
            for (int i = 0; i < cells.size(); i++) {
                Optional<String> problem = MarkdownLimits.problem(cells.get(i).text());
                if (problem.isPresent()) {
                    report(cells.get(i), "cell " + (i + 1) + " of row " + RuleText.reference(row), problem.get(),
                            reporter);
                }
            }
        }
        for (Definition definition : digest.definitions()) {
            Optional<String> inTitle = MarkdownLimits.problem(definition.translatedTitle().text());
            if (inTitle.isPresent()) {
                report(definition.translatedTitle(), "the translated title of definition [^" + definition.number()
                        + "]", inTitle.get(), reporter);
            }
            List<Field> fields = definition.fields();
            for (int i = 0; i < fields.size(); i++) {
                Optional<String> problem = MarkdownLimits.problem(fields.get(i).text());
                if (problem.isPresent()) {
                    report(fields.get(i), RuleText.fieldName(definition, i) + " of definition [^"
                            + definition.number() + "]", problem.get(), reporter);
                }
            }
        }
    }

    private static void report(Field field, String where, String problem, Reporter reporter) {
        reporter.report(field.position(),
                "The Markdown of " + where + " is not read: " + problem + "; the report shows it as plain text");
    }
}
