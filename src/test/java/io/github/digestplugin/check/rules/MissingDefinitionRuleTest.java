package io.github.digestplugin.check.rules;

import static io.github.digestplugin.check.rules.RuleTester.VALID;
import static io.github.digestplugin.check.rules.RuleTester.check;
import static io.github.digestplugin.check.rules.RuleTester.replace;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.model.SourcePosition;
import org.junit.jupiter.api.Test;

class MissingDefinitionRuleTest {

    private final MissingDefinitionRule rule = new MissingDefinitionRule();

    @Test
    void rowWithoutDefinitionIsReportedAtItsReference() {
        String text = replace(VALID, "[^2]: 第二篇标题", "[^3]: 第二篇标题");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(new SourcePosition(6, 3));
            assertThat(found.message()).isEqualTo("Row [^2] has no definition `[^2]:` in the details section");
        });
    }

    @Test
    void everyRowDefinedKeepsTheRule() {
        assertThat(check(rule, VALID)).isEmpty();
        // A number used twice is duplicate-number's to report, though only one row can pair.
        assertThat(check(rule, replace(VALID, "| [^2] |", "| [^1] |"))).isEmpty();
    }
}
