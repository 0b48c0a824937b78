package io.github.digestplugin.check.output;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.Rule;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.SourcePosition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** A small check result with awkward file names and messages, for the writer tests. */
final class ResultFixtures {

    /** Quotes, markup, a backslash, control characters, a line separator, CJK and an emoji. */
    static final String NASTY_MESSAGE = "Title \"A<b>&c</b>\" \\ differs:\ttab\u0001bell\u2028line 摘要 \uD83D\uDE00";

    static final List<Rule> CATALOGUE = List.of(
            new FixedRule("cell-pipe", Severity.ERROR, "An unescaped | splits a table cell.", true),
            new FixedRule("numbering", Severity.WARNING, "Numbers do not run 1..n.", false),
            new FixedRule("url-canonical", Severity.INFO, "A url is not the canonical arXiv form.", true));

    static final Path CLEAN = Path.of("2024/clean.md");
    static final Path SPACED = Path.of("2024/reading list #2.md");
    static final Path CHINESE = Path.of("摘要.md");

    private ResultFixtures() {}

    static CheckResult result() {
        return new CheckResult(List.of(
                new Finding(SPACED, new SourcePosition(5, 42), Severity.ERROR, "cell-pipe", NASTY_MESSAGE),
                new Finding(SPACED, new SourcePosition(12, 1), Severity.WARNING, "numbering", "Number 3 follows 1"),
                new Finding(CHINESE, new SourcePosition(7, 9), Severity.INFO, "url-canonical", "Use https://arxiv.org")),
                3, 1234, 17, Duration.ofMillis(5));
    }

    static CheckedFiles checked(Path directory) {
        return new CheckedFiles(directory, List.of(CLEAN, SPACED, CHINESE));
    }

    private record FixedRule(String id, Severity defaultSeverity, String description, boolean fixable)
            implements DigestRule {
        @Override
        public void check(Digest digest, Reporter reporter) {
            throw new UnsupportedOperationException("only described, never run");
        }

        @Override
        public List<MessageKey> messages() {
            return List.of();
        }

        @Override
        public String description(Locale locale) {
            return locale.getLanguage().equals("zh") ? "中文：" + description : description;
        }

        @Override
        public String rationale(Locale locale) {
            return "Why " + id + ".";
        }
    }
}
