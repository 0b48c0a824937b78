package io.github.digestplugin.check;

import java.util.List;
import java.util.Locale;

/**
 * One check on digests. Each rule is one class with a stable id (used in configuration, logs and
 * machine-readable results), a default severity and the keys of its messages; its description and
 * rationale are the rules' bundles' {@code <id>.description} and {@code <id>.rationale}, in English
 * and Chinese (see {@link RuleMessages}). From these the README's catalogue, the plugin site's rules
 * page, the SARIF rules and the report's problems page are made. A rule looks at one digest at a time
 * ({@link DigestRule}), compares digests with each other ({@link CrossDigestRule}), or looks at the
 * paths below the digest directory ({@link PathRule}), or reads the reading file ({@link ReadingRule}).
 */
public sealed interface Rule permits DigestRule, CrossDigestRule, PathRule, ReadingRule {

    /** The plugin site's rules page: each rule's documentation is its row there, anchored by its id. */
    String DOCUMENTATION = "https://digestplugin.github.io/digest-maven-plugin/rules.html";

    /** A stable, lower-case, hyphenated id such as {@code cell-pipe}. */
    String id();

    Severity defaultSeverity();

    /** The keys of every message the rule reports. */
    List<MessageKey> messages();

    /** One sentence in English: what the rule reports. */
    default String description() {
        return description(RuleMessages.ENGLISH);
    }

    /** What the rule reports, in {@code locale}'s language (Chinese or English). */
    default String description(Locale locale) {
        return RuleMessages.in(locale).description(id());
    }

    /** Why the rule matters, a sentence or two beyond its description, in {@code locale}'s language. */
    default String rationale(Locale locale) {
        return RuleMessages.in(locale).rationale(id());
    }

    /** The rule's documentation page: its row on the site's rules page. */
    default String helpUri() {
        return DOCUMENTATION + "#" + id();
    }

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
