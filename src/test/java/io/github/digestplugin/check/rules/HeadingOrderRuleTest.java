package io.github.digestplugin.check.rules;

import static io.github.digestplugin.check.rules.RuleTester.VALID;
import static io.github.digestplugin.check.rules.RuleTester.at;
import static io.github.digestplugin.check.rules.RuleTester.check;
import static io.github.digestplugin.check.rules.RuleTester.replace;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.model.SourcePosition;
import io.github.digestplugin.parse.ParserOptions;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeadingOrderRuleTest {

    private final HeadingOrderRule rule = new HeadingOrderRule();

    @Test
    void missingSummaryHeadingIsReportedAtTheTable() {
        String text = replace(VALID, "# 摘要\n\n", "");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(at(text, "| Ref |"));
            assertThat(found.message()).contains("Summary heading is missing", "# 摘要");
        });
    }

    @Test
    void missingDetailsHeadingIsReportedAtTheFirstDefinition() {
        String text = replace(VALID, "# 详细\n\n", "");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(at(text, "[^1]:"));
            assertThat(found.message()).contains("Details heading is missing", "# 详细");
        });
    }

    @Test
    void missingTableIsReportedAtTheSummaryHeading() {
        String text = "# 摘要\n\n# 详细\n\n";

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(new SourcePosition(1, 1));
            assertThat(found.message()).contains("Table is missing", "| Ref | Title | Summary |");
        });
    }

    @Test
    void tableBelowTheDetailsHeadingIsOutOfOrder() {
        String text = replace(replace(VALID, "# 详细\n\n", ""), "| Ref |", "# 详细\n\n| Ref |");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(at(text, "| Ref |"));
            assertThat(found.message()).isEqualTo("Table comes after the details heading (line 3)");
        });
    }

    @Test
    void repeatedSummaryHeadingIsReported() {
        String text = replace(VALID, "# 详细", "# 摘要\n\n# 详细");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(at(text, "# 摘要", 2));
            assertThat(found.message()).contains("appears again", "line 1");
        });
    }

    @Test
    void validDigestAndEmptyDigestKeepTheRule() {
        assertThat(check(rule, VALID)).isEmpty();
        assertThat(check(rule, "# 摘要\n\n| Ref | Title | Summary |\n| --- | --- | --- |\n\n# 详细\n\n")).isEmpty();
    }

    @Test
    void configuredHeadingsKeepTheRule() {
        String text = replace(replace(VALID, "# 摘要", "# Summary"), "# 详细", "# Details");
        ParserOptions english = new ParserOptions("Summary", "Details", Optional.empty());

        assertThat(check(rule, RuleTester.parse(text, "digest.md", english))).isEmpty();
        assertThat(check(rule, text)).hasSize(2);
    }
}
