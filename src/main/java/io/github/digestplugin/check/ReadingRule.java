package io.github.digestplugin.check;

import io.github.digestplugin.parse.ReadingProblem;
import java.util.Optional;

/**
 * A rule about {@code reading.yaml}, the reader's record of what was read. The checker hands it
 * every {@link ReadingProblem} of the file, those the parser found and the papers no digest lists;
 * the finding is at the problem's line and column of the reading file.
 */
public non-sealed interface ReadingRule extends Rule {

    /** The message of this rule's finding on {@code problem}; empty when it is another rule's. */
    Optional<RuleMessage> message(ReadingProblem problem);
}
