package io.github.digestplugin.check.rules;

import static io.github.digestplugin.check.rules.RuleTester.VALID;
import static io.github.digestplugin.check.rules.RuleTester.at;
import static io.github.digestplugin.check.rules.RuleTester.check;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlInvalidRuleTest {

    private static final String URL = "https://arxiv.org/abs/2403.19243";

    private final UrlInvalidRule rule = new UrlInvalidRule();

    @Test
    void urlThatIsNotHttpIsReportedAtTheDefinitionsLinkTarget() {
        String text = VALID.replace(URL, "ftp://arxiv.org/abs/2403.19243");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(at(text, "ftp://arxiv.org/abs/2403.19243", 3));
            assertThat(found.message()).isEqualTo("Url `ftp://arxiv.org/abs/2403.19243` of [^1] is not an http(s) url");
        });
    }

    @Test
    void urlThatIsNotAnArxivAbstractPageIsReported() {
        String text = VALID.replace(URL, "https://example.org/paper/2403.19243");
        String pdf = VALID.replace(URL, "https://arxiv.org/pdf/2403.19243");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(at(text, "https://example.org/paper/2403.19243", 3));
            assertThat(found.message()).isEqualTo("Url `https://example.org/paper/2403.19243` of [^1] is not an arXiv"
                    + " abstract page `https://arxiv.org/abs/ID`");
        });
        assertThat(check(rule, pdf)).singleElement()
                .satisfies(found -> assertThat(found.message()).contains("https://arxiv.org/pdf/2403.19243"));
    }

    @Test
    void workingArxivUrlsKeepTheRule() {
        assertThat(check(rule, VALID)).isEmpty();
        assertThat(check(rule, VALID.replace(URL, "https://rss.arxiv.org/abs/2403.19243"))).isEmpty();
        assertThat(check(rule, VALID.replace(URL, "http://export.arxiv.org/abs/2403.19243v2"))).isEmpty();
        assertThat(check(rule, VALID.replace(URL, "https://arxiv.org/abs/hep-th/9901001"))).isEmpty();
    }
}
