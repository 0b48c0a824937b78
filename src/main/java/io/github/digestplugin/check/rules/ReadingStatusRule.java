package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.ReadingRule;
import io.github.digestplugin.check.RuleMessage;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.parse.ReadingProblem;
import java.util.List;
import java.util.Optional;

/** A status other than {@code to-read}, {@code reading}, {@code read} or {@code skipped}. */
public final class ReadingStatusRule implements ReadingRule {

    static final MessageKey UNKNOWN = new MessageKey("reading-status.unknown", 1);

    public static final String ID = "reading-status";

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
        return List.of(UNKNOWN);
    }

    @Override
    public Optional<RuleMessage> message(ReadingProblem problem) {
        return switch (problem.kind()) {
            case UNKNOWN_STATUS -> Optional.of(RuleMessage.of(UNKNOWN, problem.details().get(0)));
            default -> Optional.empty();
        };
    }
}
