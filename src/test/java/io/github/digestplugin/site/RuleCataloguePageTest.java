package io.github.digestplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.check.Rule;
import io.github.digestplugin.check.rules.Rules;
import org.junit.jupiter.api.Test;

class RuleCataloguePageTest {

    @Test
    void codeSpansBecomeCodeElementsWithTheirPipesAsTheyAre() {
        assertThat(RuleCataloguePage.descriptionHtml("The header is not `| Ref | Title |`, or wrong."))
                .isEqualTo("The header is not <code>| Ref | Title |</code>, or wrong.");
    }

    @Test
    void markupInADescriptionIsEscaped() {
        assertThat(RuleCataloguePage.descriptionHtml("Raw HTML such as `<script>` & <b>bold</b>."))
                .isEqualTo("Raw HTML such as <code>&lt;script&gt;</code> &amp; &lt;b&gt;bold&lt;/b&gt;.");
    }

    @Test
    void anUnpairedBacktickStaysText() {
        assertThat(RuleCataloguePage.descriptionHtml("One ` alone")).isEqualTo("One ` alone");
    }

    @Test
    void tableHasOneRowPerRuleInCatalogueOrder() {
        String table = RuleCataloguePage.htmlTable(Rules.all());

        assertThat(table.lines().filter(line -> line.startsWith("<tr id="))).hasSize(Rules.all().size());
        assertThat(table).contains("<th>Fixable</th>")
                .contains("<tr id=\"cell-pipe\"><td><code>cell-pipe</code></td><td>error</td><td>yes</td><td>An unescaped"
                        + " <code>|</code>")
                .contains("<tr id=\"encoding\"><td><code>encoding</code></td><td>error</td><td>no</td><td>");
        assertThat(table.indexOf("<code>encoding</code>")).isLessThan(table.indexOf("<code>title-conflict</code>"));
    }

    /** Each rule's helpUri names this page and the row's anchor. */
    @Test
    void everyRuleHasItsRowAsItsDocumentation() {
        String table = RuleCataloguePage.htmlTable(Rules.all());

        for (Rule rule : Rules.all()) {
            assertThat(rule.helpUri()).isEqualTo("https://digestplugin.github.io/digest-maven-plugin/rules.html#" + rule.id());
            assertThat(table).contains("<tr id=\"" + rule.id() + "\">");
        }
    }
}
