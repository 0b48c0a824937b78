package io.github.digestplugin.check.rules;

import static io.github.digestplugin.check.rules.RuleTester.VALID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.DigestChecker;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.PathRule;
import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.check.RuleMessage;
import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.SourcePosition;
import io.github.digestplugin.parse.DigestFiles;
import io.github.digestplugin.parse.ParserOptions;
import io.github.digestplugin.parse.PathProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker turns what the file walk did not read into findings of the path rules. */
class PathRulesTest {

    private static final String SECRET = "root:x:0:0:secret-line-of-the-file-outside";

    @TempDir
    Path temp;

    private Path digests;
    private Path secret;

    @BeforeEach
    void digestsWithBadPaths() throws IOException {
        digests = Files.createDirectories(temp.resolve("digests"));
        Files.writeString(digests.resolve("a.md"), VALID);
        secret = Files.writeString(temp.resolve("passwd"), SECRET + "\n| bin | x | 1 |\n# 摘要\n");
        Files.createSymbolicLink(digests.resolve("passwd.md"), secret);
        Files.createSymbolicLink(Files.createDirectories(digests.resolve("d")).resolve("up"), Path.of(".."));
        Files.createSymbolicLink(digests.resolve("gone.md"), Path.of("missing.md"));
    }

    private CheckResult check(RuleConfiguration rules) throws IOException {
        DigestFiles.Listing listing = new DigestFiles(List.of("**/*.md"), List.of()).find(digests);
        return new DigestChecker(ParserOptions.defaults(), rules)
                .check(digests, listing.files(), listing.problems(), digest -> {});
    }

    @Test
    void eachBadPathIsOneFindingAtItsFirstLine() throws IOException {
        CheckResult result = check(Rules.defaults());

        assertThat(result.files()).isEqualTo(1);
        assertThat(result.findings()).extracting(f -> f.path().toString(), Finding::ruleId, Finding::severity)
                .containsExactly(
                        tuple("d/up", "symlink-loop", Severity.WARNING),
                        tuple("gone.md", "unreadable-file", Severity.ERROR),
                        tuple("passwd.md", "symlink-outside", Severity.WARNING));
        assertThat(result.findings()).extracting(Finding::position).containsOnly(SourcePosition.lineStart(1));
        assertThat(result.findings()).extracting(Finding::message).containsExactly(
                "Symbolic link to " + digests.toRealPath() + ", a folder that holds the link: a loop, not followed",
                "Symbolic link cannot be followed: its target missing.md does not exist",
                "Symbolic link to " + secret.toRealPath() + ", outside the digest directory: not read");
        assertThat(result.findings()).noneSatisfy(f -> assertThat(f.message()).contains("secret-line"));
    }

    @Test
    void theConfiguredSeveritiesApplyAndRulesSetOffReportNothing() throws IOException {
        CheckResult result = check(RuleConfiguration.of(Rules.all(),
                Map.of("symlink-outside", "off", "symlink-loop", "error", "unreadable-file", "off")));

        assertThat(result.findings()).extracting(f -> f.path().toString(), Finding::ruleId, Finding::severity)
                .containsExactly(tuple("d/up", "symlink-loop", Severity.ERROR));
    }

    @Test
    void eachKindOfProblemBelongsToOneRule() {
        Map<PathProblem.Kind, String> owners = Map.of(
                PathProblem.Kind.LINK_OUTSIDE, SymlinkOutsideRule.ID,
                PathProblem.Kind.LINK_LOOP, SymlinkLoopRule.ID,
                PathProblem.Kind.LINK_REPEATED, SymlinkLoopRule.ID,
                PathProblem.Kind.LINK_CYCLE, SymlinkLoopRule.ID,
                PathProblem.Kind.BROKEN_LINK, UnreadableFileRule.ID,
                PathProblem.Kind.UNREADABLE_FOLDER, UnreadableFileRule.ID,
                PathProblem.Kind.UNREADABLE, UnreadableFileRule.ID,
                PathProblem.Kind.READ_FAILED, UnreadableFileRule.ID);
        for (PathProblem.Kind kind : PathProblem.Kind.values()) {
            PathProblem problem = new PathProblem(Path.of("x.md"), kind, "why");
            List<String> reporting = Rules.all().stream()
                    .filter(PathRule.class::isInstance)
                    .map(PathRule.class::cast)
                    .filter(rule -> rule.message(problem).isPresent())
                    .map(PathRule::id)
                    .toList();
            assertThat(reporting).as(kind.name()).containsExactly(owners.get(kind));
        }
        assertThat(new UnreadableFileRule().message(
                new PathProblem(Path.of("d"), PathProblem.Kind.UNREADABLE_FOLDER, "AccessDeniedException (d)")))
                .map(RuleMessage::english).contains("Folder cannot be read, the digests in it are not checked: AccessDeniedException (d)");
    }
}
