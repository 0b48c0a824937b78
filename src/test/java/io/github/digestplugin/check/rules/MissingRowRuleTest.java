package io.github.digestplugin.check.rules;

import static io.github.digestplugin.check.rules.RuleTester.VALID;
import static io.github.digestplugin.check.rules.RuleTester.at;
import static io.github.digestplugin.check.rules.RuleTester.check;
import static io.github.digestplugin.check.rules.RuleTester.replace;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MissingRowRuleTest {

    private final MissingRowRule rule = new MissingRowRule();

    @Test
    void definitionWithoutRowIsReportedAtItsLabel() {
        String text = replace(VALID, "[^2]: 第二篇标题", "[^3]: 第二篇标题");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(at(text, "[^3]:"));
            assertThat(found.message()).isEqualTo("Definition [^3] has no row `| [^3] | ... |` in the table");
        });
    }

    @Test
    void everyDefinitionReferencedKeepsTheRule() {
        assertThat(check(rule, VALID)).isEmpty();
    }
}
