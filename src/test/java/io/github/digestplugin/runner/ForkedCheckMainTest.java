package io.github.digestplugin.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.CheckTotals;
import io.github.digestplugin.check.DigestChecker;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.parse.DigestFiles;
import io.github.digestplugin.parse.ParserOptions;
import io.github.digestplugin.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forked check's entry point, run in this JVM: what it prints is what the checker finds. */
class ForkedCheckMainTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsTheLoggedFindingsAndTheTotalsAndWritesTheResultFiles() throws IOException {
        Path digests = Fixtures.samples();
        List<Path> files = new DigestFiles(List.of("**/*.md"), List.of()).find(digests).files();
        RuleConfiguration rules = RuleConfiguration.of(
                Rules.all(), Map.of("cell-pipe", "warning", "raw-html", "off"));
        Path requestFile = temp.resolve("request.properties");
        new CheckRequest(digests, files, List.of(), ParserOptions.defaults(), CheckRequest.severitiesOf(rules),
                temp.resolve("results"), temp, "1.0", Set.of(Severity.ERROR, Severity.WARNING)).store(requestFile);

        int status = ForkedCheckMain.run(new String[] {requestFile.toString()}, out, new PrintStream(err));

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        FindingLines.Reader reader = new FindingLines.Reader();
        out.toString(StandardCharsets.UTF_8).lines().forEach(reader::read);
        CheckResult expected = new DigestChecker(ParserOptions.defaults(), rules).check(digests, files);
        assertThat(reader.findings()).isNotEmpty().isEqualTo(expected.findings().stream()
                .filter(f -> f.severity() != Severity.INFO).toList());
        CheckTotals printed = reader.totals().orElseThrow();
        assertThat(printed.counts()).isEqualTo(expected.totals().counts());
        assertThat(printed.count(Severity.INFO)).isPositive();
        assertThat(printed.files()).isEqualTo(expected.files());
        assertThat(printed.entries()).isEqualTo(expected.entries());
        assertThat(printed.bytes()).isEqualTo(expected.bytes());
        assertThat(temp.resolve("results/digest-check.sarif")).isRegularFile();
        assertThat(temp.resolve("results/checkstyle-result.xml")).isRegularFile();
    }

    /** The paths the walk did not read travel in the request and come back as the same findings. */
    @Test
    void pathProblemsAreTheSameFindingsAsInThisJvm() throws IOException {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        Files.copy(Fixtures.sample("2024-02-05T0907_rss-urls.md"), digests.resolve("a.md"));
        Files.createSymbolicLink(digests.resolve("passwd.md"), Files.writeString(temp.resolve("passwd"), "root:x:0:0"));
        Files.createSymbolicLink(Files.createDirectories(digests.resolve("d")).resolve("up"), Path.of(".."));
        Files.createSymbolicLink(digests.resolve("gone.md"), Path.of("missing.md"));
        Files.writeString(digests.resolve("README.md"), "# Notes\n\nNot a digest.\n");
        DigestFiles.Listing listing = new DigestFiles(List.of("**/*.md"), List.of()).find(digests);
        RuleConfiguration rules = RuleConfiguration.of(Rules.all(), Map.of("symlink-loop", "info"));
        Path requestFile = temp.resolve("request.properties");
        new CheckRequest(digests, listing.files(), listing.problems(), ParserOptions.defaults(),
                CheckRequest.severitiesOf(rules), temp.resolve("results"), temp, "1.0", Set.of(Severity.values()))
                .store(requestFile);

        int status = ForkedCheckMain.run(new String[] {requestFile.toString()}, out, new PrintStream(err));

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        FindingLines.Reader reader = new FindingLines.Reader();
        out.toString(StandardCharsets.UTF_8).lines().forEach(reader::read);
        CheckResult expected = new DigestChecker(ParserOptions.defaults(), rules)
                .check(digests, listing.files(), listing.problems(), digest -> {});
        assertThat(reader.findings()).isEqualTo(expected.findings());
        assertThat(reader.findings()).extracting(Finding::ruleId)
                .contains("symlink-outside", "symlink-loop", "unreadable-file");
        assertThat(reader.totals().orElseThrow().counts()).isEqualTo(expected.totals().counts());
        assertThat(reader.notDigests()).containsExactly(Path.of("README.md")).isEqualTo(expected.notDigests());
    }

    @Test
    void aRequestThatCannotBeReadFailsWithOneLineOnStandardError() {
        int status = ForkedCheckMain.run(new String[] {temp.resolve("missing.properties").toString()}, out,
                new PrintStream(err));

        assertThat(status).isEqualTo(ForkedCheckMain.FAILED);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.properties").hasLineCount(1);
    }
}
