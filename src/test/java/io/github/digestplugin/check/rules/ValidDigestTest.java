package io.github.digestplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.Rule;
import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Layout;
import org.junit.jupiter.api.Test;

/** The digest the rule tests break is well-formed: it parses completely and no rule reports it. */
class ValidDigestTest {

    @Test
    void validDigestParsesIntoTwoCompleteEntries() {
        Digest digest = RuleTester.parse(RuleTester.VALID);

        assertThat(digest.entries()).hasSize(2);
        assertThat(digest.definitions()).allSatisfy(d -> {
            assertThat(d.layout()).isEqualTo(Layout.STANDARD);
            assertThat(d.terminated()).isTrue();
        });
        assertThat(digest.strayLines()).isEmpty();
        assertThat(digest.entries().get(1).titleSuffix()).isPresent();
        assertThat(digest.entries().get(0).abstractPrefix()).isPresent();
    }

    @Test
    void noDigestRuleReportsTheValidDigest() {
        for (Rule rule : Rules.all()) {
            if (rule instanceof DigestRule digestRule) {
                assertThat(RuleTester.check(digestRule, RuleTester.VALID)).as(rule.id()).isEmpty();
            }
        }
    }
}
