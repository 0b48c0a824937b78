package io.github.digestplugin.check.rules;

import static io.github.digestplugin.check.rules.RuleTester.VALID;
import static io.github.digestplugin.check.rules.RuleTester.at;
import static io.github.digestplugin.check.rules.RuleTester.check;
import static io.github.digestplugin.check.rules.RuleTester.replace;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.model.SourcePosition;
import io.github.digestplugin.testing.Fixtures;
import org.junit.jupiter.api.Test;

class CellPipeRuleTest {

    private final CellPipeRule rule = new CellPipeRule();

    @Test
    void pipeInMathSplitsTheSummary() {
        String text = replace(VALID, "| 第一篇总结 |", "| 第一篇 $Y|X$ 总结 |");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(at(text, "|X$"));
            assertThat(found.message()).isEqualTo("Unescaped `|` in the summary of row [^1] splits it: the row has"
                    + " 4 cells instead of 3; escape it as `\\|`");
        });
    }

    @Test
    void pipeInLinkTextSplitsTheTitle() {
        String text = replace(VALID, "[First Paper Title]", "[First | Paper | Title]");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(at(text, "| Paper"));
            assertThat(found.message()).contains("in the title of row [^1]", "5 cells instead of 3", "`\\|`");
        });
    }

    @Test
    void realDigestWithPipeInTitleIsReportedAtThePipe() {
        String text = RuleTester.read(Fixtures.sample("2024-02-22T0913_cell-pipe.md"));
        SourcePosition fairness = at(text, "Accuracy and Fairness | Are LLMs");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(
                    new SourcePosition(6, fairness.column() + "Accuracy and Fairness ".length()));
            assertThat(found.message()).contains("title of row [^2]");
        });
    }

    @Test
    void escapedPipeKeepsTheRule() {
        String text = replace(VALID, "| 第一篇总结 |", "| 第一篇 $Y\\|X$ 总结 |");

        assertThat(check(rule, text)).isEmpty();
        assertThat(check(rule, VALID)).isEmpty();
    }

    @Test
    void rowWithTooManyCellsThatNoEscapeRepairsIsNotAPipeSplit() {
        String text = replace(VALID, "| [^1] | [First Paper Title](https://arxiv.org/abs/2403.19243) |",
                "| [^1] | First | Paper | Title |");

        assertThat(check(rule, text)).isEmpty();
    }

    @Test
    void hundredThousandPipesInATitleAreOneSplitReportedAtTheFirst() {
        String text = replace(VALID, "[First Paper Title]", "[First" + "|".repeat(100_000) + "Paper Title]");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(at(text, "|||"));
            assertThat(found.message()).contains("in the title of row [^1]", "100003 cells instead of 3");
        });
        assertThat(check(new RowSyntaxRule(), text)).isEmpty();
    }

    @Test
    void lineOfPipesIsARowOfEmptyCellsAndNoSplit() {
        String text = replace(VALID, "| [^2] |", "|".repeat(30_000) + "\n| [^2] |");

        assertThat(check(rule, text)).isEmpty();
        assertThat(check(new RowSyntaxRule(), text)).extracting(RuleTester.Reported::message)
                .containsExactly("First cell `` is not a footnote reference `[^N]`",
                        "Row the row has 29999 cells; expected 3: `| [^N] | [title](url) | summary |`",
                        "Second cell `` of row the row is not a Markdown link `[title](url)`");
    }

    @Test
    void titleWithMoreLinkEndsThanAreReadIsLeftToRowSyntax() {
        String ends = "f(x)|".repeat(SplitCells.MAX_TITLE_CANDIDATES);
        String within = replace(VALID, "[First Paper Title]", "[First " + "f(x)|".repeat(SplitCells.MAX_TITLE_CANDIDATES - 1)
                + " Title]");
        String beyond = replace(VALID, "[First Paper Title]", "[First " + ends + " Title]");

        assertThat(check(rule, within)).singleElement().satisfies(found ->
                assertThat(found.message()).contains("in the title of row [^1]"));
        assertThat(check(rule, beyond)).isEmpty();
        assertThat(check(new RowSyntaxRule(), beyond)).extracting(RuleTester.Reported::message)
                .containsExactly("Row [^1] has " + (SplitCells.MAX_TITLE_CANDIDATES + 3)
                        + " cells; expected 3: `| [^N] | [title](url) | summary |`",
                        "Second cell `[First f(x)` of row [^1] is not a Markdown link `[title](url)`");
    }
}
