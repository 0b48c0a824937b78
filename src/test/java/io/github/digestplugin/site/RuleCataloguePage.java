package io.github.digestplugin.site;

import io.github.digestplugin.check.Rule;
import io.github.digestplugin.check.rules.RuleCatalogue;
import io.github.digestplugin.check.rules.Rules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fills the rule catalogue into the plugin site's Rules page, between the same markers as in the
 * README. The site gets an HTML table rather than {@link RuleCatalogue#markdownTable}'s: the site's
 * Markdown parser keeps the backslash of an escaped {@code \|} inside a code span, where GitHub
 * drops it. Run at pre-site by the pom, with the page as the argument.
 */
public final class RuleCataloguePage {

    private RuleCataloguePage() {}

    /**
     * One row per rule in catalogue order: id, default severity, fixable, description. Each row's id
     * is the rule's, the anchor of the rule's {@link Rule#helpUri()}.
     */
    public static String htmlTable(List<Rule> rules) {
        StringBuilder table = new StringBuilder("<table>\n<thead>\n<tr><th>Rule id</th><th>Default severity</th>"
                + "<th>Fixable</th><th>Description</th></tr>\n</thead>\n<tbody>\n");
        for (Rule rule : rules) {
            table.append("<tr id=\"").append(escape(rule.id())).append("\"><td><code>").append(escape(rule.id()))
                    .append("</code></td><td>")
                    .append(escape(rule.defaultSeverity().label())).append("</td><td>")
                    .append(RuleCatalogue.fixableLabel(rule)).append("</td><td>")
                    .append(descriptionHtml(rule.description())).append("</td></tr>\n");
        }
        return table.append("</tbody>\n</table>\n").toString();
    }

    /** A description as HTML: text escaped, each pair of backticks a code element. */
    static String descriptionHtml(String description) {
        String[] parts = description.split("`", -1);
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            boolean code = i % 2 == 1 && i < parts.length - 1;
            if (i % 2 == 1 && !code) {
                html.append('`');
            }
            html.append(code ? "<code>" + escape(parts[i]) + "</code>" : escape(parts[i]));
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: RuleCataloguePage <page.md>");
        }
        Path page = Path.of(args[0]);
        String text = Files.readString(page, StandardCharsets.UTF_8);
        Files.writeString(page, RuleCatalogue.withTable(text, htmlTable(Rules.all())), StandardCharsets.UTF_8);
    }
}
