package io.github.digestplugin.check.rules;

import static io.github.digestplugin.check.rules.RuleTester.VALID;
import static io.github.digestplugin.check.rules.RuleTester.at;
import static io.github.digestplugin.check.rules.RuleTester.check;
import static io.github.digestplugin.check.rules.RuleTester.replace;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.testing.Fixtures;
import org.junit.jupiter.api.Test;

class SummaryMismatchRuleTest {

    private final SummaryMismatchRule rule = new SummaryMismatchRule();

    /** VALID with entry 1 in the first day's layout: title, url, abstract zh, abstract en. */
    private static final String FIRST_DAY = replace(VALID, "    第一篇总结\n\n    \n\n", "");

    @Test
    void rowSummaryDifferingFromFieldThreeIsReportedAtTheCell() {
        String text = replace(VALID, "| 第一篇总结 |", "| 第一篇总结（修订） |");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(at(text, "第一篇总结（修订）"));
            assertThat(found.message()).isEqualTo("Summary of row [^1] differs from field 3 of its definition"
                    + " (line 16): `第一篇总结（修订）`, `第一篇总结`");
        });
    }

    @Test
    void firstDayLayoutHasNoSummaryFieldForTheRowsSummary() {
        assertThat(check(rule, FIRST_DAY)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(at(FIRST_DAY, "第一篇总结"));
            assertThat(found.message()).isEqualTo("Definition [^1] (line 10) has no summary field (4-field first-day"
                    + " layout), but its row has the summary `第一篇总结`");
        });
    }

    @Test
    void realFirstDayDigestReportsEveryRowSummary() {
        String text = RuleTester.read(Fixtures.sample("2023-03-13T2240_first-day.md"));

        assertThat(check(rule, text)).hasSize(RuleTester.parse(text).entries().size())
                .allSatisfy(found -> assertThat(found.message()).contains("no summary field"));
    }

    @Test
    void equalSummariesAndSplitRowsKeepTheRule() {
        String firstDayWithoutSummary = replace(FIRST_DAY, "| 第一篇总结 |", "|  |");
        String split = replace(VALID, "| 第一篇总结 |", "| 第一篇 $Y|X$ 总结 |");

        assertThat(check(rule, VALID)).isEmpty();
        assertThat(check(rule, firstDayWithoutSummary)).isEmpty();
        assertThat(check(rule, split)).isEmpty();
    }
}
