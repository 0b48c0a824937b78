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
    void closedEntriesKeepTheRuleWithOrWithoutFinalLineBreak() {
        assertThat(check(rule, VALID)).isEmpty();
        assertThat(check(rule, VALID.substring(0, VALID.length() - 1))).isEmpty();
    }
}
