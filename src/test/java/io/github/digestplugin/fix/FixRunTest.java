package io.github.digestplugin.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.parse.ParserOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixRunTest {

    private static final Path FIXTURES = Path.of("src/test/resources/digests/cs.CL");
    private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path folder;

    private final DigestFixer fixer = new DigestFixer(ParserOptions.defaults(), Rules.defaults());

    @Test
    void changedDigestsAreReplacedAndCleanOnesNotWritten() throws IOException {
        Path digests = Files.createDirectories(folder.resolve("digests"));
        Path rss = copy("2024-02-05T0907_rss-urls.md", digests);
        Path clean = copy("2026-08-21T0916_newest.md", digests);
        byte[] cleanBytes = Files.readAllBytes(clean);
        Files.setLastModifiedTime(clean, OLD);
        Files.setPosixFilePermissions(rss, PosixFilePermissions.fromString("rw-r-----"));

        FixRun.Result result = new FixRun(fixer, true).run(digests, List.of(rss.getFileName(), clean.getFileName()));

        assertThat(result.changed()).extracting(FixedDigest::path).containsExactly(rss.getFileName());
        assertThat(result.fixedPerRule()).containsExactlyEntriesOf(Map.of("url-canonical", 8));
        assertThat(Files.readString(rss, StandardCharsets.UTF_8)).doesNotContain("rss.arxiv.org");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(rss))).isEqualTo("rw-r-----");
        assertThat(Files.readAllBytes(clean)).isEqualTo(cleanBytes);
        assertThat(Files.getLastModifiedTime(clean)).isEqualTo(OLD);
        // Only the digests: the temporary file was renamed into place.
        try (var listed = Files.list(digests)) {
            assertThat(listed.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "2024-02-05T0907_rss-urls.md", "2026-08-21T0916_newest.md");
        }
    }

    @Test
    void aDryRunWritesNothingAndDiffsEveryChange() throws IOException {
        Path digests = Files.createDirectories(folder.resolve("digests"));
        Path rss = copy("2024-02-05T0907_rss-urls.md", digests);
        byte[] before = Files.readAllBytes(rss);
        Files.setLastModifiedTime(rss, OLD);

        FixRun.Result result = new FixRun(fixer, false).run(digests, List.of(rss.getFileName()));

        assertThat(Files.readAllBytes(rss)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(rss)).isEqualTo(OLD);
        assertThat(result.changed()).singleElement().satisfies(digest -> {
            assertThat(digest.diff())
                    .startsWith("--- a/2024-02-05T0907_rss-urls.md\n+++ b/2024-02-05T0907_rss-urls.md\n@@ ");
            assertThat(digest.diff().lines().filter(line -> line.startsWith("-") && line.contains("rss.arxiv.org")))
                    .hasSize(8);
            assertThat(digest.diff().lines().filter(line -> line.startsWith("+") && line.contains("https://arxiv.org")))
                    .hasSize(8);
        });
    }

    @Test
    void aLinkIsFixedThroughItsRealPathOnceAndStaysALink() throws IOException {
        Path digests = Files.createDirectories(folder.resolve("digests"));
        Path rss = copy("2024-02-05T0907_rss-urls.md", digests);
        Path link = Files.createSymbolicLink(digests.resolve("link.md"), rss.getFileName());

        FixRun.Result result = new FixRun(fixer, true).run(digests, List.of(rss.getFileName(), link.getFileName()));

        assertThat(result.digests()).extracting(FixedDigest::path).containsExactly(rss.getFileName());
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(rss, StandardCharsets.UTF_8)).doesNotContain("rss.arxiv.org");
    }

    @Test
    void aLinkOutOfTheDirectoryIsNeitherReadNorWritten() throws IOException {
        Path digests = Files.createDirectories(folder.resolve("digests"));
        Path outside = copy("2024-02-05T0907_rss-urls.md", Files.createDirectories(folder.resolve("outside")));
        byte[] before = Files.readAllBytes(outside);
        Path link = Files.createSymbolicLink(digests.resolve("link.md"), outside);

        FixRun.Result result = new FixRun(fixer, true).run(digests, List.of(link.getFileName()));

        assertThat(result.digests()).isEmpty();
        assertThat(result.problems()).singleElement().asString().startsWith("link.md leads outside ");
        assertThat(Files.readAllBytes(outside)).isEqualTo(before);
    }

    private static Path copy(String fixture, Path into) throws IOException {
        return Files.copy(FIXTURES.resolve(fixture), into.resolve(fixture));
    }
}
