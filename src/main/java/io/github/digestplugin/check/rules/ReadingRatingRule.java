package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.ReadingRule;
import io.github.digestplugin.check.RuleMessage;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.parse.ReadingProblem;
import java.util.List;
import java.util.Optional;

/** A rating that is not a whole number from 1 to 5. */
public final class ReadingRatingRule implements ReadingRule {

    static final MessageKey RANGE = new MessageKey("reading-rating.range", 1);

    public static final String ID = "reading-rating";

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
        return List.of(RANGE);
    }

    @Override
    public Optional<RuleMessage> message(ReadingProblem problem) {
        return switch (problem.kind()) {
            case RATING_RANGE -> Optional.of(RuleMessage.of(RANGE, problem.details().get(0)));
            default -> Optional.empty();
        };
    }
}
