package io.github.digestplugin.check.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.Rule;
import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.SourcePosition;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

/** Writes SARIF, parses it back with a real JSON parser and checks what code scanning needs. */
class SarifWriterTest {

    @TempDir
    Path base;

    @Test
    void describesTheToolAndEveryRule() throws IOException {
        Map<String, Object> run = firstRun(write());

        Map<String, Object> driver = map(map(run.get("tool")).get("driver"));
        assertThat(driver).containsEntry("name", "digest-maven-plugin")
                .containsEntry("version", "1.2.3-TEST")
                .containsEntry("informationUri", SarifWriter.INFORMATION_URI);
        List<Map<String, Object>> rules = list(driver.get("rules"));
        assertThat(rules).extracting(r -> r.get("id")).containsExactly("cell-pipe", "numbering", "url-canonical");
        assertThat(rules).extracting(r -> map(r.get("shortDescription")).get("text"))
                .containsExactly("An unescaped | splits a table cell.", "Numbers do not run 1..n.",
                        "A url is not the canonical arXiv form.");
        assertThat(rules).extracting(r -> map(r.get("defaultConfiguration")).get("level"))
                .containsExactly("error", "warning", "note");
        assertThat(rules).extracting(r -> map(r.get("fullDescription")).get("text"))
                .containsExactly("An unescaped | splits a table cell. Why cell-pipe.", "Numbers do not run 1..n. Why numbering.",
                        "A url is not the canonical arXiv form. Why url-canonical.");
        assertThat(rules).extracting(r -> r.get("helpUri")).containsExactly(
                Rule.DOCUMENTATION + "#cell-pipe", Rule.DOCUMENTATION + "#numbering", Rule.DOCUMENTATION + "#url-canonical");
        assertThat(rules).extracting(r -> map(r.get("properties")).get("fixable"))
                .containsExactly(true, false, true);
    }

    /** The real catalogue: every rule with its own description, rationale and documentation page. */
    @Test
    void everyRuleOfTheCatalogueHasItsFullDescriptionAndHelpUri() throws IOException {
        StringWriter out = new StringWriter();
        new SarifWriter("1", Rules.all(), base).write(ResultFixtures.result(),
                ResultFixtures.checked(base.resolve("src/digests")), out);

        List<Map<String, Object>> rules = list(map(map(firstRun(out.toString()).get("tool")).get("driver")).get("rules"));
        assertThat(rules).hasSameSizeAs(Rules.all());
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = Rules.all().get(i);
            assertThat(map(rules.get(i).get("shortDescription")).get("text")).isEqualTo(rule.description());
            assertThat((String) map(rules.get(i).get("fullDescription")).get("text"))
                    .startsWith(rule.description() + " ").endsWith(".").hasSizeGreaterThan(rule.description().length() + 10);
            assertThat(URI.create((String) rules.get(i).get("helpUri")))
                    .hasScheme("https").hasFragment(rule.id());
        }
    }

    /** With a Chinese locale the messages made from a key and the rules' descriptions are Chinese. */
    @Test
    void aChineseLocaleWritesChineseMessagesAndDescriptions() throws IOException {
        Finding keyed = Finding.of(Path.of("a.md"), new SourcePosition(3, 1), Severity.ERROR, "encoding",
                new MessageKey("encoding.invalid-utf8", 0));
        CheckResult result = new CheckResult(List.of(keyed), 1, 10, 1, Duration.ZERO);
        StringWriter out = new StringWriter();
        new SarifWriter("1", Rules.all(), base, Locale.CHINESE).write(result, new CheckedFiles(base, List.of()), out);

        Map<String, Object> run = firstRun(out.toString());
        assertThat(map(list(run.get("results")).get(0).get("message")).get("text")).isEqualTo("该行含有不是有效 UTF-8 的字节");
        assertThat(map(list(map(map(run.get("tool")).get("driver")).get("rules")).get(0).get("shortDescription"))
                .get("text")).isEqualTo("某行含有不是有效 UTF-8 的字节。");
        StringWriter english = new StringWriter();
        new SarifWriter("1", Rules.all(), base).write(result, new CheckedFiles(base, List.of()), english);
        assertThat(map(list(firstRun(english.toString()).get("results")).get(0).get("message")).get("text"))
                .isEqualTo("Line holds bytes that are not valid UTF-8");
    }

    @Test
    void reportsEachFindingWithLevelMessageAndRelativeLocation() throws IOException {
        Map<String, Object> run = firstRun(write());

        List<Map<String, Object>> results = list(run.get("results"));
        assertThat(results).hasSize(3);
        assertThat(results).extracting(r -> r.get("ruleId")).containsExactly("cell-pipe", "numbering", "url-canonical");
        assertThat(results).extracting(r -> ((Number) r.get("ruleIndex")).intValue()).containsExactly(0, 1, 2);
        assertThat(results).extracting(r -> r.get("level")).containsExactly("error", "warning", "note");
        assertThat(map(results.get(0).get("message")).get("text")).isEqualTo(ResultFixtures.NASTY_MESSAGE);

        Map<String, Object> location = map(list(results.get(0).get("locations")).get(0).get("physicalLocation"));
        Map<String, Object> artifact = map(location.get("artifactLocation"));
        assertThat(artifact).containsEntry("uri", "src/digests/2024/reading%20list%20%232.md")
                .containsEntry("uriBaseId", "%SRCROOT%");
        Map<String, Object> region = map(location.get("region"));
        assertThat(((Number) region.get("startLine")).intValue()).isEqualTo(5);
        assertThat(((Number) region.get("startColumn")).intValue()).isEqualTo(42);

        Map<String, Object> chinese = map(map(list(results.get(2).get("locations")).get(0).get("physicalLocation"))
                .get("artifactLocation"));
        assertThat(chinese.get("uri")).isEqualTo("src/digests/%E6%91%98%E8%A6%81.md");
        assertThat(URI.create((String) chinese.get("uri")).getPath()).isEqualTo("src/digests/摘要.md");
    }

    @Test
    void resolvesTheSourceRootToTheBaseDirectory() throws IOException {
        Map<String, Object> document = parse(write());
        assertThat(document).containsEntry("version", "2.1.0").containsKey("$schema");

        Map<String, Object> roots = map(firstRun(document).get("originalUriBaseIds"));
        String root = (String) map(roots.get("%SRCROOT%")).get("uri");
        assertThat(root).startsWith("file:").endsWith("/");
        assertThat(Path.of(URI.create(root))).isEqualTo(base.toAbsolutePath().normalize());
    }

    @Test
    void writesAnEmptyResultListWhenNothingWasFound() throws IOException {
        StringWriter out = new StringWriter();
        new SarifWriter("1", ResultFixtures.CATALOGUE, base).write(
                new io.github.digestplugin.check.CheckResult(List.of(), 0, 0, 0, java.time.Duration.ZERO),
                new CheckedFiles(base, List.of()), out);
        assertThat(list(firstRun(parse(out.toString())).get("results"))).isEmpty();
    }

    @Test
    void leavesOutTheLeastSevereFindingsBeyondWhatCodeScanningAccepts() throws IOException {
        // Infos first in path order, then the errors and warnings: all of these must stay.
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= SarifWriter.MAX_RESULTS; i++) {
            findings.add(new Finding(Path.of("a.md"), new SourcePosition(i, 1), Severity.INFO, "url-canonical", "u" + i));
        }
        for (int i = 1; i <= 3; i++) {
            findings.add(new Finding(Path.of("b.md"), new SourcePosition(i, 1), Severity.WARNING, "numbering", "w" + i));
            findings.add(new Finding(Path.of("b.md"), new SourcePosition(i, 2), Severity.ERROR, "cell-pipe", "e" + i));
        }
        CheckResult result = new CheckResult(findings, 2, 0, 0, Duration.ZERO);
        StringWriter out = new StringWriter();
        new SarifWriter("1", ResultFixtures.CATALOGUE, base).write(result, new CheckedFiles(base, List.of()), out);

        Map<String, Object> run = firstRun(parse(out.toString()));
        List<Map<String, Object>> results = list(run.get("results"));
        assertThat(results).hasSize(SarifWriter.MAX_RESULTS);
        assertThat(results).filteredOn(r -> !"note".equals(r.get("level"))).extracting(r -> map(r.get("message")).get("text"))
                .containsExactly("w1", "e1", "w2", "e2", "w3", "e3");
        assertThat(results).filteredOn(r -> "note".equals(r.get("level"))).extracting(r -> map(r.get("message")).get("text"))
                .startsWith("u1", "u2").endsWith("u" + (SarifWriter.MAX_RESULTS - 6));

        String said = "digest-check.sarif holds 25000 of the 25006 findings, the most results GitHub code scanning"
                + " accepts in one run; left out: the last 6 infos in path order. checkstyle-result.xml holds them all.";
        assertThat(SarifWriter.leftOut(result.totals())).contains(said);
        Map<String, Object> notification = list(list(run.get("invocations")).get(0).get("toolExecutionNotifications")).get(0);
        assertThat(notification).containsEntry("level", "warning");
        assertThat(map(notification.get("message"))).containsEntry("text", said);
    }

    @Test
    void saysNothingIsLeftOutWhenEveryFindingFits() throws IOException {
        assertThat(SarifWriter.leftOut(ResultFixtures.result().totals())).isEmpty();
        assertThat(firstRun(write())).doesNotContainKey("invocations");
    }

    @Test
    void percentEncodesEverythingOutsideTheUnreservedSet() {
        assertThat(SarifWriter.uriPath("a:b/c d%e?#.md")).isEqualTo("a%3Ab/c%20d%25e%3F%23.md");
        assertThat(SarifWriter.uriPath("x-y_z~1.md")).isEqualTo("x-y_z~1.md");
    }

    private String write() throws IOException {
        StringWriter out = new StringWriter();
        new SarifWriter("1.2.3-TEST", ResultFixtures.CATALOGUE, base)
                .write(ResultFixtures.result(), ResultFixtures.checked(base.resolve("src/digests")), out);
        return out.toString();
    }

    private static Map<String, Object> parse(String json) {
        return new Json().toType(json, Json.MAP_TYPE);
    }

    private static Map<String, Object> firstRun(String json) {
        return firstRun(parse(json));
    }

    private static Map<String, Object> firstRun(Map<String, Object> document) {
        List<Map<String, Object>> runs = list(document.get("runs"));
        assertThat(runs).hasSize(1);
        return runs.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Map<String, Object>>) value;
    }
}
