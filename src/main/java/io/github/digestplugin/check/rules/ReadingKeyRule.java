package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.ReadingRule;
import io.github.digestplugin.check.RuleMessage;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.parse.ReadingProblem;
import java.util.List;
import java.util.Optional;

/**
 * A key of the reading file that is not an arXiv id (with or without version), or a paper named
 * twice, perhaps once with a version and once without: which of the two would count is a guess.
 */
public final class ReadingKeyRule implements ReadingRule {

    static final MessageKey NOT_ID = new MessageKey("reading-key.not-id", 1);
    static final MessageKey DUPLICATE = new MessageKey("reading-key.duplicate", 2);

    public static final String ID = "reading-key";

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
        return List.of(NOT_ID, DUPLICATE);
    }

    @Override
    public Optional<RuleMessage> message(ReadingProblem problem) {
        return switch (problem.kind()) {
            case KEY_NOT_ID -> Optional.of(RuleMessage.of(NOT_ID, problem.details().get(0)));
            case KEY_DUPLICATE -> Optional.of(RuleMessage.of(DUPLICATE, problem.details().get(0),
                    Integer.parseInt(problem.details().get(1))));
            default -> Optional.empty();
        };
    }
}
