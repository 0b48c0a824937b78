package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.ReadingRule;
import io.github.digestplugin.check.RuleMessage;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.parse.ReadingProblem;
import java.util.List;
import java.util.Optional;

/**
 * A value of the wrong kind in the reading file: a document that is not a mapping of papers, a
 * paper that is not a mapping of fields, a list where a text belongs or a text where the tags
 * belong, a field the file does not know or one given twice.
 */
public final class ReadingTypeRule implements ReadingRule {

    static final MessageKey NOT_A_MAPPING = new MessageKey("reading-type.not-a-mapping", 0);
    static final MessageKey ENTRY = new MessageKey("reading-type.entry", 1);
    static final MessageKey STATUS = new MessageKey("reading-type.status", 0);
    static final MessageKey RATING = new MessageKey("reading-type.rating", 0);
    static final MessageKey TAGS = new MessageKey("reading-type.tags", 0);
    static final MessageKey NOTES = new MessageKey("reading-type.notes", 0);
    static final MessageKey UNKNOWN_FIELD = new MessageKey("reading-type.unknown-field", 1);
    static final MessageKey REPEATED_FIELD = new MessageKey("reading-type.repeated-field", 1);

    public static final String ID = "reading-type";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public List<MessageKey> messages() {
        return List.of(NOT_A_MAPPING, ENTRY, STATUS, RATING, TAGS, NOTES, UNKNOWN_FIELD, REPEATED_FIELD);
    }

    @Override
    public Optional<RuleMessage> message(ReadingProblem problem) {
        return switch (problem.kind()) {
            case NOT_A_MAPPING -> Optional.of(RuleMessage.of(NOT_A_MAPPING));
            case ENTRY_NOT_A_MAPPING -> Optional.of(RuleMessage.of(ENTRY, problem.details().get(0)));
            case WRONG_TYPE -> Optional.of(RuleMessage.of(switch (problem.details().get(0)) {
                case "status" -> STATUS;
                case "rating" -> RATING;
                case "tags" -> TAGS;
                default -> NOTES;
            }));
            case UNKNOWN_FIELD -> Optional.of(RuleMessage.of(UNKNOWN_FIELD, problem.details().get(0)));
            case REPEATED_FIELD -> Optional.of(RuleMessage.of(REPEATED_FIELD, problem.details().get(0)));
            default -> Optional.empty();
        };
    }
}
