package io.github.digestplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.digestplugin.check.CrossDigestRule;
import io.github.digestplugin.check.EntryTitle;
import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.Rule;
import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.model.Digest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every rule copes with any damage: lines dropped, repeated, swapped, cut, or sprinkled with the
 * characters the format gives meaning to. A rule must report, never throw.
 */
class DamagedDigestTest {

    private static final String[] INSERTS = {"|", "\\|", "[", "]", "(", ")", "[^", "]:", "<b>", "<", "#", "    ", "\t",
        "javascript:", "arXiv:", "`", "\\", "", "\u3000", "https://rss.arxiv.org/abs/2401.00001v2"};

    @Test
    void noRuleThrowsOnDamagedDigests() {
        Random random = new Random(20261127L);
        for (int round = 0; round < 1500; round++) {
            String text = damage(RuleTester.VALID, random, 1 + random.nextInt(4));
            Digest digest = RuleTester.parse(text);
            for (Rule rule : Rules.all()) {
                assertThatCode(() -> run(rule, digest)).as("%s on:%n%s", rule.id(), text).doesNotThrowAnyException();
            }
        }
    }

    private static void run(Rule rule, Digest digest) {
        if (rule instanceof DigestRule digestRule) {
            RuleTester.check(digestRule, digest);
        } else if (rule instanceof CrossDigestRule crossRule) {
            CrossDigestRule.Collector collector = crossRule.newCollector();
            collector.collect(digest.path(), EntryTitle.of(digest));
            collector.collect(digest.path(), EntryTitle.of(digest));
            collector.finish(located -> { });
        }
        // A rule that is only a PathRule reads the file walk's problems, never a digest's text.
    }

    private static String damage(String text, Random random, int times) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        for (int i = 0; i < times && !lines.isEmpty(); i++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(6)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
                case 2 -> {
                    int other = random.nextInt(lines.size());
                    String swapped = lines.get(at);
                    lines.set(at, lines.get(other));
                    lines.set(other, swapped);
                }
                case 3 -> lines.subList(at, lines.size()).clear();
                default -> {
                    String line = lines.get(at);
                    int column = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
                    lines.set(at, line.substring(0, column) + INSERTS[random.nextInt(INSERTS.length)]
                            + line.substring(column));
                }
            }
        }
        return String.join("\n", lines);
    }
}
