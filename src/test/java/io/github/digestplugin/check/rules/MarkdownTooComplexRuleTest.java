package io.github.digestplugin.check.rules;

import static io.github.digestplugin.check.rules.RuleTester.VALID;
import static io.github.digestplugin.check.rules.RuleTester.at;
import static io.github.digestplugin.check.rules.RuleTester.check;
import static io.github.digestplugin.check.rules.RuleTester.replace;
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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownTooComplexRuleTest {

    /** The fuzz run's reproducers: each ended both goals with a StackOverflowError. */
    static final List<String> REPRODUCERS = List.of(
            "<!-- " + "x".repeat(2000),
            "[a](<" + "x".repeat(2000),
            "<a " + " b=\"c\"".repeat(600),
            "[a](b \"" + "x".repeat(2000));

    private final MarkdownTooComplexRule rule = new MarkdownTooComplexRule();

    @TempDir
    Path temp;

    @Test
    void reproducersInACellAndInAFieldAreReportedThere() {
        for (String bomb : REPRODUCERS) {
            String inCell = replace(VALID, "| 第一篇总结 |", "| 第一篇总结 " + bomb.replace("|", "\\|") + " |");
            String text = replace(inCell, "    第二篇摘要", "    第二篇摘要" + bomb);

            assertThat(check(rule, text)).as(bomb.substring(0, 8)).satisfiesExactly(
                    cell -> {
                        assertThat(cell.position()).isEqualTo(at(text, "第一篇总结 "));
                        assertThat(cell.message()).startsWith("The Markdown of cell 3 of row [^1] is not read: ")
                                .endsWith("; the report shows it as plain text");
                    },
                    field -> {
                        assertThat(field.position()).isEqualTo(at(text, "第二篇摘要" + bomb.substring(0, 3)));
                        assertThat(field.message()).startsWith(
                                "The Markdown of field 5 (abstract zh) of definition [^2] is not read: ");
                    });
        }
    }

    @Test
    void longTextIsReportedOnlyWhenItHoldsMarkup() {
        String plain = replace(VALID, "The second abstract.", "plain ".repeat(1000));
        String marked = replace(VALID, "The second abstract.", "[a](b) ".repeat(1000));

        assertThat(check(rule, plain)).isEmpty();
        assertThat(check(rule, marked)).singleElement().satisfies(found -> assertThat(found.message())
                .contains("field 6 (abstract en)", "it is 6999 characters long, more than the 4096"));
    }

    @Test
    void validDigestAndEverydayMarkupKeepTheRule() {
        String text = replace(VALID, "The second abstract.",
                "We show *gains* of p < 0.05 over [a baseline](https://arxiv.org/abs/2306.07207 \"title\"), "
                        + "<b>bold</b> and <!-- a comment -->.");

        assertThat(check(rule, VALID)).isEmpty();
        assertThat(check(rule, text)).isEmpty();
    }

    /** Both goals read digests through the checker: every reproducer anywhere gives findings, not an error. */
    @Test
    void checkerReportsEveryReproducerInEveryFieldWithoutThrowing() throws IOException {
        String text = VALID;
        for (String bomb : REPRODUCERS) {
            text = text.replace("第二篇总结", "第二篇总结" + bomb.replace("|", "\\|"))
                    .replace("Second Paper: A Study", "Second Paper: A Study" + bomb.replace("|", "\\|"));
        }
        Files.writeString(temp.resolve("digest.md"), text, StandardCharsets.UTF_8);

        CheckResult result = new DigestChecker(ParserOptions.defaults(), Rules.defaults())
                .check(temp, List.of(Path.of("digest.md")));

        assertThat(result.findings().stream().filter(f -> f.ruleId().equals("markdown-too-complex"))
                .map(Finding::position).map(p -> p.line()).distinct()).hasSize(3);
        assertThat(result.findings().stream().map(Finding::ruleId)).contains("raw-html");
    }
}
