package io.github.digestplugin.check.rules;

import static io.github.digestplugin.check.rules.RuleTester.VALID;
import static io.github.digestplugin.check.rules.RuleTester.at;
import static io.github.digestplugin.check.rules.RuleTester.check;
import static io.github.digestplugin.check.rules.RuleTester.replace;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.model.SourcePosition;
import org.junit.jupiter.api.Test;

class TableHeaderRuleTest {

    private final TableHeaderRule rule = new TableHeaderRule();

    @Test
    void wrongHeaderCellIsReportedWithBothHeaders() {
        String text = replace(VALID, "| Ref | Title | Summary |", "| Ref | Title | Abstract |");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(new SourcePosition(3, 1));
            assertThat(found.message()).isEqualTo(
                    "Table header is `| Ref | Title | Abstract |`; expected `| Ref | Title | Summary |`");
        });
    }

    @Test
    void missingDelimiterRowIsReportedBelowTheHeader() {
        String text = replace(VALID, "| --- | --- | --- |\n", "");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(new SourcePosition(4, 1));
            assertThat(found.message()).contains("Delimiter row `| --- | --- | --- |` is missing");
        });
    }

    @Test
    void delimiterRowWithTwoColumnsIsReported() {
        String text = replace(VALID, "| --- | --- | --- |", "| --- | --- |");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(at(text, "| --- |"));
            assertThat(found.message()).contains("has 2 columns; expected 3");
        });
    }

    @Test
    void headerIsComparedWithoutWhitespace() {
        String text = replace(replace(VALID, "| Ref | Title | Summary |", "|Ref|  Title |Summary|"),
                "| --- | --- | --- |", "|:---|---|---:|");

        assertThat(check(rule, text)).isEmpty();
        assertThat(check(rule, VALID)).isEmpty();
    }
}
