package io.github.digestplugin.check.rules;

import static io.github.digestplugin.check.rules.RuleTester.VALID;
import static io.github.digestplugin.check.rules.RuleTester.at;
import static io.github.digestplugin.check.rules.RuleTester.check;
import static io.github.digestplugin.check.rules.RuleTester.replace;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.model.SourcePosition;
import org.junit.jupiter.api.Test;

class RowSyntaxRuleTest {

    private final RowSyntaxRule rule = new RowSyntaxRule();

    @Test
    void firstCellWithoutFootnoteReferenceIsReported() {
        String text = replace(VALID, "| [^1] |", "| 1 |");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(new SourcePosition(5, 3));
            assertThat(found.message()).isEqualTo("First cell `1` is not a footnote reference `[^N]`");
        });
    }

    @Test
    void secondCellWithoutLinkIsReported() {
        String text = replace(VALID, "[First Paper Title](https://arxiv.org/abs/2403.19243)", "First Paper Title");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(at(text, "First Paper Title"));
            assertThat(found.message()).contains("Second cell `First Paper Title`", "[^1]", "Markdown link");
        });
    }

    @Test
    void rowWithTwoCellsIsReported() {
        String text = replace(VALID, " 第二篇总结 |\n", "\n");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(new SourcePosition(6, 1));
            assertThat(found.message()).contains("Row [^2] has 2 cells; expected 3");
        });
    }

    @Test
    void strayLineInTheSummarySectionIsReported() {
        String text = replace(VALID, "\n\n# 详细", "\n\nNote: two papers today.\n\n# 详细");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(at(text, "Note:"));
            assertThat(found.message()).contains("`Note: two papers today.`");
        });
    }

    @Test
    void rowSplitByAPipeIsLeftToCellPipe() {
        String text = replace(VALID, "| 第一篇总结 |", "| 第一篇 $Y|X$ 总结 |");
        String title = replace(VALID, "[First Paper Title]", "[First | Paper Title]");

        assertThat(check(rule, text)).isEmpty();
        assertThat(check(rule, title)).isEmpty();
        assertThat(check(rule, VALID)).isEmpty();
    }
}
