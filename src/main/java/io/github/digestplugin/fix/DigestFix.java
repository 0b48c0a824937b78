package io.github.digestplugin.fix;

import io.github.digestplugin.model.Digest;
import java.util.List;

/**
 * The fix of one fixable rule: the repairs of those of its findings that can be repaired without
 * guessing, one repair per finding, and a word on each one it leaves.
 */
interface DigestFix {

    /** The id of the rule whose findings this fix repairs. */
    String ruleId();

    /** The repairs of {@code digest}; {@code left} is told why a finding gets none. */
    List<Repair> repairs(Digest digest, Left left);

    /** Where a fix says which finding it leaves alone, and why. */
    @FunctionalInterface
    interface Left {
        void leave(int line, String reason);
    }
}
