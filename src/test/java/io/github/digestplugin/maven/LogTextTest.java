package io.github.digestplugin.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void escapesControlCharactersAndKeepsEverythingElse() {
        assertThat(LogText.printable("a\u001b[31mred\u0000\n\tb\u007f\u0085"))
                .isEqualTo("a\\u001b[31mred\\u0000\\u000a\\u0009b\\u007f\\u0085");
        String plain = "x.md:5:86: error [cell-pipe] `$Y|X$` 摘要 \uD83D\uDE00";
        assertThat(LogText.printable(plain)).isSameAs(plain);
    }
}
