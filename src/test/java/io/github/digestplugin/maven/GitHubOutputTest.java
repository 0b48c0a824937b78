package io.github.digestplugin.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.check.output.BaselineFile;
import io.github.digestplugin.check.output.CheckSummary;
import io.github.digestplugin.check.output.FindingSelection;
import io.github.digestplugin.model.SourcePosition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The workflow commands, the job summary and the log's table of counts. */
class GitHubOutputTest {

    private static final Function<Path, String> PATHS = path -> "src/digests/" + path;

    @Test
    void anAnnotationEscapesItsPropertiesAndMessage() {
        Finding finding = new Finding(Path.of("a,b:c%.md"), new SourcePosition(5, 86), Severity.ERROR, "cell-pipe",
                "Unescaped `|` at 100% :: line\r\nbreak, and a tab\t");

        assertThat(GitHubAnnotations.of(List.of(finding), PATHS)).containsExactly(
                "::error file=src/digests/a%2Cb%3Ac%25.md,line=5,col=86,title=cell-pipe::Unescaped `|` at 100%25 :: line"
                        + "\\u000d\\u000abreak, and a tab\\u0009");
        assertThat(GitHubAnnotations.data("a%\r\nb")).isEqualTo("a%25%0D%0Ab");
        assertThat(GitHubAnnotations.property("a%\r\n:,b")).isEqualTo("a%25%0D%0A%3A%2Cb");
    }

    @Test
    void atMostTenOfEachKindAreAnnotatedTheTenthSayingHowManyMore() {
        List<Finding> failing = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            failing.add(new Finding(Path.of("a.md"), SourcePosition.lineStart(i), Severity.ERROR, "encoding", "e" + i));
        }
        for (int i = 1; i <= 3; i++) {
            failing.add(new Finding(Path.of("b.md"), SourcePosition.lineStart(i), Severity.WARNING, "raw-html", "w" + i));
        }

        List<String> lines = GitHubAnnotations.of(failing, PATHS);

        assertThat(lines).hasSize(13);
        assertThat(lines.stream().filter(l -> l.startsWith("::error file="))).hasSize(9);
        assertThat(lines).contains("::error title=digest%3Acheck::16 more error findings are not annotated (GitHub"
                + " shows 10 per step); see the log or the job summary");
        assertThat(lines.stream().filter(l -> l.startsWith("::warning file="))).hasSize(3);
        assertThat(GitHubAnnotations.of(failing.subList(0, 10), PATHS)).hasSize(10)
                .allMatch(l -> l.startsWith("::error file="));
    }

    @Test
    void theJobSummaryEscapesDigestTextAndListsTheFailingFindings() {
        Finding html = new Finding(Path.of("x.md"), new SourcePosition(3, 9), Severity.WARNING, "raw-html",
                "Raw HTML `<img src=x onerror=alert(1)>` in [link](javascript:x) | cell *bold*");
        Finding info = new Finding(Path.of("x.md"), new SourcePosition(4, 1), Severity.INFO, "url-canonical", "i");
        CheckSummary outcome = outcome(List.of(html, info), 1);

        String md = StepSummary.of(outcome, List.of(html), PATHS, "The check passes.");

        assertThat(md).startsWith("## Digest check\n\n1 digest, 2 entries\\: 0 errors, 1 warning, 1 info \\(0 ms\\)\n\n"
                        + "The check passes.\n\n")
                .contains("Baseline\\: 1 baselined finding remains \\(not failing\\), 0 fixed since")
                .contains("| Rule | Severity | Findings | In the baseline |\n| --- | --- | ---: | ---: |\n"
                        + "| raw-html | warning | 1 | 0 |\n| url-canonical | info | 1 | 1 |\n")
                .contains("- src/digests/x.md\\:3\\:9 warning \\[raw-html\\] Raw HTML \\`\\<img src=x"
                        + " onerror=alert\\(1\\)\\>\\` in \\[link\\]\\(javascript\\:x\\) \\| cell \\*bold\\*\n")
                .doesNotContainPattern("(?<!\\\\)[<\\[(]");
    }

    @Test
    void theCountTableHasARowPerRuleMostSevereFirst() {
        Finding error = new Finding(Path.of("x.md"), SourcePosition.lineStart(1), Severity.ERROR, "cell-pipe", "e");
        Finding info = new Finding(Path.of("x.md"), SourcePosition.lineStart(2), Severity.INFO, "url-canonical", "i");
        CheckSummary withoutBaseline = CheckSummary.of(result(List.of(info, info, error)), Optional.empty(),
                new FindingSelection(FindingSelection.LogFindings.FAILING, Optional.of(Severity.ERROR), Set.of(), false));

        assertThat(CheckLog.countTable(withoutBaseline)).containsExactly(
                "  Rule           Severity  Findings",
                "  cell-pipe      error            1",
                "  url-canonical  info             2");
        assertThat(CheckLog.countTable(outcome(List.of(error, info), 1))).containsExactly(
                "  Rule           Severity  Findings  In baseline",
                "  cell-pipe      error            1            0",
                "  url-canonical  info             1            1");
        assertThat(CheckLog.countTable(CheckSummary.of(result(List.of()), Optional.empty(), withoutBaseline.shown()
                .isEmpty() ? new FindingSelection(FindingSelection.LogFindings.ALL, Optional.empty(), Set.of(), false)
                : null))).isEmpty();
    }

    /** An outcome whose baseline holds the last {@code baselined} findings. */
    private static CheckSummary outcome(List<Finding> findings, int baselined) {
        BitSet set = new BitSet();
        set.set(findings.size() - baselined, findings.size());
        return CheckSummary.of(result(findings), Optional.of(new BaselineFile.Comparison(set, baselined, 0)),
                new FindingSelection(FindingSelection.LogFindings.FAILING, Optional.of(Severity.WARNING),
                        Set.of(Severity.values()), true));
    }

    private static CheckResult result(List<Finding> findings) {
        return new CheckResult(findings, 1, 100, 2, Duration.ZERO);
    }
}
