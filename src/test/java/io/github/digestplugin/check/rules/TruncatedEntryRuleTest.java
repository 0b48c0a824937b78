package io.github.digestplugin.check.rules;

import static io.github.digestplugin.check.rules.RuleTester.VALID;
import static io.github.digestplugin.check.rules.RuleTester.check;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.model.SourcePosition;
import org.junit.jupiter.api.Test;

class TruncatedEntryRuleTest {

    private final TruncatedEntryRule rule = new TruncatedEntryRule();

    @Test
    void fileCutAfterTheSummaryIsReportedAtTheLastField() {
        String text = VALID.substring(0, VALID.indexOf("    第二篇总结\n") + "    第二篇总结\n".length());

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(new SourcePosition(30, 5));
            assertThat(found.message()).isEqualTo("File ends inside definition [^2] after field 3 (summary zh)"
                    + " (3 of 6 fields, no closing line of four spaces)");
        });
    }

    @Test
    void fileCutAfterTheLabelIsReportedAtTheLabel() {
        String text = VALID.substring(0, VALID.indexOf("[^2]: 第二篇标题") + "[^2]: 第二篇标题".length());

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(new SourcePosition(24, 1));
            assertThat(found.message()).contains("[^2] after its translated title");
        });
    }

    @Test
    void deletedClosingLineBeforeTheNextDefinitionIsReported() {
        String text = RuleTester.replace(VALID, "The first abstract.\n    \n[^2]:", "The first abstract.\n[^2]:");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(RuleTester.at(text, "arXiv:2403.19243v1 Announce"));
            assertThat(found.message()).isEqualTo("Definition [^1] has no closing line of four spaces: definition"
                    + " [^2] at line 23 follows its field 6 (abstract en) (6 of 6 fields)");
        });
        assertThat(check(new DefinitionLayoutRule(), text)).isEmpty();
    }

    @Test
    void closingLineReplacedByAnEmptyOneOrAnotherLineIsReported() {
        String empty = RuleTester.replace(VALID, "The first abstract.\n    \n[^2]:", "The first abstract.\n\n[^2]:");
        String heading = RuleTester.replace(VALID, "The first abstract.\n    \n[^2]:",
                "The first abstract.\n## Notes\n[^2]:");

        assertThat(check(rule, empty)).extracting(RuleTester.Reported::message).containsExactly("Definition [^1] has"
                + " no closing line of four spaces: definition [^2] at line 24 follows its field 6 (abstract en) (6 of 6"
                + " fields)");
        assertThat(check(rule, heading)).extracting(RuleTester.Reported::message).containsExactly("Definition [^1] has"
                + " no closing line of four spaces: line 23 follows its field 6 (abstract en) (6 of 6 fields)");
    }

    @Test
    void aDefinitionCutShortBeforeTheNextHasItsFieldCount() {
        String text = RuleTester.replace(VALID, "\n    arXiv:2403.19243v1 Announce Type: new  Abstract: The first"
                + " abstract.\n    \n[^2]:", "\n[^2]:");

        assertThat(check(rule, text)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(RuleTester.at(text, "第一篇摘要"));
            assertThat(found.message()).endsWith("follows its field 5 (abstract zh) (5 of 6 fields)");
        });
    }

    @Test
    void closedEntriesKeepTheRuleWithOrWithoutFinalLineBreak() {
        assertThat(check(rule, VALID)).isEmpty();
        assertThat(check(rule, VALID.substring(0, VALID.length() - 1))).isEmpty();
    }
}
