package io.github.digestplugin.check.rules;

import static io.github.digestplugin.check.rules.RuleTester.VALID;
import static io.github.digestplugin.check.rules.RuleTester.check;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.model.SourcePosition;
import org.junit.jupiter.api.Test;

class NumberSequenceRuleTest {

    private final NumberSequenceRule rule = new NumberSequenceRule();

    @Test
    void gapInTheNumbersIsReportedOnceAtTheFirstRowOutOfStep() {
        String text = VALID.replace("[^2]", "[^4]").replace("[^1]", "[^2]");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(new SourcePosition(5, 3));
            assertThat(found.message()).isEqualTo(
                    "Row numbers should run 1..n in table order: expected [^1] here, found [^2]");
        });
    }

    @Test
    void numbersOneToNKeepTheRule() {
        assertThat(check(rule, VALID)).isEmpty();
    }
}
