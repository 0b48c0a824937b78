package io.github.digestplugin.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.parse.LineSyntax.HeadingLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineSyntaxTest {

    @Test
    void headingsWithTheirLevelTextAndColumn() {
        assertThat(LineSyntax.heading("# 摘要")).contains(new HeadingLine(1, "摘要", 3));
        assertThat(LineSyntax.heading("   ## Title ##  ")).contains(new HeadingLine(2, "Title", 7));
        assertThat(LineSyntax.heading("#\tA # b #")).contains(new HeadingLine(1, "A # b", 3));
        assertThat(LineSyntax.heading("# #tag")).contains(new HeadingLine(1, "#tag", 3));
        assertThat(LineSyntax.heading("###")).contains(new HeadingLine(3, "", 4));
        assertThat(LineSyntax.heading("#   ##")).contains(new HeadingLine(1, "", 5));
        assertThat(LineSyntax.heading("########")).contains(new HeadingLine(6, "", 7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "#Title", "    # indented code", "####### seven", "# a\rb", "# a\u2028b", "\t# tab"})
    void notHeadings(String line) {
        assertThat(LineSyntax.heading(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"| --- | --- | --- |", "|---|:-:|--:|", "--- | ---", "   | - |", "-", "|-|", " :--- \t"})
    void delimiterRows(String line) {
        assertThat(LineSyntax.isDelimiterRow(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "|", "| Ref | Title |", "    | --- |", "| --- | |", "| -:- |", "| --- || --- |", "::-"})
    void notDelimiterRows(String line) {
        assertThat(LineSyntax.isDelimiterRow(line)).isFalse();
    }

    /** Lines on which the regular expressions these readers replace backtracked for minutes or overflowed the stack. */
    @Test
    void longHostileLinesAreReadInOnePass() {
        assertThat(LineSyntax.heading("# a" + " ".repeat(1_000_000) + "b"))
                .contains(new HeadingLine(1, "a" + " ".repeat(1_000_000) + "b", 3));
        assertThat(LineSyntax.heading("# a" + " #".repeat(500_000) + "\r")).isEmpty();
        assertThat(LineSyntax.isDelimiterRow("|---" + " ".repeat(1_000_000) + "x")).isFalse();
        assertThat(LineSyntax.isDelimiterRow("|" + "-|".repeat(500_000) + "x")).isFalse();
        assertThat(LineSyntax.isDelimiterRow("|" + "-|".repeat(500_000))).isTrue();
    }
}
