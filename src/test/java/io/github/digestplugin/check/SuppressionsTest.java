package io.github.digestplugin.check;

import io.github.digestplugin.check.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digestplugin.parse.ParserOptions;
import io.github.digestplugin.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suppression comments and path suppressions: what they cover is left out and counted, and the
 * comments themselves are no finding of any rule, wherever in a digest they stand.
 */
class SuppressionsTest {

    private static final String DIGEST = "2024-02-05T0907_rss-urls.md";

    @TempDir
    Path digests;

    private List<String> lines;

    @BeforeEach
    void copyTheDigest() throws IOException {
        lines = new ArrayList<>(Files.readAllLines(Fixtures.sample(DIGEST), StandardCharsets.UTF_8));
    }

    @Test
    void theFixtureHasTwoNonCanonicalUrlsPerEntry() throws IOException {
        CheckResult result = check(lines);

        // Four entries, each with its url in the row and in the definition: the rows' come first.
        assertThat(result.findings()).extracting(Finding::ruleId).containsOnly("url-canonical").hasSize(8);
        assertThat(result.suppressed()).isZero();
    }

    @Test
    void disableNextLineInsideADefinitionCoversTheNextLineOnly() throws IOException {
        CheckResult before = check(lines);
        Finding firstInADefinition = before.findings().get(4);
        insertBefore(firstInADefinition.position().line(), "    <!-- digest-disable-next-line url-canonical -->");

        CheckResult after = check(lines);

        assertThat(after.findings()).hasSize(7).extracting(Finding::ruleId).containsOnly("url-canonical");
        List<String> expected = new ArrayList<>(messages(before));
        expected.remove(4);
        assertThat(after.findings()).extracting(Finding::message).containsExactlyElementsOf(expected);
        assertThat(after.suppressed()).isOne();
        assertThat(after.totals().summary()).contains(", 1 suppressed (");
    }

    @Test
    void disableAndEnableCoverTheLinesBetween() throws IOException {
        CheckResult before = check(lines);
        // The second and third definitions' urls.
        int second = before.findings().get(5).position().line();
        int third = before.findings().get(6).position().line();
        insertBefore(third + 1, "<!-- digest-enable url-canonical -->");
        insertBefore(second, "<!-- digest-disable url-canonical, cell-pipe -->");

        CheckResult after = check(lines);

        List<String> expected = new ArrayList<>(messages(before));
        expected.subList(5, 7).clear();
        assertThat(after.findings()).extracting(Finding::message).containsExactlyElementsOf(expected);
        assertThat(after.suppressed()).isEqualTo(2);
    }

    @Test
    void aDisableWithoutIdsCoversEveryRuleToTheEnd() throws IOException {
        lines.add(0, "<!-- digest-disable -->");

        CheckResult after = check(lines);

        assertThat(after.findings()).isEmpty();
        assertThat(after.suppressed()).isEqualTo(8);
    }

    @Test
    void commentsInTheTableAndBetweenFieldsAreNoFindings() throws IOException {
        CheckResult before = check(lines);
        int firstRow = lines.indexOf(lines.stream().filter(l -> l.startsWith("| [^1]")).findFirst().orElseThrow());
        lines.add(firstRow + 1, "<!-- digest-disable-next-line no-such-rule-at-all -->");
        lines.add(firstRow, "  <!-- digest-enable -->");
        lines.add(2, "<!--digest-disable-next-line   cell-pipe,raw-html-->");
        int definition = lines.indexOf("[^2]: 用于引导生成式大型语言模型的风格向量");
        lines.add(definition + 1, "    <!-- digest-enable raw-html -->");

        CheckResult after = check(lines);

        // The one finding beyond the old ones is the unknown id; every old one is still there, by message.
        assertThat(messages(after)).containsAll(messages(before));
        assertThat(after.findings()).filteredOn(f -> !f.ruleId().equals("url-canonical")).singleElement()
                .satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("suppression-comment");
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    // Three lines went in above it: the enable before the row, and the one at the top.
                    assertThat(f.position().line()).isEqualTo(firstRow + 4);
                    assertThat(f.message()).isEqualTo("Suppression comment digest-disable-next-line names the"
                            + " unknown rule id `no-such-rule-at-all`; it suppresses nothing for it");
                });
        assertThat(after.entries()).isEqualTo(before.entries());
    }

    @Test
    void aCommentThatIsNotASuppressionIsJudgedAsText() throws IOException {
        lines.add(2, "<!-- digest-disabled url-canonical -->");
        lines.add(2, "<!-- digest-disable url-canonical");

        CheckResult after = check(lines);

        assertThat(after.suppressed()).isZero();
        // Lines above the table that are not part of it.
        assertThat(after.findings()).extracting(Finding::ruleId).contains("row-syntax");
    }

    @Test
    void pathSuppressionsLeaveOutTheirRulesInMatchingDigests() throws IOException {
        write(lines);
        Files.createDirectories(digests.resolve("drafts"));
        Files.write(digests.resolve("drafts/" + DIGEST), lines, StandardCharsets.UTF_8);
        PathSuppressions suppressions = PathSuppressions.parse(List.of("drafts/**=raw-html", "cell-pipe",
                "url-canonical"), ids());

        CheckResult result = new DigestChecker(ParserOptions.defaults(), Rules.defaults(), suppressions)
                .check(digests, List.of(Path.of(DIGEST), Path.of("drafts", DIGEST)));

        assertThat(result.findings()).hasSize(8).extracting(Finding::path).containsOnly(Path.of(DIGEST));
        assertThat(result.suppressed()).isEqualTo(8);
        assertThat(suppressions.entries()).containsExactly("drafts/**=cell-pipe,raw-html,url-canonical");
    }

    @Test
    void badPathSuppressionsAreNamed() {
        assertThatThrownBy(() -> PathSuppressions.parse(List.of("drafts/**=no-such-rule"), ids()))
                .hasMessageStartingWith("Unknown rule id 'no-such-rule' in the suppression of drafts/**; known ids: ");
        assertThatThrownBy(() -> PathSuppressions.parse(List.of("cell-pipe"), ids()))
                .hasMessage("Suppression 'cell-pipe' is not of the form path-pattern=rule-id,...");
        assertThatThrownBy(() -> PathSuppressions.parse(List.of("drafts/**="), ids()))
                .hasMessage("Suppression of drafts/** names no rule id");
        assertThatThrownBy(() -> PathSuppressions.parse(List.of("=cell-pipe"), ids()))
                .hasMessage("Suppression '=cell-pipe' has no path pattern before '='");
    }

    /** A cross-digest finding in a digest is covered by that digest's comments too. */
    @Test
    void crossDigestFindingsAreCoveredByTheCommentsOfTheirDigest() throws IOException {
        write(lines);
        List<String> other = new ArrayList<>(lines);
        other.replaceAll(line -> line.replace("TravelPlanner: A Benchmark", "TravelPlanner: Another Benchmark"));
        Files.write(digests.resolve("b.md"), other, StandardCharsets.UTF_8);
        RuleConfiguration conflicts = RuleConfiguration.of(Rules.all(), java.util.Map.of("url-canonical", "off"));
        CheckResult unsuppressed = new DigestChecker(ParserOptions.defaults(), conflicts)
                .check(digests, List.of(Path.of(DIGEST), Path.of("b.md")));
        assertThat(unsuppressed.findings()).extracting(Finding::ruleId).contains("title-conflict");

        other.add(0, "<!-- digest-disable title-conflict -->");
        Files.write(digests.resolve("b.md"), other, StandardCharsets.UTF_8);
        lines.add(0, "<!-- digest-disable title-conflict -->");
        write(lines);
        CheckResult suppressed = new DigestChecker(ParserOptions.defaults(), conflicts)
                .check(digests, List.of(Path.of(DIGEST), Path.of("b.md")));

        assertThat(suppressed.findings()).extracting(Finding::ruleId).doesNotContain("title-conflict");
        assertThat(suppressed.suppressed()).isEqualTo(unsuppressed.findings().stream()
                .filter(f -> f.ruleId().equals("title-conflict")).count());
    }

    private void insertBefore(int line, String comment) {
        lines.add(line - 1, comment);
    }

    private CheckResult check(List<String> text) throws IOException {
        write(text);
        return new DigestChecker(ParserOptions.defaults(), Rules.defaults())
                .check(digests, List.of(Path.of(DIGEST)));
    }

    private void write(List<String> text) throws IOException {
        Files.write(digests.resolve(DIGEST), text, StandardCharsets.UTF_8);
    }

    private static List<String> messages(CheckResult result) {
        return result.findings().stream().map(Finding::message).toList();
    }

    private static Set<String> ids() {
        return Rules.all().stream().map(Rule::id).collect(Collectors.toSet());
    }
}
