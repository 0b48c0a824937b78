package io.github.digestplugin.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownFieldsTest {

    @Test
    void fieldsRenderTheirInlineMarkdownSafely() {
        assertThat(MarkdownFields.render("*a* `b` [c](https://arxiv.org/abs/1) [d](javascript:alert(1)) <i>e</i>")
                .toString()).isEqualTo("<em>a</em> <code>b</code> <a href=\"https://arxiv.org/abs/1\">c</a> d"
                        + " &lt;i&gt;e&lt;/i&gt;");
    }

    /** The fuzz run's reproducers: the report ended in a StackOverflowError on each. */
    @Test
    void textFlexmarkCannotReadSafelyIsShownAsPlainText() {
        for (String text : List.of("<!-- " + "x".repeat(2000), "[a](<" + "x".repeat(2000),
                "<a " + " b=\"c\"".repeat(600), "[a](b \"" + "x".repeat(2000), "x [a](b (" + "x".repeat(2000),
                "<a@" + "b.".repeat(1500) + "c>")) {
            assertThat(MarkdownFields.render(text).toString()).as(text.substring(0, 8))
                    .isEqualTo(SafeHtml.text(text).toString());
        }
    }

    /** The fields that took seconds: longer than flexmark is given, so shown as they are, escaped. */
    @Test
    void longFieldsOfMarkupAreShownAsPlainText() {
        for (String unit : List.of("[a](b)", "&#1234;")) {
            String text = unit.repeat(100_000 / unit.length());

            assertThat(MarkdownFields.render(text).toString()).isEqualTo(SafeHtml.text(text).toString());
        }
        String shorter = "[a](https://arxiv.org/abs/1) ".repeat(100);
        assertThat(MarkdownFields.render(shorter).toString()).contains("<a href=\"https://arxiv.org/abs/1\">a</a>");
    }

    @Test
    void formulasAreTypesetAndTheirMarkupIsNotReadAsMarkdown() {
        String html = MarkdownFields.render("Describing Images $\\textit{Fast and Slow}$ with $x_1 * y_2$ and *emphasis*")
                .toString();
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
        assertThat(doc.select("math")).hasSize(2);
        assertThat(doc.select("math mtext[mathvariant=italic]").text()).isEqualTo("Fast and Slow");
        assertThat(doc.select("math msub")).hasSize(2);
        assertThat(doc.select("em").text()).isEqualTo("emphasis");
        // Prose dollars stay prose; a formula that cannot be typeset stays its text, escaped.
        assertThat(MarkdownFields.render("costs $5 and $10 a day").toString()).doesNotContain("<math");
        assertThat(MarkdownFields.render("see $\\href{javascript:alert(1)}{here}$ now").toString())
                .isEqualTo("see $\\href{javascript:alert(1)}{here}$ now");
        assertThat(MarkdownFields.render("a $<b>x</b>$ b").toString()).doesNotContain("<b>");
        // In a code span and in a link's url a formula stays text.
        assertThat(MarkdownFields.render("`$x^2$` [$y$](https://arxiv.org/abs/$z$)").toString())
                .contains("<code>$x^2$</code>").contains("href=\"https://arxiv.org/abs/$z$\"").contains("<math");
    }
}
