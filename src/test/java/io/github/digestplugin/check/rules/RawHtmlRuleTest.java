package io.github.digestplugin.check.rules;

import static io.github.digestplugin.check.rules.RuleTester.VALID;
import static io.github.digestplugin.check.rules.RuleTester.at;
import static io.github.digestplugin.check.rules.RuleTester.check;
import static io.github.digestplugin.check.rules.RuleTester.replace;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RawHtmlRuleTest {

    private final RawHtmlRule rule = new RawHtmlRule();

    @Test
    void scriptTagInASummaryCellIsReportedAtTheTag() {
        String text = replace(VALID, "| 第一篇总结 |", "| 第一篇\\|总结<script>alert(1)</script> |");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(at(text, "<script>"));
            assertThat(found.message()).isEqualTo(
                    "Raw HTML `<script>` in cell 3 of row [^1]; it would reach the page as markup");
        });
    }

    @Test
    void javascriptLinkInAnAbstractIsReportedAtTheUrl() {
        String text = replace(VALID, "The second abstract.", "The second [abstract](JavaScript:alert(1)).");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(at(text, "JavaScript:alert"));
            assertThat(found.message()).isEqualTo("Script link `JavaScript:alert(1)` in field 6 (abstract en) of"
                    + " definition [^2]; it would run when clicked");
        });
    }

    @Test
    void htmlInTheTranslatedTitleIsReported() {
        String text = replace(VALID, "[^2]: 第二篇标题", "[^2]: 第二篇<img src=x onerror=alert(1)>标题");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(at(text, "<img"));
            assertThat(found.message()).contains("`<img src=x onerror=alert(1)>`", "translated title of definition [^2]");
        });
    }

    @Test
    void comparisonsAndPlainTextKeepTheRule() {
        String text = replace(VALID, "The second abstract.", "Gains of p < 0.05 and a<b, see the script: below.");

        assertThat(check(rule, VALID)).isEmpty();
        assertThat(check(rule, text)).isEmpty();
    }
}
