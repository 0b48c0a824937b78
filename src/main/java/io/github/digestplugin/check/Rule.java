package io.github.digestplugin.check;

/**
 * One check on digests. Each rule is one class with a stable id (used in configuration, logs and
 * machine-readable results), a default severity and a one-line description from which the rule
 * catalogue is generated. A rule looks at one digest at a time ({@link DigestRule}), compares
 * digests with each other ({@link CrossDigestRule}), or looks at the paths below the digest
 * directory ({@link PathRule}).
 */
public sealed interface Rule permits DigestRule, CrossDigestRule, PathRule {

    /** A stable, lower-case, hyphenated id such as {@code cell-pipe}. */
    String id();

    Severity defaultSeverity();

    /** One sentence: what the rule reports. */
    String description();

    /**
     * Whether {@code digest:fix} can rewrite this rule's findings away. Declared here so that the
     * catalogue, SARIF and the site say it from one place; the fixes themselves, which only the fix
     * goal may apply, live in the {@code fix} package. Not every finding of a fixable rule need be
     * fixable: the fix leaves alone whatever it cannot repair without guessing.
     */
    default boolean fixable() {
        return false;
    }
}
