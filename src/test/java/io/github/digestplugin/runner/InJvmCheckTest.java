package io.github.digestplugin.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.DigestChecker;
import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.check.output.CheckSummary;
import io.github.digestplugin.check.output.FindingSelection;
import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.parse.DigestFiles;
import io.github.digestplugin.parse.ParserOptions;
import io.github.digestplugin.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check in this JVM behind the runner interface: the same findings and totals as the checker. */
class InJvmCheckTest {

    @TempDir
    Path temp;

    @Test
    void handsBackTheLoggedFindingsAndTheTotalsAndWritesTheResultFiles() throws Exception {
        Path digests = Fixtures.samples();
        List<Path> files = new DigestFiles(List.of("**/*.md"), List.of()).find(digests).files();
        RuleConfiguration rules = RuleConfiguration.of(Rules.all(), Map.of("cell-pipe", "warning"));
        CheckRunner runner = new InJvmCheck();

        CheckOutcome outcome = runner.run(new CheckRequest(digests, files, List.of(), ParserOptions.defaults(),
                CheckRequest.severitiesOf(rules), List.of(), Optional.empty(), temp.resolve("results"), temp, "1.0",
                new FindingSelection(FindingSelection.LogFindings.ALL, Optional.of(Severity.ERROR),
                        Set.of(Severity.ERROR, Severity.WARNING), false)));
        outcome.resultFiles().await();

        CheckResult expected = new DigestChecker(ParserOptions.defaults(), rules).check(digests, files);
        assertThat(outcome.summary().shown()).extracting(CheckSummary.Shown::finding).isNotEmpty().isEqualTo(expected.findings().stream()
                .filter(f -> f.severity() != Severity.INFO).toList());
        assertThat(outcome.totals().counts()).isEqualTo(expected.totals().counts());
        assertThat(outcome.totals().count(Severity.INFO)).isPositive();
        assertThat(temp.resolve("results/digest-check.sarif")).isRegularFile();
        assertThat(temp.resolve("results/checkstyle-result.xml")).isRegularFile();
    }

    @Test
    void aResultsFolderThatCannotBeMadeIsOneMessageNamingIt() throws IOException {
        Path blocked = Files.writeString(temp.resolve("file"), "not a folder");
        CheckRequest request = new CheckRequest(Fixtures.samples(), List.of(), List.of(), ParserOptions.defaults(),
                CheckRequest.severitiesOf(Rules.defaults()), List.of(), Optional.empty(), blocked.resolve("results"), temp,
                "1.0", new FindingSelection(FindingSelection.LogFindings.NONE, Optional.empty(), Set.of(), false));

        assertThatThrownBy(() -> new InJvmCheck().run(request).resultFiles().await())
                .isInstanceOf(CheckRunException.class)
                .hasMessageStartingWith("Cannot write the check results to " + blocked.resolve("results"));
    }
}
