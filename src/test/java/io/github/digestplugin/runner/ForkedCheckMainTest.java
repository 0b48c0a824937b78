package io.github.digestplugin.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.CheckTotals;
import io.github.digestplugin.check.DigestChecker;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.PathSuppressions;
import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.check.output.BaselineFile;
import io.github.digestplugin.check.output.CheckSummary;
import io.github.digestplugin.check.output.CheckedFiles;
import io.github.digestplugin.check.output.FindingSelection;
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
import java.util.Optional;
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
                List.of(), Optional.empty(), temp.resolve("results"), temp, "1.0", all(Severity.ERROR, Severity.WARNING))
                .store(requestFile);

        int status = ForkedCheckMain.run(new String[] {requestFile.toString()}, out, new PrintStream(err));

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        FindingLines.Reader reader = new FindingLines.Reader();
        out.toString(StandardCharsets.UTF_8).lines().forEach(reader::read);
        CheckResult expected = new DigestChecker(ParserOptions.defaults(), rules).check(digests, files);
        assertThat(shown(reader)).isNotEmpty().isEqualTo(expected.findings().stream()
                .filter(f -> f.severity() != Severity.INFO).toList());
        CheckTotals printed = reader.summary().orElseThrow().totals();
        assertThat(printed.counts()).isEqualTo(expected.totals().counts());
        assertThat(printed.count(Severity.INFO)).isPositive();
        assertThat(printed.files()).isEqualTo(expected.files());
        assertThat(printed.entries()).isEqualTo(expected.entries());
        assertThat(printed.bytes()).isEqualTo(expected.bytes());
        assertThat(temp.resolve("results/digest-check.sarif")).isRegularFile();
        assertThat(temp.resolve("results/checkstyle-result.xml")).isRegularFile();
        assertThat(temp.resolve("results/gl-code-quality-report.json")).isRegularFile();
    }

    /** Path suppressions and the baseline travel in the request: the fork's outcome is this JVM's. */
    @Test
    void suppressionsAndTheBaselineAreAppliedInTheFork() throws IOException {
        Path digests = Fixtures.samples();
        List<Path> files = new DigestFiles(List.of("**/*.md"), List.of()).find(digests).files();
        RuleConfiguration rules = Rules.defaults();
        CheckResult all = new DigestChecker(ParserOptions.defaults(), rules).check(digests, files);
        Finding first = all.findings().get(0);
        String suppression = first.path().toString().replace('\\', '/') + "=" + first.ruleId();
        PathSuppressions suppressions = PathSuppressions.parse(List.of(suppression),
                Set.copyOf(CheckRequest.severitiesOf(rules).keySet()));
        CheckResult inThisJvm = new DigestChecker(ParserOptions.defaults(), rules, suppressions).check(digests, files);
        // A baseline of every finding but those of one file: those fail, the others do not.
        Path other = inThisJvm.findings().get(inThisJvm.findings().size() - 1).path();
        CheckedFiles checked = new CheckedFiles(digests, files);
        Path baseline = temp.resolve("digest-baseline.json");
        BaselineFile.of(inThisJvm.findings().stream().filter(f -> !f.path().equals(other)).toList(),
                inThisJvm.entryKeys(), checked.pathsFrom(temp)).write(baseline);
        FindingSelection failing = new FindingSelection(FindingSelection.LogFindings.FAILING,
                Optional.of(Severity.INFO), Set.of(Severity.values()), false);
        Path requestFile = temp.resolve("request.properties");
        new CheckRequest(digests, files, List.of(), ParserOptions.defaults(), CheckRequest.severitiesOf(rules),
                List.of(suppression), Optional.of(baseline), temp.resolve("results"), temp, "1.0", failing)
                .store(requestFile);

        int status = ForkedCheckMain.run(new String[] {requestFile.toString()}, out, new PrintStream(err));

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        FindingLines.Reader reader = new FindingLines.Reader();
        out.toString(StandardCharsets.UTF_8).lines().forEach(reader::read);
        CheckSummary forked = reader.summary().orElseThrow();
        CheckSummary expected = CheckSummary.of(inThisJvm, Optional.of(BaselineFile.read(baseline)
                .compare(inThisJvm.findings(), inThisJvm.entryKeys(), checked.pathsFrom(temp))), failing);
        assertThat(forked.totals().suppressed()).isEqualTo(all.findings().size() - inThisJvm.findings().size())
                .isPositive();
        assertThat(forked.shown()).isEqualTo(expected.shown()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.finding().path()).isEqualTo(other));
        assertThat(forked.ruleCounts()).isEqualTo(expected.ruleCounts());
        assertThat(forked.baseline()).contains(new CheckSummary.BaselineStatus(
                inThisJvm.findings().size() - forked.shown().size(), 0));
    }

    private static FindingSelection all(Severity... logged) {
        return new FindingSelection(FindingSelection.LogFindings.ALL, Optional.of(Severity.ERROR), Set.of(logged),
                false);
    }

    private static List<Finding> shown(FindingLines.Reader reader) {
        return reader.summary().orElseThrow().shown().stream().map(CheckSummary.Shown::finding).toList();
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
                CheckRequest.severitiesOf(rules), List.of(), Optional.empty(), temp.resolve("results"), temp, "1.0",
                all(Severity.values())).store(requestFile);

        int status = ForkedCheckMain.run(new String[] {requestFile.toString()}, out, new PrintStream(err));

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        FindingLines.Reader reader = new FindingLines.Reader();
        out.toString(StandardCharsets.UTF_8).lines().forEach(reader::read);
        CheckResult expected = new DigestChecker(ParserOptions.defaults(), rules)
                .check(digests, listing.files(), listing.problems(), digest -> {});
        assertThat(shown(reader)).isEqualTo(expected.findings());
        assertThat(shown(reader)).extracting(Finding::ruleId)
                .contains("symlink-outside", "symlink-loop", "unreadable-file");
        assertThat(reader.summary().orElseThrow().totals().counts()).isEqualTo(expected.totals().counts());
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

    /** The reading file travels in the request: its findings name it in the log lines and every result file. */
    @Test
    void theReadingFileIsCheckedInTheForkAsInThisJvm() throws IOException {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        Files.copy(Fixtures.sample("2024-02-05T0907_rss-urls.md"), digests.resolve("a.md"));
        Path reading = Files.writeString(digests.resolve("reading.yaml"),
                "2501.00001: {status: read}\nnot-an-id: {status: read}\n\"2402.01622\": {status: finished}\n");
        List<Path> files = List.of(Path.of("a.md"));
        RuleConfiguration rules = Rules.defaults();
        Path requestFile = temp.resolve("request.properties");
        CheckRequest request = new CheckRequest(digests, files, List.of(), ParserOptions.defaults(),
                CheckRequest.severitiesOf(rules), List.of(), Optional.empty(), temp.resolve("results"), temp, "1.0",
                all(Severity.ERROR, Severity.WARNING, Severity.INFO), io.github.digestplugin.check.RuleMessages.ENGLISH, Optional.of(reading));
        request.store(requestFile);
        assertThat(CheckRequest.load(requestFile).readingFile()).contains(reading);

        int status = ForkedCheckMain.run(new String[] {requestFile.toString()}, out, new PrintStream(err));

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        FindingLines.Reader reader = new FindingLines.Reader();
        out.toString(StandardCharsets.UTF_8).lines().forEach(reader::read);
        List<Finding> onReading = shown(reader).stream().filter(f -> f.path().equals(Path.of("reading.yaml"))).toList();
        assertThat(onReading).extracting(Finding::ruleId).containsExactlyInAnyOrder(
                "reading-unknown-paper", "reading-key", "reading-status");
        List<Finding> inThisJvm = new DigestChecker(ParserOptions.defaults(), rules).check(digests, files, List.of(),
                InJvmCheck.reading(request), digest -> {}).findings().stream()
                .filter(f -> f.path().equals(Path.of("reading.yaml"))).toList();
        assertThat(onReading).isEqualTo(inThisJvm);
        String sarif = Files.readString(temp.resolve("results/digest-check.sarif"));
        assertThat(sarif).contains("digests/reading.yaml").contains("reading-status");
        assertThat(Files.readString(temp.resolve("results/checkstyle-result.xml")))
                .contains("<file name=\"digests/reading.yaml\">").contains("source=\"digest.reading-key\"");
        assertThat(Files.readString(temp.resolve("results/gl-code-quality-report.json")))
                .contains("digests/reading.yaml").contains("reading-unknown-paper");
    }
}
