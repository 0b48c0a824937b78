package io.github.digestplugin.check.rules;

import static io.github.digestplugin.check.rules.RuleTester.VALID;
import static io.github.digestplugin.check.rules.RuleTester.at;
import static io.github.digestplugin.check.rules.RuleTester.check;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.check.CrossDigestRule;
import io.github.digestplugin.check.EntryTitle;
import io.github.digestplugin.model.Digest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TitleConflictRuleTest {

    private final TitleConflictRule rule = new TitleConflictRule();

    @Test
    void differentTitleInAnotherDigestIsReportedOnceNamingTheFirst() {
        String renamed = VALID.replace("Second Paper: A Study", "Second Paper: Another Study");
        Map<String, String> digests = new LinkedHashMap<>();
        digests.put("b.md", renamed);
        digests.put("a.md", VALID);

        List<CrossDigestRule.Located> found = check(rule, digests);

        assertThat(found).singleElement().satisfies(located -> {
            assertThat(located.path()).isEqualTo(Path.of("b.md"));
            assertThat(located.position()).isEqualTo(at(renamed, "Second Paper: Another Study", 2));
            assertThat(located.message().english()).isEqualTo("Paper 2306.07207 is titled `Second Paper: Another Study` here"
                    + " but `Second Paper: A Study` in a.md");
        });
    }

    @Test
    void caseSpacingAndTrailingPeriodKeepTheRule() {
        String variant = VALID.replace("Second Paper: A Study", "second paper:  a study.");

        assertThat(check(rule, Map.of("a.md", VALID, "b.md", variant))).isEmpty();
        assertThat(check(rule, Map.of("a.md", VALID, "b.md", VALID))).isEmpty();
    }

    @Test
    void collectsFromManyThreadsAtOnce() {
        CrossDigestRule.Collector collector = rule.newCollector();
        IntStream.range(0, 64).parallel().forEach(i -> {
            Digest digest = RuleTester.parse(
                    VALID.replace("Second Paper: A Study", "Second Paper number " + i), String.format("%02d.md", i));
            collector.collect(digest.path(), EntryTitle.of(digest));
        });
        List<CrossDigestRule.Located> found = new ArrayList<>();
        collector.finish(found::add);

        assertThat(found).hasSize(63).allSatisfy(located -> assertThat(located.message().english()).endsWith(" in 00.md"));
        assertThat(found).extracting(CrossDigestRule.Located::path).doesNotHaveDuplicates();
    }
}
