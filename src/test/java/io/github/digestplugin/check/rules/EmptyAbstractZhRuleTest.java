package io.github.digestplugin.check.rules;

import static io.github.digestplugin.check.rules.RuleTester.VALID;
import static io.github.digestplugin.check.rules.RuleTester.check;
import static io.github.digestplugin.check.rules.RuleTester.replace;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.model.SourcePosition;
import org.junit.jupiter.api.Test;

class EmptyAbstractZhRuleTest {

    private final EmptyAbstractZhRule rule = new EmptyAbstractZhRule();

    @Test
    void emptyChineseAbstractIsReportedAtItsLine() {
        String text = replace(VALID, "    第二篇摘要\n", "    \n");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(new SourcePosition(34, 5));
            assertThat(found.message()).isEqualTo("Entry [^2] has an empty Chinese abstract (field 5)");
        });
    }

    @Test
    void filledChineseAbstractKeepsTheRule() {
        assertThat(check(rule, VALID)).isEmpty();
    }
}
