package io.github.digestplugin.check.rules;

import static io.github.digestplugin.check.rules.RuleTester.VALID;
import static io.github.digestplugin.check.rules.RuleTester.check;
import static io.github.digestplugin.check.rules.RuleTester.replace;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.model.SourcePosition;
import io.github.digestplugin.testing.Fixtures;
import org.junit.jupiter.api.Test;

class EmptyFieldRuleTest {

    private final EmptyFieldRule rule = new EmptyFieldRule();

    @Test
    void emptyTranslatedTitleIsReportedAfterTheLabel() {
        String text = replace(VALID, "[^1]: 第一篇标题", "[^1]:");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(new SourcePosition(10, 6));
            assertThat(found.message()).isEqualTo("Entry [^1] has an empty translated title");
        });
    }

    @Test
    void emptyTitleUrlSummaryAndAbstractAreReportedAtTheirLines() {
        String text = replace(replace(replace(replace(VALID,
                "    First Paper Title\n", "    \n"),
                "    [https://arxiv.org/abs/2403.19243](https://arxiv.org/abs/2403.19243)\n", "    \n"),
                "    第一篇总结\n", "    \n"),
                "    arXiv:2403.19243v1 Announce Type: new  Abstract: The first abstract.\n", "    \n");

        assertThat(check(rule, text)).extracting(RuleTester.Reported::position, RuleTester.Reported::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(new SourcePosition(12, 5), "Entry [^1] has an empty title (field 1)"),
                        org.assertj.core.groups.Tuple.tuple(new SourcePosition(14, 5), "Entry [^1] has an empty url (field 2)"),
                        org.assertj.core.groups.Tuple.tuple(new SourcePosition(16, 5),
                                "Entry [^1] has an empty Chinese summary (field 3)"),
                        org.assertj.core.groups.Tuple.tuple(new SourcePosition(22, 5),
                                "Entry [^1] has an empty English abstract (field 6)"));
    }

    @Test
    void firstDayLayoutTakesItsSummaryFromTheRow() {
        String firstDay = replace(VALID, "    第一篇总结\n\n    \n\n", "");
        String text = replace(firstDay, "| 第一篇总结 |", "|  |");

        assertThat(check(rule, firstDay)).isEmpty();
        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position().line()).isEqualTo(5);
            assertThat(found.message()).contains("empty Chinese summary (the row's Summary cell");
        });
    }

    @Test
    void realDigestWithEmptyFieldsIsReported() {
        String text = RuleTester.read(Fixtures.sample("2023-06-01T0329_empty-fields.md"));

        assertThat(check(rule, text)).extracting(RuleTester.Reported::position).containsExactly(
                new SourcePosition(39, 7), new SourcePosition(45, 5));
    }

    @Test
    void filledFieldsAndEmptyEnglishSummaryKeepTheRule() {
        assertThat(check(rule, VALID)).isEmpty();
    }
}
