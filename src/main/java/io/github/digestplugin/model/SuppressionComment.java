package io.github.digestplugin.model;

import java.util.List;

/**
 * A line of a digest that is only a suppression comment: {@code <!-- digest-disable ids -->},
 * {@code <!-- digest-enable ids -->} or {@code <!-- digest-disable-next-line ids -->}. The parser
 * keeps it out of the digest's structure, so it is neither a stray line nor part of a field.
 *
 * @param line the comment's source line
 * @param ruleIds the rule ids it names, in the order written; empty for every rule
 */
public record SuppressionComment(int line, Kind kind, List<String> ruleIds) {

    public enum Kind {
        DISABLE("digest-disable"),
        ENABLE("digest-enable"),
        DISABLE_NEXT_LINE("digest-disable-next-line");

        private final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }

        /** The word that opens the comment, {@code digest-disable} and the like. */
        public String keyword() {
            return keyword;
        }
    }

    public SuppressionComment {
        ruleIds = List.copyOf(ruleIds);
    }

    /** Whether the comment is about every rule rather than the ones it names. */
    public boolean allRules() {
        return ruleIds.isEmpty();
    }
}
