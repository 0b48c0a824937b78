package io.github.digestplugin.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.check.Severity;
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
                Path.of("/out/digest"), Path.of("/base"), "1.0", Set.of(Severity.ERROR, Severity.WARNING));
        Path file = temp.resolve("request.properties");

        stored.store(file);
        CheckRequest loaded = CheckRequest.load(file);

        assertThat(loaded).isEqualTo(stored);
        assertThat(loaded.pathProblems()).hasSize(2);
        assertThat(loaded.rules().severityOf("cell-pipe")).contains(Severity.WARNING);
        assertThat(loaded.rules().severityOf("url-canonical")).isEmpty();
        assertThat(loaded.rules().rules()).hasSize(Rules.all().size() - 1);
        assertThat(loaded.logged()).containsExactlyInAnyOrder(Severity.ERROR, Severity.WARNING);
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
