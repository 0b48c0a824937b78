package io.github.digestplugin.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhitespaceTest {

    @Test
    void answersAsTheJdkForEveryChar() {
        int whitespace = 0;
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            assertThat(Whitespace.is((char) c)).as("U+%04X", c).isEqualTo(Character.isWhitespace((char) c));
            whitespace += Whitespace.is((char) c) ? 1 : 0;
        }
        assertThat(whitespace).isGreaterThan(20);
    }
}
