package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.Phrase;
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

    static final MessageKey NOT_READ = new MessageKey("markdown-too-complex.not-read", 2);
    static final MessageKey TOO_LONG = new MessageKey("markdown-too-complex.too-long", 2);
    static final MessageKey COMMENT = new MessageKey("markdown-too-complex.comment", 1);
    static final MessageKey ATTRIBUTES = new MessageKey("markdown-too-complex.attributes", 1);
    static final MessageKey UNCLOSED = new MessageKey("markdown-too-complex.unclosed", 0);
    static final MessageKey EMAIL = new MessageKey("markdown-too-complex.email", 1);
    static final MessageKey ANGLE_DESTINATION = new MessageKey("markdown-too-complex.angle-destination", 1);
    static final MessageKey LINK_TITLE = new MessageKey("markdown-too-complex.link-title", 1);
    static final MessageKey LINK_LABEL = new MessageKey("markdown-too-complex.link-label", 1);

    @Override
    public String id() {
        return "markdown-too-complex";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<MessageKey> messages() {
        return List.of(NOT_READ, TOO_LONG, COMMENT, ATTRIBUTES, UNCLOSED, EMAIL, ANGLE_DESTINATION, LINK_TITLE, LINK_LABEL);
    }


    @Override
    public void check(Digest digest, Reporter reporter) {
        for (TableRow row : digest.rows()) {
            List<Field> cells = row.cells();
            for (int i = 0; i < cells.size(); i++) {
                Optional<MarkdownLimits.Excess> problem = MarkdownLimits.problem(cells.get(i).text());
                if (problem.isPresent()) {
                    report(cells.get(i), RuleText.inCell(i, row), problem.get(), reporter);
                }
            }
        }
        for (Definition definition : digest.definitions()) {
            Optional<MarkdownLimits.Excess> inTitle = MarkdownLimits.problem(definition.translatedTitle().text());
            if (inTitle.isPresent()) {
                report(definition.translatedTitle(), RuleText.inTranslatedTitle(definition), inTitle.get(), reporter);
            }
            List<Field> fields = definition.fields();
            for (int i = 0; i < fields.size(); i++) {
                Optional<MarkdownLimits.Excess> problem = MarkdownLimits.problem(fields.get(i).text());
                if (problem.isPresent()) {
                    report(fields.get(i), RuleText.inField(definition, i), problem.get(), reporter);
                }
            }
        }
    }

    private static void report(Field field, Phrase where, MarkdownLimits.Excess excess, Reporter reporter) {
        reporter.report(field.position(), NOT_READ, where, why(excess));
    }

    /** The limit a text goes beyond, in words. */
    private static Phrase why(MarkdownLimits.Excess excess) {
        MarkdownLimits.Limit limit = excess.limit();
        return switch (limit) {
            case LENGTH -> Phrase.of(TOO_LONG.key(), excess.length(), limit.value());
            case COMMENT -> Phrase.of(COMMENT.key(), limit.value());
            case TAG_ATTRIBUTES -> Phrase.of(ATTRIBUTES.key(), limit.value());
            case UNCLOSED -> RuleText.phrase(UNCLOSED);
            case EMAIL_LABELS -> Phrase.of(EMAIL.key(), limit.value());
            case ANGLE_DESTINATION -> Phrase.of(ANGLE_DESTINATION.key(), limit.value());
            case LINK_TITLE -> Phrase.of(LINK_TITLE.key(), limit.value());
            case LINK_LABEL -> Phrase.of(LINK_LABEL.key(), limit.value());
        };
    }
}
