package io.github.digestplugin.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.parse.DigestParser;
import io.github.digestplugin.parse.ParserOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestShapeTest {

    @TempDir
    Path temp;

    private static final String README = """
            # arXiv digests

            Daily digests of arXiv channels, one folder per channel.

            | Channel | Since |
            | --- | --- |
            | cs.CL | 2023 |

            See [the format](docs/format.md).
            """;

    @Test
    void aFileWithNoneOfADigestsStructureIsNoDigest() {
        assertThat(DigestShape.isDigest(parse(README))).isFalse();
        assertThat(DigestShape.isDigest(parse(""))).isFalse();
        assertThat(DigestShape.isDigest(parse("Some notes.\n[a link](https://arxiv.org/abs/2403.19243)\n"))).isFalse();
    }

    @Test
    void anyPartOfTheStructureMakesADigest() {
        assertThat(DigestShape.isDigest(parse("# 摘要\n\nnothing else\n"))).as("summary heading").isTrue();
        assertThat(DigestShape.isDigest(parse("# 详细\n"))).as("details heading").isTrue();
        assertThat(DigestShape.isDigest(parse("|ref | TITLE| Summary|\n"))).as("table header").isTrue();
        assertThat(DigestShape.isDigest(parse("| Paper | x | y |\n| --- | --- | --- |\n| [^1] | t | s |\n")))
                .as("a row of a footnote").isTrue();
        assertThat(DigestShape.isDigest(parse("[^1]: 标题\n\n    x\n"))).as("footnote definition").isTrue();
    }

    /** A README beside the digests is named once and not checked; the digest beside it is. */
    @Test
    void theCheckerLeavesOutWhatIsNoDigestAndNamesIt() throws IOException {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        Files.writeString(digests.resolve("README.md"), README, StandardCharsets.UTF_8);
        Files.writeString(digests.resolve("broken.md"), "# 摘要\n", StandardCharsets.UTF_8);

        CheckResult result = new DigestChecker(ParserOptions.defaults(), Rules.defaults())
                .check(digests, List.of(Path.of("README.md"), Path.of("broken.md")));

        assertThat(result.notDigests()).containsExactly(Path.of("README.md"));
        assertThat(result.files()).isEqualTo(1);
        assertThat(result.findings()).isNotEmpty().allMatch(finding -> finding.path().equals(Path.of("broken.md")));
    }

    private Digest parse(String text) {
        try {
            return new DigestParser(ParserOptions.defaults())
                    .parse(text.getBytes(StandardCharsets.UTF_8), temp.resolve("x.md"), Path.of("x.md"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
