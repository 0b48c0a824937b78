package io.github.digestplugin.check.rules;

import static io.github.digestplugin.check.rules.RuleTester.VALID;
import static io.github.digestplugin.check.rules.RuleTester.at;
import static io.github.digestplugin.check.rules.RuleTester.check;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlCanonicalRuleTest {

    private static final String URL = "https://arxiv.org/abs/2403.19243";

    private final UrlCanonicalRule rule = new UrlCanonicalRule();

    @Test
    void rssUrlIsReportedInTheRowAndInTheDefinitionWithItsCanonicalForm() {
        String text = VALID.replace(URL, "https://rss.arxiv.org/abs/2403.19243");

        assertThat(check(rule, text)).satisfiesExactly(
                row -> {
                    assertThat(row.position()).isEqualTo(at(text, "https://rss.arxiv.org/abs/2403.19243", 1));
                    assertThat(row.message()).isEqualTo("Url `https://rss.arxiv.org/abs/2403.19243` in row [^1] is"
                            + " not canonical; use https://arxiv.org/abs/2403.19243");
                },
                definition -> {
                    assertThat(definition.position()).isEqualTo(at(text, "https://rss.arxiv.org/abs/2403.19243", 3));
                    assertThat(definition.message()).isEqualTo("Url `https://rss.arxiv.org/abs/2403.19243` of [^1] is"
                            + " not canonical; use https://arxiv.org/abs/2403.19243");
                });
    }

    @Test
    void httpAndExportUrlsAreReported() {
        String http = VALID.replace(URL, "http://arxiv.org/abs/2403.19243v2");
        String export = VALID.replace(URL, "https://export.arxiv.org/abs/2403.19243");

        assertThat(check(rule, http)).hasSize(2)
                .allSatisfy(found -> assertThat(found.message()).endsWith("use https://arxiv.org/abs/2403.19243v2"));
        assertThat(check(rule, export)).hasSize(2)
                .allSatisfy(found -> assertThat(found.message()).endsWith("use https://arxiv.org/abs/2403.19243"));
    }

    @Test
    void aNonCanonicalUrlOnlyShownByTheDefinitionsLinkIsReportedThere() {
        String text = VALID.replace("[" + URL + "](", "[http://arxiv.org/abs/2403.19243](");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(at(text, "http://arxiv.org/abs/2403.19243", 1));
            assertThat(found.message()).isEqualTo("Url `http://arxiv.org/abs/2403.19243` shown by the link of [^1] is"
                    + " not canonical; use https://arxiv.org/abs/2403.19243");
        });
    }

    @Test
    void aRowAndADefinitionThatDoNotPairAreEachReported() {
        String text = VALID.replace(URL, "http://arxiv.org/abs/2403.19243")
                .replace("[^1]: 第一篇标题", "[^9]: 第一篇标题");

        assertThat(check(rule, text)).extracting(found -> found.message().contains("in row [^1]"))
                .containsExactly(true, false);
    }

    @Test
    void canonicalAndInvalidUrlsKeepTheRule() {
        assertThat(check(rule, VALID)).isEmpty();
        assertThat(check(rule, VALID.replace(URL, "https://example.org/abs/2403.19243"))).isEmpty();
    }
}
