package io.github.digestplugin.check.rules;

import static io.github.digestplugin.check.rules.RuleTester.VALID;
import static io.github.digestplugin.check.rules.RuleTester.check;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.model.SourcePosition;
import org.junit.jupiter.api.Test;

class SuppressionCommentRuleTest {

    private final SuppressionCommentRule rule = new SuppressionCommentRule();

    @Test
    void anUnknownRuleIdIsReportedAtItsComment() {
        String text = "<!-- digest-disable cell-pipe, cell-pip -->\n" + VALID;

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(SourcePosition.lineStart(1));
            assertThat(found.message()).isEqualTo("Suppression comment digest-disable names the unknown rule id"
                    + " `cell-pip`; it suppresses nothing for it");
        });
    }

    @Test
    void knownIdsAndCommentsWithoutIdsKeepTheRule() {
        String text = "<!-- digest-disable -->\n<!-- digest-enable -->\n"
                + VALID.replace("# 详细", "<!-- digest-disable-next-line raw-html suppression-comment -->\n# 详细");

        assertThat(check(rule, text)).isEmpty();
        assertThat(check(rule, VALID)).isEmpty();
    }
}
