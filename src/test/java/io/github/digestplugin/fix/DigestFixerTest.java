package io.github.digestplugin.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.check.DigestChecker;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.Rule;
import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.parse.ParserOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DigestFixerTest {

    private static final Path FIXTURES = Path.of("src/test/resources/digests/cs.CL");
    private static final Path RELATIVE = Path.of("cs.CL/2024-02-05T0907.md");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final DigestFixer fixer = new DigestFixer(ParserOptions.defaults(), Rules.defaults());

    /** A clean digest of two entries, as the format describes it. */
    private static final String CLEAN = """
            # 摘要

            | Ref | Title | Summary |
            | --- | --- | --- |
            | [^1] | [First Paper Title](https://arxiv.org/abs/2403.19243) | 第一篇总结 |
            | [^2] | [Second Paper: A Study](https://arxiv.org/abs/2306.07207) | 第二篇总结 |

            # 详细

            [^1]: 第一篇标题

                First Paper Title

                [https://arxiv.org/abs/2403.19243](https://arxiv.org/abs/2403.19243)

                第一篇总结

            \s  \s

                第一篇摘要

                arXiv:2403.19243v1 Announce Type: new  Abstract: The first abstract.
            \s  \s
            [^2]: 第二篇标题

                Second Paper: A Study

                [https://arxiv.org/abs/2306.07207](https://arxiv.org/abs/2306.07207)

                第二篇总结

            \s  \s

                第二篇摘要

                The second abstract.
            \s  \s
            """;

    private static final String CLOSING_OF_FIRST = "The first abstract.\n    \n[^2]";

    @Test
    void aCleanDigestComesBackAsTheSameBytes() {
        byte[] clean = utf8(CLEAN);

        FixedDigest fixed = fix(clean);

        assertThat(fixed.changed()).isFalse();
        assertThat(fixed.fixed()).isSameAs(clean);
        assertThat(fixed.fixedCounts()).isEmpty();
        assertThat(fixed.left()).isEmpty();
    }

    @Test
    void everyNonCanonicalUrlIsRewrittenInRowAndDefinition() {
        String broken = CLEAN.replace("https://arxiv.org/abs/2403.19243", "http://arxiv.org/abs/2403.19243")
                .replace("(https://arxiv.org/abs/2306.07207)", "(https://rss.arxiv.org/abs/2306.07207)");
        // Row 1, definition 1 (shown and target on one line), row 2, definition 2 (its target only).
        assertThat(findings(utf8(broken), "url-canonical")).hasSize(4);

        FixedDigest fixed = fix(utf8(broken));

        assertThat(text(fixed.fixed())).isEqualTo(CLEAN);
        assertThat(fixed.fixedCounts()).containsExactlyEntriesOf(Map.of("url-canonical", 4));
        assertThat(findings(fixed.fixed(), "url-canonical")).isEmpty();
    }

    @Test
    void theRealRssDigestLosesEveryUrlCanonicalAndUrlFinding() throws IOException {
        byte[] digest = Files.readAllBytes(FIXTURES.resolve("2024-02-05T0907_rss-urls.md"));
        int before = findings(digest, "url-canonical").size();

        FixedDigest fixed = fix(digest);

        assertThat(before).isPositive();
        assertThat(fixed.fixedCounts()).containsExactlyEntriesOf(Map.of("url-canonical", before));
        assertThat(findings(fixed.fixed(), "url-canonical")).isEmpty();
        assertThat(text(fixed.fixed())).doesNotContain("rss.arxiv.org")
                .hasSameSizeAs(text(digest).replace("https://rss.arxiv.org/", "https://arxiv.org/"))
                .isEqualTo(text(digest).replace("https://rss.arxiv.org/", "https://arxiv.org/"));
    }

    @Test
    void aStrayPipeIsEscapedInTheCellTheDefinitionNames() throws IOException {
        byte[] digest = Files.readAllBytes(FIXTURES.resolve("2024-02-22T0913_cell-pipe.md"));
        assertThat(findings(digest, "cell-pipe")).hasSize(1);

        FixedDigest fixed = fix(digest);

        assertThat(fixed.fixedCounts()).containsExactlyEntriesOf(Map.of("cell-pipe", 1));
        assertThat(findings(fixed.fixed(), "cell-pipe")).isEmpty();
        assertThat(text(fixed.fixed())).isEqualTo(text(digest).replace("Accuracy and Fairness | Are LLMs ready for"
                + " the Indian Legal Domain?](", "Accuracy and Fairness \\| Are LLMs ready for the Indian Legal Domain?]("));
    }

    @Test
    void aPipeInTheSummaryIsEscapedWhereTheDefinitionsSummaryHasIt() {
        String broken = CLEAN.replace("第一篇总结", "P(Y|X) 总结");

        FixedDigest fixed = fix(utf8(broken));

        assertThat(fixed.fixedCounts()).containsExactlyEntriesOf(Map.of("cell-pipe", 1));
        assertThat(text(fixed.fixed())).contains("| P(Y\\|X) 总结 |").contains("    P(Y|X) 总结\n");
        assertThat(findings(fixed.fixed(), "cell-pipe")).isEmpty();
    }

    @Test
    void aStrayPipeIsLeftWhenNoDefinitionTellsItsCell() {
        String broken = CLEAN.replace("[First Paper Title](", "[First | Paper Title](")
                .replace("    First Paper Title\n", "    Another Title\n")
                .replace("    第一篇总结\n", "    另一个总结\n");

        FixedDigest fixed = fix(utf8(broken));

        assertThat(fixed.changed()).isFalse();
        assertThat(fixed.left()).singleElement().satisfies(left -> {
            assertThat(left.finding().ruleId()).isEqualTo("cell-pipe");
            assertThat(left.reason()).contains("match no single way");
        });
    }

    @Test
    void theMissingClosingLineBetweenTwoEntriesIsAdded() {
        String broken = CLEAN.replace(CLOSING_OF_FIRST, "The first abstract.\n[^2]");
        assertThat(findings(utf8(broken), "truncated-entry")).hasSize(1);

        FixedDigest fixed = fix(utf8(broken));

        assertThat(text(fixed.fixed())).isEqualTo(CLEAN);
        assertThat(fixed.fixedCounts()).containsExactlyEntriesOf(Map.of("truncated-entry", 1));
    }

    @Test
    void anEmptyLineWhereTheClosingLineBelongsBecomesIt() {
        String broken = CLEAN.replace(CLOSING_OF_FIRST, "The first abstract.\n\n[^2]");

        assertThat(text(fix(utf8(broken)).fixed())).isEqualTo(CLEAN);
    }

    @Test
    void theClosingLineAtTheEndOfTheFileIsAddedAlsoWithoutAFinalLineEnd() {
        String withLineEnd = CLEAN.substring(0, CLEAN.length() - "    \n".length());
        String without = withLineEnd.substring(0, withLineEnd.length() - 1);

        assertThat(text(fix(utf8(withLineEnd)).fixed())).isEqualTo(CLEAN);
        assertThat(text(fix(utf8(without)).fixed())).isEqualTo(without + "\n    ");
        assertThat(findings(fix(utf8(without)).fixed(), "truncated-entry")).isEmpty();
    }

    @Test
    void anEntryCutShortKeepsItsFinding() {
        String cut = CLEAN.substring(0, CLEAN.indexOf("    第二篇总结"));

        FixedDigest fixed = fix(utf8(cut));

        assertThat(fixed.changed()).isFalse();
        assertThat(fixed.left()).singleElement().satisfies(left -> {
            assertThat(left.finding().ruleId()).isEqualTo("truncated-entry");
            assertThat(left.reason()).isEqualTo("the definition has 2 of 6 fields: more than its closing line is"
                    + " missing");
        });
    }

    @Test
    void crlfAndTheByteOrderMarkAreKept() {
        String broken = CLEAN.replace("https://arxiv.org/abs/2403.19243", "http://arxiv.org/abs/2403.19243")
                .replace(CLOSING_OF_FIRST, "The first abstract.\n[^2]");
        byte[] crlf = concat(BOM, utf8(broken.replace("\n", "\r\n")));

        FixedDigest fixed = fix(crlf);

        assertThat(fixed.fixedCounts()).containsEntry("url-canonical", 2).containsEntry("truncated-entry", 1);
        assertThat(fixed.fixed()).isEqualTo(concat(BOM, utf8(CLEAN.replace("\n", "\r\n"))));
    }

    @Test
    void aSecondFixChangesNothing() {
        String broken = CLEAN.replace("https://arxiv.org/abs/2403.19243", "https://export.arxiv.org/abs/2403.19243/")
                .replace("第一篇总结", "P(Y|X) 总结").replace(CLOSING_OF_FIRST, "The first abstract.\n[^2]");
        byte[] once = fix(utf8(broken)).fixed();

        FixedDigest twice = fix(once);

        assertThat(twice.changed()).isFalse();
        assertThat(twice.fixed()).isSameAs(once);
        assertThat(twice.left()).isEmpty();
    }

    @Test
    void aLineThatIsNotUtf8IsNotTouched() {
        byte[] broken = utf8(CLEAN.replace("| [^1] | [First Paper Title](https://arxiv.org/abs/2403.19243)",
                "| [^1] | [First Paper Title\u0000](http://arxiv.org/abs/2403.19243)"));
        for (int i = 0; i < broken.length; i++) {
            if (broken[i] == 0) {
                broken[i] = (byte) 0xFF;
            }
        }

        FixedDigest fixed = fix(broken);

        assertThat(fixed.fixedCounts()).isEmpty();
        assertThat(fixed.left()).singleElement().satisfies(left -> assertThat(left.reason())
                .isEqualTo("line 5 holds bytes that are not UTF-8"));
    }

    @Test
    void theDryRunDiffShowsTheRewrittenAndAddedLines() {
        String broken = CLEAN.replace("| [^2] | [Second Paper: A Study](https://arxiv.org/abs/2306.07207)",
                "| [^2] | [Second Paper: A Study](http://arxiv.org/abs/2306.07207)")
                .replace(CLOSING_OF_FIRST, "The first abstract.\n[^2]");

        FixedDigest fixed = fixer.fix(utf8(broken), Path.of("x.md"), RELATIVE, true);

        assertThat(fixed.diff()).isEqualTo(String.join("\n",
                "--- a/cs.CL/2024-02-05T0907.md",
                "+++ b/cs.CL/2024-02-05T0907.md",
                "@@ -3,7 +3,7 @@",
                " | Ref | Title | Summary |",
                " | --- | --- | --- |",
                " | [^1] | [First Paper Title](https://arxiv.org/abs/2403.19243) | 第一篇总结 |",
                "-| [^2] | [Second Paper: A Study](http://arxiv.org/abs/2306.07207) | 第二篇总结 |",
                "+| [^2] | [Second Paper: A Study](https://arxiv.org/abs/2306.07207) | 第二篇总结 |",
                " ",
                " # 详细",
                " ",
                "@@ -20,7 +20,8 @@",
                "     第一篇摘要",
                " ",
                "     arXiv:2403.19243v1 Announce Type: new  Abstract: The first abstract.",
                "-[^2]: 第二篇标题",
                "+    ",
                "+[^2]: 第二篇标题",
                " ",
                "     Second Paper: A Study",
                " ",
                ""));
        assertThat(fixer.fix(utf8(broken), Path.of("x.md"), RELATIVE, false).diff()).isEmpty();
    }

    @Test
    void theCheckCountsWhatTheFixRepairs() {
        String broken = CLEAN.replace("https://arxiv.org/abs/2403.19243", "http://arxiv.org/abs/2403.19243")
                .replace(CLOSING_OF_FIRST, "The first abstract.\n[^2]");
        DigestChecker checker = new DigestChecker(ParserOptions.defaults(), Rules.defaults());

        int count = fixer.fixableCount(checker.checkContent(utf8(broken), Path.of("x.md"), RELATIVE).digest().orElseThrow());

        assertThat(count).isEqualTo(fix(utf8(broken)).fixedCount()).isEqualTo(3);
    }

    @Test
    void aRuleTurnedOffIsNotFixed() {
        String broken = CLEAN.replace("https://arxiv.org/abs/2403.19243", "http://arxiv.org/abs/2403.19243");
        DigestFixer withoutUrls = new DigestFixer(ParserOptions.defaults(),
                RuleConfiguration.of(Rules.all(), Map.of("url-canonical", "off")));

        assertThat(withoutUrls.fix(utf8(broken), Path.of("x.md"), RELATIVE, false).changed()).isFalse();
    }

    @Test
    void theRulesDeclareFixableExactlyWhereAFixExists() {
        assertThat(Rules.all().stream().filter(Rule::fixable).map(Rule::id))
                .containsExactlyInAnyOrderElementsOf(DigestFixer.fixedRuleIds())
                .containsExactlyInAnyOrder("url-canonical", "cell-pipe", "truncated-entry");
    }

    private FixedDigest fix(byte[] content) {
        return fixer.fix(content, Path.of("x.md"), RELATIVE, false);
    }

    private static List<Finding> findings(byte[] content, String ruleId) {
        return new DigestChecker(ParserOptions.defaults(), Rules.defaults())
                .checkContent(content, Path.of("x.md"), RELATIVE).findings().stream()
                .filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
