package io.github.digestplugin.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InlineMarkdownTest {

    /**
     * The fast reading of a link answers as flexmark does, on generated link texts with the
     * escapes, brackets, entities and LaTeX that real titles carry.
     */
    @Test
    void readsSingleLinksAsFlexmarkDoes() {
        String[] words = {"Title", " ", "$n\\times n$", "P\\'{o}lya", "M\\\"obius", "\\[", "\\]", "[", "]", "\\\\",
            "\\", "[MASK]", "](x)", "[a](b)", "&amp;", "*em*", "_x_", "!", "![i](j)", "(", ")", "\\|", "{", "中文", "a\\b",
            "\t", "\u000B", "\u3000", "\u00A0", "<b>", "`c`", "\\`"};
        String[] urls = {"http://arxiv.org/abs/2303.08606", "https://arxiv.org/abs/2403.02268v2", "", "a b", "x(1)",
            "x\\)", "x\\_y", "?a=1&amp;b=2", "&#x41;", "<x>", "x%20y", "x)", "\\", "a\tb", "u&v", "<a b>"};
        Random random = new Random(7);
        for (int i = 0; i < 40_000; i++) {
            StringBuilder label = new StringBuilder();
            for (int w = random.nextInt(5); w >= 0; w--) {
                label.append(words[random.nextInt(words.length)]);
            }
            String text = "[" + label + "](" + urls[random.nextInt(urls.length)] + ")";
            Optional<InlineMarkdown.Link> flexmark = InlineMarkdown.flexmarkSingleLink(text);
            assertThat(InlineMarkdown.singleLink(text)).as(text).isEqualTo(flexmark);
        }
    }

    /** The fuzz run's reproducers, through every question the checker asks flexmark: no error, no answer. */
    @Test
    void reproducersReadAsNoLinkAndNoTable() {
        for (String bomb : List.of("<!-- " + "x".repeat(2000), "[a](<" + "x".repeat(2000),
                "<a " + " b=\"c\"".repeat(600), "[a](b \"" + "x".repeat(2000), "[a](b)".repeat(20_000))) {
            assertThat(InlineMarkdown.singleLink(bomb)).isEmpty();
            assertThat(InlineMarkdown.singleLink("[" + bomb + "](https://arxiv.org/abs/1)")).isEmpty();
            assertThat(InlineMarkdown.flexmarkCellCount("| [^1] | " + bomb + " | x |")).isZero();
        }
    }

    @Test
    void rawHtmlInTextTooComplexForFlexmarkIsFoundByItsTags() {
        assertThat(InlineMarkdown.rawHtml("<!-- " + "x".repeat(2000))).hasValue("<!-- " + "x".repeat(55));
        assertThat(InlineMarkdown.rawHtml("p < 0.05 [a](<" + "x".repeat(2000))).as("no > closes it").isEmpty();
        assertThat(InlineMarkdown.rawHtml("<b>x</b> [a](b \"" + "x".repeat(2000))).hasValue("<b>");
        assertThat(InlineMarkdown.rawHtml("<b>x</b> [a](b \"x\")")).hasValue("<b>");
    }
}
