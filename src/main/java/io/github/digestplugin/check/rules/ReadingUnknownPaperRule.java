package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.ReadingRule;
import io.github.digestplugin.check.RuleMessage;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.parse.ReadingProblem;
import java.util.List;
import java.util.Optional;

/**
 * A paper of the reading file that no digest lists: a typo in its id, or a paper whose digest was
 * removed. The report has no page to show it on.
 */
public final class ReadingUnknownPaperRule implements ReadingRule {

    static final MessageKey UNKNOWN = new MessageKey("reading-unknown-paper.unknown", 1);

    public static final String ID = "reading-unknown-paper";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<MessageKey> messages() {
        return List.of(UNKNOWN);
    }

    @Override
    public Optional<RuleMessage> message(ReadingProblem problem) {
        return switch (problem.kind()) {
            case UNKNOWN_PAPER -> Optional.of(RuleMessage.of(UNKNOWN, problem.details().get(0)));
            default -> Optional.empty();
        };
    }
}
