package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.PathRule;
import io.github.digestplugin.check.RuleMessage;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.parse.PathProblem;
import java.util.List;
import java.util.Optional;

/**
 * A symbolic link to a folder that holds the link, such as {@code d/up -> ..}: followed, it would
 * lead round for ever. The folder is read once, not again through the link. The same for a link to
 * a folder another link already led to: links to each other's folders, read through every one,
 * would multiply the folders read with every level.
 */
public final class SymlinkLoopRule implements PathRule {

    static final MessageKey LOOP = new MessageKey("symlink-loop.loop", 1);
    static final MessageKey REPEATED = new MessageKey("symlink-loop.repeated", 1);
    static final MessageKey CYCLE = new MessageKey("symlink-loop.cycle", 1);

    public static final String ID = "symlink-loop";

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
        return List.of(LOOP, CYCLE, REPEATED);
    }


    @Override
    public Optional<RuleMessage> message(PathProblem problem) {
        return switch (problem.kind()) {
            case LINK_LOOP -> Optional.of(RuleMessage.of(LOOP, problem.detail()));
            case LINK_CYCLE -> Optional.of(RuleMessage.of(CYCLE, problem.detail()));
            case LINK_REPEATED -> Optional.of(RuleMessage.of(REPEATED, problem.detail()));
            default -> Optional.empty();
        };
    }
}
