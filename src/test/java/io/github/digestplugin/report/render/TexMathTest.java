package io.github.digestplugin.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class TexMathTest {

    private static Element math(String tex) {
        String mathMl = TexMath.toMathMl(tex).orElseThrow(() -> new AssertionError("not typeset: " + tex));
        Document doc = Jsoup.parse(mathMl, "", Parser.xmlParser());
        assertThat(doc.children()).hasSize(1);
        return doc.child(0);
    }

    @Test
    void formulasOfTheCorpusBecomeMathMl() {
        Element squared = math("R^3");
        assertThat(squared.select("msup > mi").text()).isEqualTo("R");
        assertThat(squared.select("msup > mrow > mn").text()).isEqualTo("3");
        assertThat(squared.attr("alttext")).isEqualTo("R^3");

        assertThat(math("LSS_{\\beta}").select("msub > mrow > mrow > mi").text()).isEqualTo("β");
        assertThat(math("\\mathcal{F}").select("mi[mathvariant=script]").text()).isEqualTo("F");
        assertThat(math("O(n)").select("mo").eachText()).containsExactly("(", ")");
        assertThat(math("4\\times").select("mn, mo").eachText()).containsExactly("4", "×");
        assertThat(math("^{\\rm FM}").select("msup mi[mathvariant=normal]").eachText()).containsExactly("F", "M");
        assertThat(math("\\textit{WHAT}").select("mtext[mathvariant=italic]").text()).isEqualTo("WHAT");
        assertThat(math("\\frac{1}{2}").select("mfrac mn").eachText()).containsExactly("1", "2");
        assertThat(math("\\sqrt[3]{x}").select("mroot")).hasSize(1);
        assertThat(math("\\left( x \\right)").select("mo").eachText()).containsExactly("(", ")");
        assertThat(math("x_i^2").select("msubsup")).hasSize(1);
        assertThat(math("\\hat{y}").select("mover[accent=true]")).hasSize(1);
        assertThat(math("\\text{损失}").select("mtext").text()).isEqualTo("损失");
        assertThat(math("\\textbackslash n").text()).isEqualTo("\\n");
    }

    @Test
    void whatItCannotReadIsNotTypeset() {
        assertThat(TexMath.toMathMl("\\href{javascript:alert(1)}{click}")).isEmpty();
        assertThat(TexMath.toMathMl("\\unicode{x2013}")).isEmpty();
        assertThat(TexMath.toMathMl("\\textit{Evo")).isEmpty();
        assertThat(TexMath.toMathMl("}")).isEmpty();
        assertThat(TexMath.toMathMl("\\left( x")).isEmpty();
        assertThat(TexMath.toMathMl("x^2^3")).isEmpty();
        assertThat(TexMath.toMathMl("\\newcommand{\\a}{\\a\\a}\\a")).isEmpty();
        assertThat(TexMath.toMathMl("100%")).isEmpty();
        assertThat(TexMath.toMathMl("")).isEmpty();
        assertThat(TexMath.toMathMl("x".repeat(TexMath.MAX_LENGTH + 1))).isEmpty();
    }

    @Test
    void hostileFormulasGiveOnlyEscapedTextAndNoLink() {
        String[] hostile = {"<script>alert(1)</script>", "\\text{<img src=x onerror=alert(1)>}", "a\" onload=\"x",
            "\\mathrm{</math><script>x</script>}", "&lt;b&gt;", "\\text{\\&amp;}"};
        for (String tex : hostile) {
            TexMath.toMathMl(tex).ifPresent(mathMl -> {
                Document doc = Jsoup.parse("<p>" + mathMl + "</p>");
                assertThat(doc.select("script, img, [onload], [onerror], [href]")).as(tex).isEmpty();
                assertThat(doc.select("math").attr("alttext")).isEqualTo(tex);
            });
        }
    }

    @Test
    void deepNestingEndsAtTheBoundUnconverted() {
        String deep = "{".repeat(200) + "x" + "}".repeat(200);
        assertThat(TexMath.toMathMl(deep.substring(0, Math.min(deep.length(), TexMath.MAX_LENGTH)))).isEmpty();
        assertThat(TexMath.toMathMl("{".repeat(TexMath.MAX_DEPTH + 2) + "x" + "}".repeat(TexMath.MAX_DEPTH + 2)))
                .isEmpty();
        assertThat(TexMath.toMathMl("x^{y^{z}}")).isPresent();
    }
}
