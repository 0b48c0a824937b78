package io.github.digestplugin.check.rules;

import static io.github.digestplugin.check.rules.RuleTester.VALID;
import static io.github.digestplugin.check.rules.RuleTester.at;
import static io.github.digestplugin.check.rules.RuleTester.check;
import static io.github.digestplugin.check.rules.RuleTester.replace;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleMismatchRuleTest {

    private final TitleMismatchRule rule = new TitleMismatchRule();

    @Test
    void rowTitleDifferingFromFieldOneIsReportedAtTheRowTitle() {
        String text = replace(VALID, "[First Paper Title](", "[First Paper Titel](");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(at(text, "First Paper Titel"));
            assertThat(found.message()).isEqualTo("Title of row [^1] differs from field 1 of its definition"
                    + " (line 12): `First Paper Titel`, `First Paper Title`");
        });
    }

    @Test
    void suffixSpacingAndEscapedPipesKeepTheRule() {
        String spaced = replace(VALID, "[First Paper Title](", "[First  Paper Title ](");
        String pipe = VALID.replace("Second Paper: A Study", "Second Paper \\| A Study");

        assertThat(check(rule, VALID)).isEmpty();
        assertThat(check(rule, spaced)).isEmpty();
        assertThat(check(rule, pipe)).isEmpty();
    }
}
