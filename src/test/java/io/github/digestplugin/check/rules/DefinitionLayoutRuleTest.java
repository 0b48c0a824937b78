package io.github.digestplugin.check.rules;

import static io.github.digestplugin.check.rules.RuleTester.VALID;
import static io.github.digestplugin.check.rules.RuleTester.at;
import static io.github.digestplugin.check.rules.RuleTester.check;
import static io.github.digestplugin.check.rules.RuleTester.replace;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.model.SourcePosition;
import io.github.digestplugin.testing.Fixtures;
import org.junit.jupiter.api.Test;

class DefinitionLayoutRuleTest {

    private final DefinitionLayoutRule rule = new DefinitionLayoutRule();

    @Test
    void definitionWithFiveFieldsIsReportedAtItsLabel() {
        String text = replace(VALID, "    第一篇摘要\n\n", "");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(new SourcePosition(10, 1));
            assertThat(found.message()).startsWith("Definition [^1] has 5 fields; expected 6");
        });
    }

    @Test
    void fieldsWithoutEmptyLineBetweenAreReported() {
        String text = replace(VALID, "    First Paper Title\n\n", "    First Paper Title\n");

        assertThat(check(rule, text)).filteredOn(found -> found.message().contains("separated"))
                .singleElement().satisfies(found -> {
                    assertThat(found.position()).isEqualTo(at(text, "[https://arxiv.org/abs/2403.19243]"));
                    assertThat(found.message()).isEqualTo("Definition [^1] field 2 (url) is not separated from the"
                            + " line above by exactly one empty line");
                });
    }

    @Test
    void fieldIndentedByTwoSpacesIsReportedAtItsText() {
        String text = replace(VALID, "\n    第一篇摘要\n", "\n  第一篇摘要\n");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(new SourcePosition(20, 3));
            assertThat(found.message()).isEqualTo("Definition [^1] field 5 (abstract zh) is indented by 2 characters;"
                    + " fields are indented by exactly four spaces");
        });
    }

    @Test
    void strayLineInTheDetailsSectionIsReported() {
        String text = replace(VALID, "[^2]: ", "Loose text between entries\n[^2]: ");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(at(text, "Loose text"));
            assertThat(found.message()).contains("`Loose text between entries`");
        });
    }

    @Test
    void standardAndFirstDayLayoutsKeepTheRule() {
        String firstDay = RuleTester.read(Fixtures.sample("2023-03-13T2240_first-day.md"));

        assertThat(check(rule, VALID)).isEmpty();
        assertThat(check(rule, firstDay)).isEmpty();
    }
}
