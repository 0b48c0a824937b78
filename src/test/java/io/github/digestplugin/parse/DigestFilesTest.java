package io.github.digestplugin.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digestplugin.parse.PathProblem.Kind;
import io.github.digestplugin.testing.TooDeepFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the digests below a folder: patterns, symbolic links, and paths that cannot be read. */
class DigestFilesTest {

    @TempDir
    Path temp;

    private final DigestFiles markdown = new DigestFiles(List.of("**/*.md"), List.of());

    private Path digests() throws IOException {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        Files.writeString(Files.createDirectories(digests.resolve("2024")).resolve("b.md"), "b");
        Files.writeString(digests.resolve("a.md"), "a");
        Files.writeString(digests.resolve("notes.txt"), "not a digest");
        return digests;
    }

    private static List<Path> paths(String... paths) {
        return Arrays.stream(paths).map(Path::of).toList();
    }

    @Test
    void findsTheMatchingRegularFilesSortedAndRelative() throws IOException {
        Path digests = digests();

        DigestFiles.Listing listing = markdown.find(digests);

        assertThat(listing.files()).isEqualTo(paths("2024/b.md", "a.md"));
        assertThat(listing.problems()).isEmpty();
    }

    @Test
    void aLinkOutsideTheDirectoryIsAProblemAndNotRead() throws IOException {
        Path digests = digests();
        Path secret = Files.writeString(temp.resolve("secret.md"), "root:x:0:0");
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("c.md"), "c");
        Files.createSymbolicLink(digests.resolve("passwd.md"), secret);
        Files.createSymbolicLink(digests.resolve("shared"), Path.of("../elsewhere"));

        DigestFiles.Listing listing = markdown.find(digests);

        assertThat(listing.files()).isEqualTo(paths("2024/b.md", "a.md"));
        assertThat(listing.problems()).containsExactly(
                new PathProblem(Path.of("passwd.md"), Kind.LINK_OUTSIDE, secret.toRealPath().toString()),
                new PathProblem(Path.of("shared"), Kind.LINK_OUTSIDE, elsewhere.toRealPath().toString()));
    }

    /** Only links that would be read matter: a link outside named like no digest is no problem. */
    @Test
    void aLinkOutsideThatNamesNoDigestIsLeftAlone() throws IOException {
        Path digests = digests();
        Files.createSymbolicLink(digests.resolve("hosts.txt"), Files.writeString(temp.resolve("hosts"), "x"));

        assertThat(markdown.find(digests).problems()).isEmpty();
    }

    @Test
    void linksInsideTheDirectoryAreFollowed() throws IOException {
        Path digests = digests();
        Files.createSymbolicLink(digests.resolve("latest.md"), Path.of("2024/b.md"));
        Files.createSymbolicLink(digests.resolve("current"), Path.of("2024"));

        DigestFiles.Listing listing = markdown.find(digests);

        assertThat(listing.files()).isEqualTo(paths("2024/b.md", "a.md", "current/b.md", "latest.md"));
        assertThat(listing.problems()).isEmpty();
    }

    @Test
    void aDigestDirectoryGivenThroughALinkIsWalkedWhereItLeads() throws IOException {
        Path digests = digests();
        Path link = Files.createSymbolicLink(temp.resolve("link"), digests);
        Files.createSymbolicLink(digests.resolve("latest.md"), digests.resolve("a.md"));

        DigestFiles.Listing listing = markdown.find(link);

        assertThat(listing.files()).isEqualTo(paths("2024/b.md", "a.md", "latest.md"));
        assertThat(listing.problems()).isEmpty();
    }

    @Test
    void aLinkToAFolderAboveItIsOneLoopAndTheRestIsFound() throws IOException {
        Path digests = digests();
        Files.createSymbolicLink(digests.resolve("2024/up"), Path.of(".."));
        Files.createSymbolicLink(digests.resolve("2024/self"), Path.of("."));

        DigestFiles.Listing listing = markdown.find(digests);

        assertThat(listing.files()).isEqualTo(paths("2024/b.md", "a.md"));
        assertThat(listing.problems()).containsExactly(
                new PathProblem(Path.of("2024/self"), Kind.LINK_LOOP, digests.toRealPath().resolve("2024").toString()),
                new PathProblem(Path.of("2024/up"), Kind.LINK_LOOP, digests.toRealPath().toString()));
    }

    /**
     * a/to-b leads to b, whose to-a leads back to a: a loop through two links, found on the
     * second, which leads to the folder holding the first. Walked through either link it is the
     * same loop: one problem, at the first path it is met at.
     */
    @Test
    void aLoopThroughTwoLinksIsOneProblemOnTheLinkThatClosesIt() throws IOException {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        Files.writeString(Files.createDirectories(digests.resolve("a")).resolve("x.md"), "x");
        Files.writeString(Files.createDirectories(digests.resolve("b")).resolve("y.md"), "y");
        Files.createSymbolicLink(digests.resolve("a/to-b"), Path.of("../b"));
        Files.createSymbolicLink(digests.resolve("b/to-a"), Path.of("../a"));

        DigestFiles.Listing listing = markdown.find(digests);

        assertThat(listing.files()).isEqualTo(paths("a/to-b/y.md", "a/x.md", "b/to-a/x.md", "b/y.md"));
        assertThat(listing.problems()).containsExactly(
                new PathProblem(Path.of("a/to-b/to-a"), Kind.LINK_LOOP, digests.toRealPath().resolve("a").toString()));
    }

    /** Links to files that lead round to themselves: one problem per loop, naming its links, at its first link. */
    @Test
    void aLoopOfFileLinksIsOneProblemNamingTheLoop() throws IOException {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        Files.writeString(digests.resolve("real.md"), "x");
        Files.createSymbolicLink(digests.resolve("b.md"), Path.of("sub/c.md"));
        Files.createSymbolicLink(Files.createDirectories(digests.resolve("sub")).resolve("c.md"), Path.of("../b.md"));
        Files.createSymbolicLink(digests.resolve("a.md"), Path.of("b.md"));
        Files.createSymbolicLink(digests.resolve("self.md"), Path.of("self.md"));

        DigestFiles.Listing listing = markdown.find(digests);

        assertThat(listing.files()).isEqualTo(paths("real.md"));
        assertThat(listing.problems()).containsExactly(
                new PathProblem(Path.of("a.md"), Kind.LINK_CYCLE, "b.md -> sub/c.md -> b.md"),
                new PathProblem(Path.of("self.md"), Kind.LINK_CYCLE, "self.md -> self.md"));
    }

    @Test
    void aDigestDirectoryThatIsALoopOfLinksSaysSo() throws IOException {
        Path loop = temp.resolve("loop");
        Files.createSymbolicLink(loop, Path.of("other"));
        Files.createSymbolicLink(temp.resolve("other"), Path.of("loop"));

        assertThatThrownBy(() -> markdown.find(loop)).hasMessageContaining("a loop of symbolic links, "
                + loop.toAbsolutePath() + " -> " + temp.resolve("other").toAbsolutePath() + " -> " + loop.toAbsolutePath());
    }

    @Test
    void aFolderIsReadThroughTheFirstLinkToItOnly() throws IOException {
        Path digests = levelsLinkedTwice(3);

        DigestFiles.Listing listing = markdown.find(digests);

        assertThat(listing.files()).isEqualTo(paths("L0/a/a/x.md", "L0/a/x.md", "L0/x.md", "L1/x.md", "L2/x.md"));
        assertThat(listing.problems()).containsExactly(
                new PathProblem(Path.of("L0/a/b"), Kind.LINK_REPEATED, "L0/a/a"),
                new PathProblem(Path.of("L0/b"), Kind.LINK_REPEATED, "L0/a"),
                new PathProblem(Path.of("L1/a"), Kind.LINK_REPEATED, "L0/a/a"),
                new PathProblem(Path.of("L1/b"), Kind.LINK_REPEATED, "L0/a/a"));
    }

    /** Read through every link, these folders would be walked about a billion times. */
    @Test
    void linksToEachOthersFoldersDoNotMultiplyTheWalk() throws IOException {
        int levels = 30;
        Path digests = levelsLinkedTwice(levels);

        DigestFiles.Listing listing = markdown.find(digests);

        assertThat(listing.files()).hasSize(2 * levels - 1);
        assertThat(listing.problems()).hasSize(3 * levels - 5).extracting(PathProblem::kind)
                .containsOnly(Kind.LINK_REPEATED);
    }

    /** Folders L0 to L(n-1), each with x.md and, but the last, links a and b to the next. */
    private Path levelsLinkedTwice(int levels) throws IOException {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        for (int i = 0; i < levels; i++) {
            Path level = Files.createDirectories(digests.resolve("L" + i));
            Files.writeString(level.resolve("x.md"), "x");
            if (i + 1 < levels) {
                Files.createSymbolicLink(level.resolve("a"), Path.of("../L" + (i + 1)));
                Files.createSymbolicLink(level.resolve("b"), Path.of("../L" + (i + 1)));
            }
        }
        return digests;
    }

    @Test
    void brokenLinksNamedLikeDigestsAreProblems() throws IOException {
        Path digests = digests();
        Files.createSymbolicLink(digests.resolve("gone.md"), Path.of("no-such.md"));
        Files.createSymbolicLink(digests.resolve("ping.md"), Path.of("pong.md"));
        Files.createSymbolicLink(digests.resolve("pong.md"), Path.of("ping.md"));
        Files.createSymbolicLink(digests.resolve("old-notes"), Path.of("no-such-folder"));

        DigestFiles.Listing listing = markdown.find(digests);

        assertThat(listing.files()).isEqualTo(paths("2024/b.md", "a.md"));
        assertThat(listing.problems()).containsExactly(
                new PathProblem(Path.of("gone.md"), Kind.BROKEN_LINK, "its target no-such.md does not exist"),
                new PathProblem(Path.of("ping.md"), Kind.LINK_CYCLE, "ping.md -> pong.md -> ping.md"));
    }

    @Test
    void aFifoNamedLikeADigestIsNotOpened() throws Exception {
        Path digests = digests();
        Process mkfifo = new ProcessBuilder("mkfifo", digests.resolve("pipe.md").toString()).start();
        assertThat(mkfifo.waitFor()).as("mkfifo").isZero();

        DigestFiles.Listing listing = markdown.find(digests);

        assertThat(listing.files()).isEqualTo(paths("2024/b.md", "a.md"));
        assertThat(listing.problems()).containsExactly(
                new PathProblem(Path.of("pipe.md"), Kind.UNREADABLE, "not a regular file"));
    }

    /** Made by a path too long to name, which stops root too; see {@link TooDeepFolder}. */
    @Test
    void aFolderThatCannotBeReadIsAProblemAndTheRestIsFound() throws IOException {
        Path digests = digests();
        try (TooDeepFolder deep = TooDeepFolder.below(digests, "deep")) {
            DigestFiles.Listing listing = markdown.find(digests);

            assertThat(listing.files()).isEqualTo(paths("2024/b.md", "a.md"));
            assertThat(listing.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.path()).isEqualTo(digests.relativize(deep.path()));
                assertThat(problem.kind()).isEqualTo(Kind.UNREADABLE);
                assertThat(problem.detail()).startsWith("FileSystemException");
            });
        }
    }

    /**
     * A folder without read permission: a problem for a user, while root reads it all the same.
     * Both ways the outcome is asserted; the test above makes an unreadable folder for root.
     */
    @Test
    void aFolderWithoutPermissionIsAProblemUnlessRunAsRoot() throws IOException {
        Path digests = digests();
        Path locked = Files.createDirectories(digests.resolve("locked"));
        Files.writeString(locked.resolve("c.md"), "c");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            boolean root = Files.isReadable(locked);

            DigestFiles.Listing listing = markdown.find(digests);

            if (root) {
                assertThat(listing.files()).isEqualTo(paths("2024/b.md", "a.md", "locked/c.md"));
                assertThat(listing.problems()).isEmpty();
            } else {
                assertThat(listing.files()).isEqualTo(paths("2024/b.md", "a.md"));
                assertThat(listing.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.path()).isEqualTo(Path.of("locked"));
                    assertThat(problem.kind()).isEqualTo(Kind.UNREADABLE_FOLDER);
                    assertThat(problem.detail()).startsWith("AccessDeniedException");
                });
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** An excluded folder is not walked: its loop and its unreadable folder are never seen. */
    @Test
    void excludedFoldersAreNotDescendedInto() throws IOException {
        Path digests = digests();
        Path drafts = Files.createDirectories(digests.resolve("drafts"));
        Files.writeString(drafts.resolve("d.md"), "d");
        Files.createSymbolicLink(drafts.resolve("up"), Path.of(".."));
        try (TooDeepFolder deep = TooDeepFolder.below(drafts, "deep")) {
            DigestFiles.Listing listing = new DigestFiles(List.of("**/*.md"), List.of("drafts/**")).find(digests);

            assertThat(listing.files()).isEqualTo(paths("2024/b.md", "a.md"));
            assertThat(listing.problems()).isEmpty();
        }
    }

    @Test
    void onlyExcludesEndingInAllBelowAFolderLeaveTheFolderOut() {
        DigestFiles files = new DigestFiles(List.of("**/*.md"),
                List.of("drafts/**", "**/old/", "a/*/tmp/**", "**/*.draft.md", "notes/?"));

        assertThat(files.excludesFolder(Path.of("drafts"))).isTrue();
        assertThat(files.excludesFolder(Path.of("x/y/old"))).isTrue();
        assertThat(files.excludesFolder(Path.of("a/b/tmp"))).isTrue();
        assertThat(files.excludesFolder(Path.of("a/b/c/tmp"))).isFalse();
        assertThat(files.excludesFolder(Path.of("drafts2"))).isFalse();
        assertThat(files.excludesFolder(Path.of("notes"))).isFalse();
        // Each folder left out holds only excluded paths.
        assertThat(files.matches(Path.of("drafts/x/y.md"))).isFalse();
        assertThat(files.matches(Path.of("x/y/old/z.md"))).isFalse();
        assertThat(files.matches(Path.of("a/b/tmp/z.md"))).isFalse();
    }

    @Test
    void aMissingDirectoryIsAnError() {
        assertThatThrownBy(() -> markdown.find(temp.resolve("missing"))).isInstanceOf(NoSuchFileException.class);
    }
}
