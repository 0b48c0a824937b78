package io.github.digestplugin.check.rules;

import static io.github.digestplugin.check.rules.RuleTester.VALID;
import static io.github.digestplugin.check.rules.RuleTester.at;
import static io.github.digestplugin.check.rules.RuleTester.check;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DuplicatePaperRuleTest {

    private final DuplicatePaperRule rule = new DuplicatePaperRule();

    @Test
    void samePaperTwiceIsReportedAtTheSecondNamingTheFirst() {
        String text = VALID.replace("2306.07207", "2403.19243");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(at(text, "https://arxiv.org/abs/2403.19243", 6));
            assertThat(found.message()).isEqualTo("Paper 2403.19243 appears twice: as [^2] here and as [^1] at line 14");
        });
    }

    @Test
    void distinctPapersKeepTheRule() {
        assertThat(check(rule, VALID)).isEmpty();
    }
}
