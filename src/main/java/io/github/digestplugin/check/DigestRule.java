package io.github.digestplugin.check;

import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.SourcePosition;

/** A rule that looks at one digest at a time. It holds no state and may run on several at once. */
public non-sealed interface DigestRule extends Rule {

    /** Reports this rule's findings in one digest. */
    void check(Digest digest, Reporter reporter);

    /**
     * Where a rule reports what it finds, as one of its {@link MessageKey}s with the arguments the
     * key's pattern takes; the checker adds path, rule id and severity.
     */
    @FunctionalInterface
    interface Reporter {
        void report(SourcePosition position, MessageKey key, Object... arguments);
    }
}
