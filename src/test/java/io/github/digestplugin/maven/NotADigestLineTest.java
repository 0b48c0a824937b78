package io.github.digestplugin.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NotADigestLineTest {

    @Test
    void theLineNamesTheFileAndHowToLeaveItOut() {
        assertThat(CheckMojo.notADigestLine("papers/README.md", Path.of("README.md"))).isEqualTo(
                "papers/README.md is not a digest (no summary heading, table header or footnote definition): not"
                        + " checked; leave it out with <excludes><exclude>README.md</exclude></excludes> or"
                        + " -Ddigest.excludes=README.md");
    }
}
