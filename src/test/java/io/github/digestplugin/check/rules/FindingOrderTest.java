package io.github.digestplugin.check.rules;

import static io.github.digestplugin.check.rules.RuleTester.VALID;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.DigestChecker;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.parse.ParserOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker's findings come in one order: path, then position, rule id and message. */
class FindingOrderTest {

    @TempDir
    Path directory;

    @Test
    void findingsOfAllFilesAndRulesAreInPathAndPositionOrder() throws IOException {
        // Non-canonical urls on several lines of each file, a cross-digest title conflict added to
        // b.md after all files are read, an empty field, and files listed out of order.
        String http = VALID.replace("https://arxiv.org", "http://arxiv.org");
        write("sub/c.md", http.replace("第一篇总结", ""));
        write("b.md", http.replace("Second Paper: A Study", "Second Paper: Another Study"));
        write("a.md", http);
        write("a b.md", VALID.replace("| 第二篇总结 |", "| 第二篇 | 总结 |"));
        List<Path> files = List.of(Path.of("sub/c.md"), Path.of("b.md"), Path.of("a b.md"), Path.of("a.md"));

        CheckResult result = new DigestChecker(ParserOptions.defaults(), Rules.defaults())
                .check(directory, files);

        List<Finding> findings = result.findings();
        assertThat(findings).extracting(Finding::ruleId)
                .contains("url-canonical", "title-conflict", "empty-field", "cell-pipe");
        assertThat(findings).extracting(f -> f.path().toString()).containsSubsequence("a b.md", "a.md", "b.md", "sub/c.md");
        // Sorted as a plain comparator chain sorts them: the hand-written order must agree with it.
        List<Finding> expected = new ArrayList<>(findings);
        expected.sort(Comparator.comparing((Finding f) -> f.path().toString())
                .thenComparing(Finding::position)
                .thenComparing(Finding::ruleId)
                .thenComparing(Finding::message));
        assertThat(findings).containsExactlyElementsOf(expected);
        assertThat(findings.stream().filter(f -> f.ruleId().equals("title-conflict")))
                .singleElement().satisfies(f -> assertThat(f.path()).isEqualTo(Path.of("b.md")));
    }

    private void write(String name, String text) throws IOException {
        Path file = directory.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
