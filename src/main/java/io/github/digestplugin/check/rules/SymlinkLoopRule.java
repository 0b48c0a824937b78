package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.PathRule;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.parse.PathProblem;
import java.util.Optional;

/**
 * A symbolic link to a folder that holds the link, such as {@code d/up -> ..}: followed, it would
 * lead round for ever. The folder is read once, not again through the link.
 */
public final class SymlinkLoopRule implements PathRule {

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
    public String description() {
        return "A symbolic link leads to a folder that holds it, a loop; it is not followed.";
    }

    @Override
    public Optional<String> message(PathProblem problem) {
        return problem.kind() == PathProblem.Kind.LINK_LOOP
                ? Optional.of("Symbolic link to " + problem.detail()
                        + ", a folder that holds the link: a loop, not followed")
                : Optional.empty();
    }
}
