package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.PathRule;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.parse.PathProblem;
import java.util.Optional;

/**
 * A symbolic link to a folder that holds the link, such as {@code d/up -> ..}: followed, it would
 * lead round for ever. The folder is read once, not again through the link. The same for a link to
 * a folder another link already led to: links to each other's folders, read through every one,
 * would multiply the folders read with every level.
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
        return "A symbolic link leads to a folder that holds it (a loop) or that another link already"
                + " leads to, or links lead round to each other; it is not followed.";
    }

    @Override
    public Optional<String> message(PathProblem problem) {
        return switch (problem.kind()) {
            case LINK_LOOP -> Optional.of("Symbolic link to " + problem.detail()
                    + ", a folder that holds the link: a loop, not followed");
            case LINK_CYCLE -> Optional.of("Symbolic links in a loop, " + problem.detail() + ": not followed");
            case LINK_REPEATED -> Optional.of("Symbolic link to the folder already read through "
                    + problem.detail() + ": not followed again");
            default -> Optional.empty();
        };
    }
}
