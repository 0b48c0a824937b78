package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.PathRule;
import io.github.digestplugin.check.RuleMessage;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.parse.PathProblem;
import java.util.List;
import java.util.Optional;

/**
 * A symbolic link whose real target lies outside the digest directory. It is never read: a digest
 * folder must not make a goal quote or publish files from elsewhere on the machine.
 */
public final class SymlinkOutsideRule implements PathRule {

    static final MessageKey OUTSIDE = new MessageKey("symlink-outside.outside", 1);

    public static final String ID = "symlink-outside";

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
        return List.of(OUTSIDE);
    }


    @Override
    public Optional<RuleMessage> message(PathProblem problem) {
        return problem.kind() == PathProblem.Kind.LINK_OUTSIDE
                ? Optional.of(RuleMessage.of(OUTSIDE, problem.detail()))
                : Optional.empty();
    }
}
