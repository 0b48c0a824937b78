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

    /** The spellings a fuzz run found the rule blind to; the pages already escaped them. */
    @Test
    void scriptSchemesAreFoundThroughReferencesControlsAndCase() {
        for (String link : new String[] {"data:text/html;base64,PHNjcmlwdD4=", "&#106;avascript:alert(1)",
            "&#x6A;avascript&#58;alert(1)", "javascript&colon;alert(1)", "java&#9;script:alert(1)",
            "java&#x0A;script:alert(1)", "&#0000106;avascript:alert(1)", "&#106avascript:alert(1)",
            "VBScript:msgbox(1)", "javascript\\:alert(1)", "DATA:x"}) {
            String text = replace(VALID, "The second abstract.", "The second [abstract](" + link + ").");

            assertThat(check(rule, text)).as(link).singleElement().satisfies(found -> {
                assertThat(found.position()).isEqualTo(at(text, link));
                assertThat(found.message()).startsWith("Script link `" + link + "` in field 6 (abstract en)");
            });
        }
    }

    @Test
    void dataLinksInAutolinksAndReferenceDefinitionsAreFound() {
        String autolink = replace(VALID, "第二篇摘要", "第二篇摘要 <data:text/html,x>");
        String reference = replace(VALID, "[^2]: 第二篇标题", "[^2]: [x]: data:text/html,x");

        assertThat(check(rule, autolink)).singleElement()
                .satisfies(found -> assertThat(found.message()).startsWith("Script link `data:text/html,x`"));
        assertThat(check(rule, reference)).singleElement()
                .satisfies(found -> assertThat(found.message()).contains("translated title of definition [^2]"));
    }

    @Test
    void tagWhoseNameASlashEndsIsRawHtml() {
        String text = replace(VALID, "| 第二篇总结 |", "| 第二篇总结'><svg/onload=alert(1)> |");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(at(text, "<svg/"));
            assertThat(found.message()).isEqualTo(
                    "Raw HTML `<svg/onload=alert(1)>` in cell 3 of row [^2]; it would reach the page as markup");
        });
    }

    @Test
    void dataInProseAndHarmlessEntitiesAreNoLinks() {
        String text = replace(VALID, "The second abstract.",
                "Training data: 10k Q&amp;A pairs; big data: a survey; see [it](https://arxiv.org/abs/2306.07207)"
                        + " &#58;)");

        assertThat(check(rule, text)).isEmpty();
    }

    /** Texts flexmark is not given (MarkdownLimits) are still searched, for anything that may start a tag. */
    @Test
    void textTooComplexForFlexmarkIsStillSearchedForTags() {
        String text = replace(VALID, "The second abstract.", "<img src=x onerror=alert(1)> <!-- " + "x".repeat(2000));

        assertThat(check(rule, text)).singleElement()
                .satisfies(found -> assertThat(found.message()).startsWith("Raw HTML `<img src=x onerror=alert(1)>`"));
    }
}
