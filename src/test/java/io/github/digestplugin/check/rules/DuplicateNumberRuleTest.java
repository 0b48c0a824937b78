package io.github.digestplugin.check.rules;

import static io.github.digestplugin.check.rules.RuleTester.VALID;
import static io.github.digestplugin.check.rules.RuleTester.at;
import static io.github.digestplugin.check.rules.RuleTester.check;
import static io.github.digestplugin.check.rules.RuleTester.replace;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.model.SourcePosition;
import org.junit.jupiter.api.Test;

class DuplicateNumberRuleTest {

    private final DuplicateNumberRule rule = new DuplicateNumberRule();

    @Test
    void numberUsedByTwoRowsIsReportedAtTheSecond() {
        String text = replace(VALID, "| [^2] |", "| [^1] |");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(new SourcePosition(6, 3));
            assertThat(found.message()).isEqualTo("Number [^1] is used by another row too (first at line 5)");
        });
    }

    @Test
    void numberUsedByTwoDefinitionsIsReportedAtTheSecond() {
        String text = replace(VALID, "[^2]: 第二篇标题", "[^1]: 第二篇标题");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(at(text, "[^1]: 第二篇标题"));
            assertThat(found.message()).isEqualTo("Definition [^1] appears twice (first at line 10)");
        });
    }

    @Test
    void distinctNumbersKeepTheRule() {
        assertThat(check(rule, VALID)).isEmpty();
    }
}
