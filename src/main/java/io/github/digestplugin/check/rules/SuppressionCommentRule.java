package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.Rule;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.SourcePosition;
import io.github.digestplugin.model.SuppressionComment;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A suppression comment that names a rule id no rule has (a typo, a rule renamed): it suppresses
 * nothing, which nobody would notice otherwise.
 */
public final class SuppressionCommentRule implements DigestRule {

    public static final String ID = "suppression-comment";

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
        return "A suppression comment (`<!-- digest-disable rule-id -->` and the like) names a rule id that no rule"
                + " has, so it suppresses nothing for it.";
    }

    @Override
    public void check(Digest digest, Reporter reporter) {
        if (digest.suppressionComments().isEmpty()) {
            return;
        }
        // Read when needed, not when the catalogue is built: this rule is part of it.
        Set<String> known = Rules.all().stream().map(Rule::id).collect(Collectors.toSet());
        for (SuppressionComment comment : digest.suppressionComments()) {
            for (String id : comment.ruleIds()) {
                if (!known.contains(id)) {
                    reporter.report(SourcePosition.lineStart(comment.line()), "Suppression comment "
                            + comment.kind().keyword() + " names the unknown rule id " + RuleText.quote(id)
                            + "; it suppresses nothing for it");
                }
            }
        }
    }
}
