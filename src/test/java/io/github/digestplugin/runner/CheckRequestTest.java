package io.github.digestplugin.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.check.output.FindingSelection;
import io.github.digestplugin.parse.ParserOptions;
import io.github.digestplugin.parse.PathProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckRequestTest {

    @TempDir
    Path temp;

    @Test
    void aRequestReadsBackAsItWasStored() throws IOException {
        RuleConfiguration rules = RuleConfiguration.of(Rules.all(),
                Map.of("cell-pipe", "warning", "url-canonical", "off"));
        CheckRequest stored = new CheckRequest(Path.of("/digests dir/cs.CL"),
                List.of(Path.of("2024-03-29 a.md"), Path.of("sub", "b=c.txt")),
                List.of(new PathProblem(Path.of("passwd.md"), PathProblem.Kind.LINK_OUTSIDE, "/etc/passwd"),
                        new PathProblem(Path.of("d", "up"), PathProblem.Kind.LINK_LOOP, "/digests dir/cs.CL = 1\t")),
                new ParserOptions("Summary: 摘要", "详细 #", Optional.of("cs.CL")), CheckRequest.severitiesOf(rules),
                List.of("drafts/**=raw-html,cell-pipe", "a b/*.md=encoding"),
                Optional.of(Path.of("/base/digest-baseline.json")), Path.of("/out/digest"), Path.of("/base"), "1.0",
                new FindingSelection(FindingSelection.LogFindings.ALL, Optional.of(Severity.WARNING),
                        Set.of(Severity.ERROR, Severity.WARNING), true));
        Path file = temp.resolve("request.properties");

        stored.store(file);
        CheckRequest loaded = CheckRequest.load(file);

        assertThat(loaded).isEqualTo(stored);
        assertThat(loaded.pathProblems()).hasSize(2);
        assertThat(loaded.rules().severityOf("cell-pipe")).contains(Severity.WARNING);
        assertThat(loaded.rules().severityOf("url-canonical")).isEmpty();
        assertThat(loaded.rules().rules()).hasSize(Rules.all().size() - 1);
        assertThat(loaded.selection().logged()).containsExactlyInAnyOrder(Severity.ERROR, Severity.WARNING);
        assertThat(loaded.pathSuppressions().entries())
                .containsExactly("drafts/**=cell-pipe,raw-html", "a b/*.md=encoding");
    }

    @Test
    void aRequestWithoutBaselineOrThresholdReadsBackWithout() throws IOException {
        CheckRequest stored = new CheckRequest(Path.of("/d"), List.of(Path.of("a.md")), List.of(),
                ParserOptions.defaults(), CheckRequest.severitiesOf(Rules.defaults()), List.of(),
                Optional.empty(), Path.of("/out"), Path.of("/base"), "1.0",
                new FindingSelection(FindingSelection.LogFindings.NONE, Optional.empty(), Set.of(), false));
        Path file = temp.resolve("request.properties");

        stored.store(file);

        assertThat(CheckRequest.load(file)).isEqualTo(stored);
    }

    @Test
    void anUnknownKindOfPathProblemIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("request.properties"),
                "problem.0.path=a.md\nproblem.0.kind=NO_SUCH_KIND\nproblem.0.detail=x\n");

        assertThatThrownBy(() -> CheckRequest.load(file))
                .hasMessage("The check request names an unknown path problem: NO_SUCH_KIND");
    }

    @Test
    void anIncompleteRequestIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("request.properties"), "summaryHeading=x\n");

        assertThatThrownBy(() -> CheckRequest.load(file)).hasMessageStartingWith("The check request names no ");
    }
}
