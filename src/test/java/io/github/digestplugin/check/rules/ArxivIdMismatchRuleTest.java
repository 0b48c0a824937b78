package io.github.digestplugin.check.rules;

import static io.github.digestplugin.check.rules.RuleTester.VALID;
import static io.github.digestplugin.check.rules.RuleTester.at;
import static io.github.digestplugin.check.rules.RuleTester.check;
import static io.github.digestplugin.check.rules.RuleTester.replace;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArxivIdMismatchRuleTest {

    private final ArxivIdMismatchRule rule = new ArxivIdMismatchRule();

    @Test
    void titleSuffixNamingAnotherPaperIsReportedAtTheSuffix() {
        String text = replace(VALID, "(arXiv:2306.07207v2", "(arXiv:2306.07208v2");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(at(text, "(arXiv:2306.07208v2"));
            assertThat(found.message()).isEqualTo(
                    "arXiv id 2306.07208 in the title suffix of [^2] differs from 2306.07207 in the url");
        });
    }

    @Test
    void abstractPrefixNamingAnotherPaperIsReportedAtThePrefix() {
        String text = replace(VALID, "arXiv:2403.19243v1 Announce", "arXiv:2403.19245v1 Announce");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(at(text, "arXiv:2403.19245v1"));
            assertThat(found.message()).isEqualTo(
                    "arXiv id 2403.19245 in the abstract prefix of [^1] differs from 2403.19243 in the url");
        });
    }

    @Test
    void differentVersionsOfTheSamePaperKeepTheRule() {
        String text = replace(VALID, "arXiv:2403.19243v1 Announce", "arXiv:2403.19243v3 Announce");

        assertThat(check(rule, VALID)).isEmpty();
        assertThat(check(rule, text)).isEmpty();
    }
}
