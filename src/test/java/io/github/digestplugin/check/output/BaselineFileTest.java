package io.github.digestplugin.check.output;

import io.github.digestplugin.check.rules.Rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.DigestChecker;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.parse.ParserOptions;
import io.github.digestplugin.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline: written sorted and the same every time, and matched by fingerprint whatever the lines. */
class BaselineFileTest {

    private static final String DIGEST = "2024-02-05T0907_rss-urls.md";

    @TempDir
    Path temp;

    @Test
    void theSameFindingsWriteTheSameBytesAndReadBack() throws IOException {
        CheckResult result = check(fixture());
        BaselineFile baseline = of(result);
        Path first = temp.resolve("one.json");
        Path second = temp.resolve("two.json");

        baseline.write(first);
        of(check(fixture())).write(second);

        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        assertThat(BaselineFile.read(first).items()).isEqualTo(baseline.items());
        // Each entry's url is reported in its row and in its definition, with two messages.
        assertThat(baseline.items()).hasSize(8).allSatisfy(item -> {
            assertThat(item.file()).isEqualTo("digests/" + DIGEST);
            assertThat(item.rule()).isEqualTo("url-canonical");
            assertThat(item.fingerprint()).matches("[0-9a-f]{16}");
            assertThat(item.count()).isOne();
        });
        assertThat(baseline.items()).extracting(BaselineFile.Item::entry)
                .containsExactlyInAnyOrder("2402.01622", "2402.01618", "2402.01629", "2401.08273",
                        "2402.01622", "2402.01618", "2402.01629", "2401.08273");
        assertThat(Files.readString(first)).startsWith("{\n  \"version\": 1,\n  \"findings\": [\n    {\n");
    }

    @Test
    void linesMovingKeepEveryFindingInTheBaselineAndANewOneIsNew() throws IOException {
        BaselineFile baseline = of(check(fixture()));
        List<String> moved = fixture();
        // Ten lines above everything, and a fifth defect: a url of [^2] in its row made invalid.
        for (int i = 0; i < 10; i++) {
            moved.add(0, "");
        }
        moved.replaceAll(line -> line.startsWith("| [^2]") ? line.replace("https://rss.arxiv.org/abs/2402.01618",
                "ftp://example.org/x") : line);

        CheckResult after = check(moved);
        BaselineFile.Comparison comparison = baseline.compare(after.findings(), after.entryKeys(), this::name);

        List<Finding> fresh = new ArrayList<>();
        for (int i = 0; i < after.findings().size(); i++) {
            if (!comparison.baselined().get(i)) {
                fresh.add(after.findings().get(i));
            }
        }
        assertThat(fresh).isNotEmpty().extracting(Finding::ruleId).doesNotContain("url-canonical");
        // The row's non-canonical url of [^2] is gone with the defect; the other seven moved and stay.
        assertThat(comparison.remaining()).isEqualTo(7);
        assertThat(comparison.fixed()).isOne();
    }

    @Test
    void fixedFindingsAreCounted() throws IOException {
        BaselineFile baseline = of(check(fixture()));
        List<String> fixed = fixture();
        fixed.replaceAll(line -> line.replace("rss.arxiv.org/abs/2402.01622", "arxiv.org/abs/2402.01622"));

        CheckResult after = check(fixed);
        BaselineFile.Comparison comparison = baseline.compare(after.findings(), after.entryKeys(), this::name);

        // Both of its urls, in the row and in the definition.
        assertThat(comparison.remaining()).isEqualTo(6);
        assertThat(comparison.fixed()).isEqualTo(2);
        assertThat(comparison.baselined().cardinality()).isEqualTo(6);
    }

    @Test
    void lineNumbersInAMessageAreNotPartOfTheFingerprint() {
        assertThat(Fingerprints.withoutLineNumbers("Row [^2] differs from its definition (line 14): x, lines 3"))
                .isEqualTo("Row [^2] differs from its definition (line): x, lines");
    }

    @Test
    void aDamagedBaselineIsNamedWithItsLine() throws IOException {
        Path file = Files.writeString(temp.resolve("digest-baseline.json"),
                "{\n  \"version\": 1,\n  \"findings\": [\n    {\"file\": \"a.md\" \"rule\": \"x\"}\n  ]\n}\n");

        assertThatThrownBy(() -> BaselineFile.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The baseline " + file + " cannot be read: line 4, column 21: '}' expected;"
                        + " write it again with mvn digest:baseline");
        Files.writeString(file, "{\"version\": 2, \"findings\": []}");
        assertThatThrownBy(() -> BaselineFile.read(file)).hasMessageContaining("its \"version\" is 2, not 1");
        Files.writeString(file, "{\"version\": 1, \"findings\": [{\"file\": \"a.md\", \"rule\": \"x\"}]}");
        assertThatThrownBy(() -> BaselineFile.read(file)).hasMessageContaining("finding 1 has no string \"fingerprint\"");
        Files.writeString(file, "{\"version\": 1, \"findings\": [{\"file\": \"a\", \"rule\": \"x\", \"fingerprint\": \"f\","
                + " \"count\": 0}]}");
        assertThatThrownBy(() -> BaselineFile.read(file)).hasMessageContaining("finding 1 has a \"count\"");
    }

    @Test
    void theJsonReaderReadsWhatTheWriterWrites() {
        assertThat(JsonReader.parse("\uFEFF {\"a\": [1, -2, 2.5e1, true, false, null, \"\\u4e2d\\n\\\"\"]} "))
                .isEqualTo(java.util.Map.of("a", java.util.Arrays.asList(1L, -2L, 25.0, true, false, null, "中\n\"")));
        assertThatThrownBy(() -> JsonReader.parse("{\"a\": 1, \"a\": 2}")).hasMessage("line 1, column 10: the name"
                + " \"a\" appears twice");
        assertThatThrownBy(() -> JsonReader.parse("[1] x")).hasMessage("line 1, column 5: text after the JSON value");
        assertThatThrownBy(() -> JsonReader.parse("[\"a")).hasMessage("line 1, column 4: a string that is not closed");
        assertThatThrownBy(() -> JsonReader.parse("[".repeat(100))).hasMessageContaining("nested deeper than 64");
    }

    private BaselineFile of(CheckResult result) {
        return BaselineFile.of(result.findings(), result.entryKeys(), this::name);
    }

    private String name(Path relative) {
        return "digests/" + relative.toString().replace('\\', '/');
    }

    private static List<String> fixture() throws IOException {
        return new ArrayList<>(Files.readAllLines(Fixtures.sample(DIGEST), StandardCharsets.UTF_8));
    }

    private CheckResult check(List<String> lines) throws IOException {
        Path digests = Files.createDirectories(temp.resolve("digests"));
        Files.write(digests.resolve(DIGEST), lines, StandardCharsets.UTF_8);
        return new DigestChecker(ParserOptions.defaults(), Rules.defaults())
                .check(digests, List.of(Path.of(DIGEST)));
    }
}
