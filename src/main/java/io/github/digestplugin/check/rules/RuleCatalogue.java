package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The rule catalogue as a Markdown table (id, default severity, whether {@code digest:fix} fixes
 * it, description), generated from
 * {@link Rules#all()} so the README cannot drift from the code. {@code RuleCatalogueTest} fails
 * when README.md's section between the markers differs; regenerate it from the project root with
 *
 * <pre>./mvnw -q compile exec:java -Dexec.mainClass=io.github.digestplugin.check.rules.RuleCatalogue</pre>
 *
 * (an optional argument names another file than {@code README.md}).
 */
public final class RuleCatalogue {

    public static final String START_MARKER = "<!-- rules:start -->";
    public static final String END_MARKER = "<!-- rules:end -->";

    private RuleCatalogue() {}

    /** The table, one row per rule in catalogue order, ending with a line break. */
    public static String markdownTable(List<Rule> rules) {
        StringBuilder table = new StringBuilder(
                "| Rule id | Default severity | Fixable | Description |\n| --- | --- | --- | --- |\n");
        for (Rule rule : rules) {
            table.append("| `").append(rule.id()).append("` | ").append(rule.defaultSeverity().label()).append(" | ")
                    .append(fixableLabel(rule)).append(" | ")
                    .append(rule.description().replace("|", "\\|")).append(" |\n");
        }
        return table.toString();
    }

    /** {@code yes} for a rule whose findings {@code digest:fix} repairs, else {@code no}. */
    public static String fixableLabel(Rule rule) {
        return rule.fixable() ? "yes" : "no";
    }

    /** The text between the markers, without the line breaks that follow and precede them. */
    public static String section(String readme) {
        int start = readme.indexOf(START_MARKER);
        int end = readme.indexOf(END_MARKER);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("README has no " + START_MARKER + " ... " + END_MARKER + " section");
        }
        String between = readme.substring(start + START_MARKER.length(), end);
        return between.startsWith("\n") ? between.substring(1) : between;
    }

    /** The README with the section between the markers replaced by {@code table}. */
    public static String withTable(String readme, String table) {
        int start = readme.indexOf(START_MARKER);
        int end = readme.indexOf(END_MARKER);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("README has no " + START_MARKER + " ... " + END_MARKER + " section");
        }
        return readme.substring(0, start + START_MARKER.length()) + "\n" + table + readme.substring(end);
    }

    /** Rewrites the catalogue section of README.md (or the file named by the first argument). */
    public static void main(String[] args) throws IOException {
        Path readme = Path.of(args.length > 0 ? args[0] : "README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        Files.writeString(readme, withTable(text, markdownTable(Rules.all())), StandardCharsets.UTF_8);
        System.out.println("Rule catalogue written to " + readme.toAbsolutePath());
    }
}
