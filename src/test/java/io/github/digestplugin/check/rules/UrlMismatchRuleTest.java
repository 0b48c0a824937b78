package io.github.digestplugin.check.rules;

import static io.github.digestplugin.check.rules.RuleTester.VALID;
import static io.github.digestplugin.check.rules.RuleTester.at;
import static io.github.digestplugin.check.rules.RuleTester.check;
import static io.github.digestplugin.check.rules.RuleTester.replace;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlMismatchRuleTest {

    private final UrlMismatchRule rule = new UrlMismatchRule();

    @Test
    void rowUrlDifferingFromTheDefinitionsIsReportedAtTheRowUrl() {
        String text = replace(VALID, "(https://arxiv.org/abs/2403.19243)", "(https://arxiv.org/abs/2403.19244)");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(at(text, "https://arxiv.org/abs/2403.19244"));
            assertThat(found.message()).isEqualTo("Url of row [^1] differs from its definition's (line 14):"
                    + " `https://arxiv.org/abs/2403.19244`, `https://arxiv.org/abs/2403.19243`");
        });
    }

    @Test
    void linkTextDifferingFromItsTargetIsReportedAtFieldTwo() {
        String text = replace(VALID, "[https://arxiv.org/abs/2403.19243](", "[https://arxiv.org/abs/9999.99999](");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(at(text, "[https://arxiv.org/abs/9999.99999]"));
            assertThat(found.message()).isEqualTo("Definition [^1] shows url `https://arxiv.org/abs/9999.99999`"
                    + " but links to `https://arxiv.org/abs/2403.19243`");
        });
    }

    @Test
    void sameUrlsKeepTheRule() {
        assertThat(check(rule, VALID)).isEmpty();
    }
}
