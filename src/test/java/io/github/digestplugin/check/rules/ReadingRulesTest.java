package io.github.digestplugin.check.rules;

import static io.github.digestplugin.check.rules.RuleTester.VALID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.DigestChecker;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.SourcePosition;
import io.github.digestplugin.parse.ParserOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each reading rule on a reading file beside one valid digest (which lists 2403.19243 and 2306.07207). */
class ReadingRulesTest {

    @TempDir
    Path digests;

    @BeforeEach
    void oneDigest() throws IOException {
        Files.writeString(digests.resolve("a.md"), VALID);
    }

    private List<Finding> check(String reading) throws IOException {
        return check(reading, Rules.defaults());
    }

    private List<Finding> check(String reading, RuleConfiguration rules) throws IOException {
        Path file = Files.writeString(digests.resolve("reading.yaml"), reading);
        CheckResult result = new DigestChecker(ParserOptions.defaults(), rules).check(digests, List.of(Path.of("a.md")),
                List.of(), Optional.of(DigestChecker.ReadingInput.read(digests, file)), digest -> {});
        return result.findings().stream().filter(f -> f.path().equals(Path.of("reading.yaml"))).toList();
    }

    @Test
    void aValidFileOfListedPapersGivesNoFinding() throws IOException {
        assertThat(check("""
                2403.19243:
                  status: read
                  rating: 4
                  tags: [peft]
                  notes: |
                    Good.
                "2306.07207v2": {status: to-read}
                """)).isEmpty();
    }

    @Test
    void syntax() throws IOException {
        assertThat(check("\"2403.19243\":\n  status: [read\n")).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(ReadingSyntaxRule.ID);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.position().line()).isGreaterThanOrEqualTo(2);
            assertThat(f.message()).startsWith("Not YAML: ");
        });
        assertThat(check("a: &a [1]\nb: *a\n")).extracting(Finding::ruleId, Finding::position, Finding::message)
                .containsExactly(tuple(ReadingSyntaxRule.ID, new SourcePosition(2, 4),
                        "An alias (*name) is not read: write the value out; the reading file is not used"));
    }

    @Test
    void key() throws IOException {
        assertThat(check("""
                2403.19243: {status: read}
                paper-one: {status: read}
                "2403.19243v3": {status: reading}
                """)).extracting(Finding::ruleId, Finding::position, Finding::message).containsExactly(
                tuple(ReadingKeyRule.ID, new SourcePosition(2, 1), "Key paper-one is not an arXiv id such as 2403.19243"),
                tuple(ReadingKeyRule.ID, new SourcePosition(3, 1), "Paper 2403.19243 is already given at line 1"));
    }

    @Test
    void status() throws IOException {
        assertThat(check("2403.19243:\n  status: Done\n")).extracting(Finding::ruleId, Finding::position,
                Finding::message).containsExactly(tuple(ReadingStatusRule.ID, new SourcePosition(2, 11),
                "Status Done is not one of to-read, reading, read, skipped"));
    }

    @Test
    void rating() throws IOException {
        assertThat(check("2403.19243:\n  rating: 6\n")).extracting(Finding::ruleId, Finding::position,
                Finding::message).containsExactly(tuple(ReadingRatingRule.ID, new SourcePosition(2, 11),
                "Rating 6 is not a whole number from 1 to 5"));
    }

    @Test
    void type() throws IOException {
        assertThat(check("""
                2403.19243:
                  status: [read]
                  tags: peft
                  colour: red
                2306.07207: read
                """)).extracting(Finding::ruleId, Finding::position).containsExactly(
                tuple(ReadingTypeRule.ID, new SourcePosition(2, 11)),
                tuple(ReadingTypeRule.ID, new SourcePosition(3, 9)),
                tuple(ReadingTypeRule.ID, new SourcePosition(4, 3)),
                tuple(ReadingTypeRule.ID, new SourcePosition(5, 13)));
        assertThat(check("- 2403.19243\n")).extracting(Finding::ruleId).containsExactly(ReadingTypeRule.ID);
    }

    @Test
    void unknownPaperIsAWarning() throws IOException {
        List<Finding> found = check("2403.19243: {status: read}\n2501.00001: {status: read}\n");
        assertThat(found).extracting(Finding::ruleId, Finding::severity, Finding::position, Finding::message)
                .containsExactly(tuple(ReadingUnknownPaperRule.ID, Severity.WARNING, new SourcePosition(2, 1),
                        "Paper 2501.00001 is in no digest"));
        assertThat(found.get(0).messageIn(Locale.CHINESE)).isEqualTo("论文 2501.00001 不在任何摘要文件中");
    }

    @Test
    void aRuleTurnedOffReportsNothing() throws IOException {
        RuleConfiguration rules = RuleConfiguration.of(Rules.all(), Map.of("reading-unknown-paper", "off"));
        assertThat(check("2501.00001: {status: read}\n", rules)).isEmpty();
    }

    @Test
    void withoutAReadingFileTheCheckIsAsBefore() throws IOException {
        CheckResult without = new DigestChecker(ParserOptions.defaults(), Rules.defaults())
                .check(digests, List.of(Path.of("a.md")));
        CheckResult empty = new DigestChecker(ParserOptions.defaults(), Rules.defaults()).check(digests,
                List.of(Path.of("a.md")), List.of(), Optional.empty(), digest -> {});
        assertThat(empty.findings()).isEqualTo(without.findings());
    }
}
