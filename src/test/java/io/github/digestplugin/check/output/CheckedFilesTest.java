package io.github.digestplugin.check.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckedFilesTest {

    @TempDir
    Path base;

    @Test
    void namesADigestFromTheBaseWithForwardSlashes() {
        CheckedFiles checked = new CheckedFiles(base.resolve("src/digests"), List.of());

        assertThat(checked.pathFrom(base, Path.of("2024", "a.md"))).isEqualTo("src/digests/2024/a.md");
        assertThat(checked.pathFrom(base.resolve("src/digests"), Path.of("a.md"))).isEqualTo("a.md");
    }

    @Test
    void climbsOutOfTheBaseWhenTheDigestsLieElsewhere() {
        CheckedFiles checked = new CheckedFiles(base.resolve("papers"), List.of());

        assertThat(checked.pathFrom(base.resolve("project"), Path.of("a.md"))).isEqualTo("../papers/a.md");
    }
}
