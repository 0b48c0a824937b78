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
}
