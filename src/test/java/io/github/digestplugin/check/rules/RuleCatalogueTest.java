package io.github.digestplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.check.CrossDigestRule;
import io.github.digestplugin.check.PathRule;
import io.github.digestplugin.check.ReadingRule;
import io.github.digestplugin.check.Rule;
import io.github.digestplugin.check.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {

    /** The ids and default severities other modules, tests and docs rely on, in catalogue order. */
    private static final Map<String, Severity> CATALOGUE = new LinkedHashMap<>();

    static {
        CATALOGUE.put("encoding", Severity.ERROR);
        CATALOGUE.put("unreadable-file", Severity.ERROR);
        CATALOGUE.put("symlink-outside", Severity.WARNING);
        CATALOGUE.put("symlink-loop", Severity.WARNING);
        CATALOGUE.put("heading-order", Severity.ERROR);
        CATALOGUE.put("table-header", Severity.ERROR);
        CATALOGUE.put("row-syntax", Severity.ERROR);
        CATALOGUE.put("cell-pipe", Severity.ERROR);
        CATALOGUE.put("duplicate-number", Severity.ERROR);
        CATALOGUE.put("missing-definition", Severity.ERROR);
        CATALOGUE.put("missing-row", Severity.ERROR);
        CATALOGUE.put("number-sequence", Severity.WARNING);
        CATALOGUE.put("definition-layout", Severity.ERROR);
        CATALOGUE.put("title-mismatch", Severity.ERROR);
        CATALOGUE.put("url-mismatch", Severity.ERROR);
        CATALOGUE.put("summary-mismatch", Severity.WARNING);
        CATALOGUE.put("arxiv-id-mismatch", Severity.ERROR);
        CATALOGUE.put("url-invalid", Severity.ERROR);
        CATALOGUE.put("url-canonical", Severity.INFO);
        CATALOGUE.put("empty-field", Severity.ERROR);
        CATALOGUE.put("empty-abstract-zh", Severity.WARNING);
        CATALOGUE.put("truncated-entry", Severity.ERROR);
        CATALOGUE.put("raw-html", Severity.WARNING);
        CATALOGUE.put("markdown-too-complex", Severity.WARNING);
        CATALOGUE.put("duplicate-paper", Severity.WARNING);
        CATALOGUE.put("title-conflict", Severity.WARNING);
        CATALOGUE.put("suppression-comment", Severity.WARNING);
        CATALOGUE.put("reading-syntax", Severity.ERROR);
        CATALOGUE.put("reading-key", Severity.ERROR);
        CATALOGUE.put("reading-status", Severity.ERROR);
        CATALOGUE.put("reading-rating", Severity.ERROR);
        CATALOGUE.put("reading-type", Severity.ERROR);
        CATALOGUE.put("reading-unknown-paper", Severity.WARNING);
    }

    @Test
    void rulesHaveTheAgreedIdsAndSeveritiesInCatalogueOrder() {
        Map<String, Severity> actual = new LinkedHashMap<>();
        Rules.all().forEach(rule -> actual.put(rule.id(), rule.defaultSeverity()));

        assertThat(actual).containsExactlyEntriesOf(CATALOGUE);
        assertThat(Rules.all()).allSatisfy(rule -> {
            assertThat(rule.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(rule.description()).endsWith(".").doesNotContain("\n");
        });
        assertThat(Rules.all().stream().filter(CrossDigestRule.class::isInstance).map(Rule::id))
                .containsExactly("title-conflict");
        assertThat(Rules.all().stream().filter(PathRule.class::isInstance).map(Rule::id))
                .containsExactly("unreadable-file", "symlink-outside", "symlink-loop");
        assertThat(Rules.all().stream().filter(ReadingRule.class::isInstance).map(Rule::id)).containsExactly(
                "reading-syntax", "reading-key", "reading-status", "reading-rating", "reading-type",
                "reading-unknown-paper");
    }

    @Test
    void tableHasOneRowPerRuleWithPipesEscaped() {
        String table = RuleCatalogue.markdownTable(Rules.all());

        assertThat(table.lines()).hasSize(Rules.all().size() + 2);
        assertThat(table).startsWith("| Rule id | Default severity | Fixable | Description |\n| --- | --- | --- | --- |\n")
                .contains("| `cell-pipe` | error | yes | An unescaped `\\|` inside a table cell splits it,")
                .contains("| `url-canonical` | info | yes | ")
                .contains("| `truncated-entry` | error | yes | ")
                .contains("| `encoding` | error | no | ");
    }

    /**
     * README.md holds the generated table between its markers. When this fails after a rule
     * changed, regenerate the section as {@link RuleCatalogue} describes.
     */
    @Test
    void readmeHoldsTheGeneratedCatalogue() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);

        assertThat(RuleCatalogue.section(readme))
                .as("README.md rule catalogue; regenerate with ./mvnw -q compile exec:java"
                        + " -Dexec.mainClass=io.github.digestplugin.check.rules.RuleCatalogue")
                .isEqualTo(RuleCatalogue.markdownTable(Rules.all()));
    }

    @Test
    void replacingTheSectionKeepsTheRestOfTheReadme() {
        String readme = "# Title\n\n## Rules\n\n" + RuleCatalogue.START_MARKER + "\nold table\n"
                + RuleCatalogue.END_MARKER + "\n\n## More\n";

        String updated = RuleCatalogue.withTable(readme, "| new |\n");

        assertThat(updated).isEqualTo("# Title\n\n## Rules\n\n" + RuleCatalogue.START_MARKER + "\n| new |\n"
                + RuleCatalogue.END_MARKER + "\n\n## More\n");
        assertThat(RuleCatalogue.section(updated)).isEqualTo("| new |\n");
    }
}
