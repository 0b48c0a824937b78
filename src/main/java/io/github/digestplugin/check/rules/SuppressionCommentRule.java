package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.Rule;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.SourcePosition;
import io.github.digestplugin.model.SuppressionComment;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A suppression comment that names a rule id no rule has (a typo, a rule renamed): it suppresses
 * nothing, which nobody would notice otherwise.
 */
public final class SuppressionCommentRule implements DigestRule {

    public static final String ID = "suppression-comment";

    static final MessageKey UNKNOWN_RULE = new MessageKey("suppression-comment.unknown-rule", 2);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<MessageKey> messages() {
        return List.of(UNKNOWN_RULE);
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
                    reporter.report(SourcePosition.lineStart(comment.line()), UNKNOWN_RULE, comment.kind().keyword(),
                            RuleText.quote(id));
                }
            }
        }
    }
}
