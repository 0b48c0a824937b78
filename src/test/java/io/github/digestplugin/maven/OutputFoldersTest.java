package io.github.digestplugin.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFoldersTest {

    @TempDir
    Path base;

    @Test
    void withAPomTheConfiguredFoldersAreUsed() {
        Path build = base.resolve("out/../build");
        OutputFolders folders = new OutputFolders(true, base.toFile(), build.toFile());

        assertThat(folders.buildDirectory()).isEqualTo(base.resolve("build"));
        assertThat(folders.projectFolder(base.resolve("build/site").toFile(), "target/site"))
                .isEqualTo(base.resolve("build/site"));
    }

    /** Maven's stub project leaves ${project.basedir} unresolved in the folders it passes. */
    @Test
    void withoutAPomTheFoldersAreTakenInTheBaseDirectory() {
        File unresolved = new File("${project.basedir}/target");
        OutputFolders folders = new OutputFolders(false, base.toFile(), unresolved);

        assertThat(folders.buildDirectory()).isEqualTo(base.resolve("target"));
        assertThat(folders.projectFolder(new File("${project.basedir}/target/site"), "target/site"))
                .isEqualTo(base.resolve("target/site"));
    }

    @Test
    void outputBelowTheDigestsOutsideTheBuildDirectoryIsInsideThem() {
        OutputFolders folders = new OutputFolders(true, base.toFile(), base.resolve("target").toFile());
        Path digests = base.resolve("src/digests");

        assertThat(folders.insideDigests(digests.resolve("results"), digests)).isTrue();
        assertThat(folders.insideDigests(digests, digests)).isTrue();
        assertThat(folders.insideDigests(base.resolve("target/digest"), digests)).isFalse();
        assertThat(folders.insideDigests(base.resolve("src/digests-results"), digests)).isFalse();
    }

    /** Checking {@code .} without a pom: the digests hold the build directory, which may be written. */
    @Test
    void theBuildDirectoryMayLieAmongTheDigests() {
        OutputFolders folders = new OutputFolders(false, base.toFile(), new File("${project.basedir}/target"));

        assertThat(folders.insideDigests(base.resolve("target/digest"), base)).isFalse();
        assertThat(folders.insideDigests(base.resolve("target/site/digest"), base)).isFalse();
        assertThat(folders.insideDigests(base.resolve("results"), base)).isTrue();
    }
}
