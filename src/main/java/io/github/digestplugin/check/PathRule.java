package io.github.digestplugin.check;

import io.github.digestplugin.parse.PathProblem;
import java.util.Optional;

/**
 * A rule about the paths below the digest directory rather than a digest's text: symbolic links
 * and folders the file walk did not read. The checker hands it every {@link PathProblem} of the
 * walk; a rule may be a {@link DigestRule} too.
 */
public non-sealed interface PathRule extends Rule {

    /** The message of this rule's finding on {@code problem}, at line 1 of its path; empty when it is another rule's. */
    Optional<RuleMessage> message(PathProblem problem);
}
