package io.github.digestplugin.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
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

    /** {@code -Ddigest.outputDirectory=link/site} with {@code link -> papers}. */
    @Test
    void anOutputThroughALinkIntoTheDigestsIsInsideThem() throws IOException {
        OutputFolders folders = new OutputFolders(true, base.toFile(), base.resolve("target").toFile());
        Path papers = Files.createDirectories(base.resolve("papers"));
        Files.createSymbolicLink(base.resolve("link"), Path.of("papers"));

        assertThat(folders.insideDigests(base.resolve("link/site"), papers)).isTrue();
        assertThat(folders.insideDigests(base.resolve("link"), papers)).isTrue();
        assertThat(folders.insideDigests(base.resolve("target/site"), papers)).isFalse();
    }

    @Test
    void digestsGivenThroughALinkAreComparedWhereTheLinkLeads() throws IOException {
        OutputFolders folders = new OutputFolders(true, base.toFile(), base.resolve("target").toFile());
        Files.createDirectories(base.resolve("papers"));
        Path link = Files.createSymbolicLink(base.resolve("link"), Path.of("papers"));

        assertThat(folders.insideDigests(base.resolve("papers/results"), link)).isTrue();
        assertThat(folders.insideDigests(base.resolve("target/digest"), link)).isFalse();
    }

    /** Writing through a link to a folder not there yet would create that folder among the digests. */
    @Test
    void aLinkToAFolderNotYetMadeIsFollowed() throws IOException {
        OutputFolders folders = new OutputFolders(true, base.toFile(), base.resolve("target").toFile());
        Path papers = Files.createDirectories(base.resolve("papers"));
        Files.createSymbolicLink(base.resolve("out"), Path.of("papers/new"));

        assertThat(folders.insideDigests(base.resolve("out/site"), papers)).isTrue();
    }

    @Test
    void anOutputLinkedOutOfTheDigestsIsNotInsideThem() throws IOException {
        OutputFolders folders = new OutputFolders(true, base.toFile(), base.resolve("target").toFile());
        Path papers = Files.createDirectories(base.resolve("papers"));
        Path elsewhere = Files.createDirectories(base.resolve("elsewhere"));
        Files.createSymbolicLink(papers.resolve("results"), elsewhere);

        assertThat(folders.insideDigests(papers.resolve("results/digest"), papers)).isFalse();
    }

    /** Checking {@code .} without a pom, with {@code target} a link: it is no longer Maven's own folder. */
    @Test
    void aBuildDirectoryThatIsALinkAmongTheDigestsMayNotBeWritten() throws IOException {
        OutputFolders folders = new OutputFolders(false, base.toFile(), new File("${project.basedir}/target"));
        Files.createDirectories(base.resolve("papers"));
        Files.createSymbolicLink(base.resolve("target"), Path.of("papers"));

        assertThat(folders.insideDigests(base.resolve("target/digest"), base)).isTrue();
        assertThat(folders.insideDigests(base.resolve("target/digest"), base.resolve("papers"))).isTrue();
    }

    @Test
    void anOutputHoldsTheDigestsWhereLinksLead() throws IOException {
        Path papers = Files.createDirectories(base.resolve("src/papers"));
        Files.createSymbolicLink(base.resolve("pages"), Path.of("src"));

        assertThat(OutputFolders.holdsDigests(base.resolve("pages"), papers)).isTrue();
        assertThat(OutputFolders.holdsDigests(base.resolve("target/site"), papers)).isFalse();
    }

    @Test
    void aLoopOfLinksIsComparedAsWritten() throws IOException {
        Files.createSymbolicLink(base.resolve("a"), Path.of("b"));
        Files.createSymbolicLink(base.resolve("b"), Path.of("a"));

        assertThat(OutputFolders.resolved(base.resolve("a/site"))).isEqualTo(base.resolve("a/site"));
    }
}
