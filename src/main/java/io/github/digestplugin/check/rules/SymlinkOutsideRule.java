package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.PathRule;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.parse.PathProblem;
import java.util.Optional;

/**
 * A symbolic link whose real target lies outside the digest directory. It is never read: a digest
 * folder must not make a goal quote or publish files from elsewhere on the machine.
 */
public final class SymlinkOutsideRule implements PathRule {

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
    public String description() {
        return "A symbolic link leads outside the digest directory; it is not read.";
    }

    @Override
    public Optional<String> message(PathProblem problem) {
        return problem.kind() == PathProblem.Kind.LINK_OUTSIDE
                ? Optional.of("Symbolic link to " + problem.detail() + ", outside the digest directory: not read")
                : Optional.empty();
    }
}
