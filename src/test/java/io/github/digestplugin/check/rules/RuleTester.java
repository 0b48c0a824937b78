package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.CrossDigestRule;
import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.EntryTitle;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.SourcePosition;
import io.github.digestplugin.parse.DigestParser;
import io.github.digestplugin.parse.ParserOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs one rule on digests given as text, and finds the positions the findings should have. */
final class RuleTester {

    /** A well-formed digest of two entries: standard layout, canonical urls, one title suffix. */
    static final String VALID = """
            # 摘要

            | Ref | Title | Summary |
            | --- | --- | --- |
            | [^1] | [First Paper Title](https://arxiv.org/abs/2403.19243) | 第一篇总结 |
            | [^2] | [Second Paper: A Study](https://arxiv.org/abs/2306.07207) | 第二篇总结 |

            # 详细

            [^1]: 第一篇标题

                First Paper Title

                [https://arxiv.org/abs/2403.19243](https://arxiv.org/abs/2403.19243)

                第一篇总结

            \s  \s

                第一篇摘要

                arXiv:2403.19243v1 Announce Type: new  Abstract: The first abstract.
            \s  \s
            [^2]: 第二篇标题

                Second Paper: A Study (arXiv:2306.07207v2 [cs.CV] UPDATED)

                [https://arxiv.org/abs/2306.07207](https://arxiv.org/abs/2306.07207)

                第二篇总结

            \s  \s

                第二篇摘要

                The second abstract.
            \s  \s
            """;

    /** What a rule reported, before the checker adds path, id and severity. */
    record Reported(SourcePosition position, String message) {}

    private RuleTester() {}

    static Digest parse(String text) {
        return parse(text, "digest.md");
    }

    static Digest parse(String text, String path) {
        return parse(text, path, ParserOptions.defaults());
    }

    static Digest parse(String text, String path, ParserOptions options) {
        try {
            return new DigestParser(options)
                    .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Digest parseFile(Path file) {
        try {
            return new DigestParser(ParserOptions.defaults()).parse(file, file.getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Reported> check(DigestRule rule, String text) {
        return check(rule, parse(text));
    }

    static List<Reported> check(DigestRule rule, Digest digest) {
        List<Reported> found = new ArrayList<>();
        rule.check(digest, (position, key, arguments) -> found.add(new Reported(position,
                Finding.of(digest.path(), position, Severity.ERROR, rule.id(), key, arguments).message())));
        return found;
    }

    /** Runs a cross-digest rule over digests given as path to text. */
    static List<CrossDigestRule.Located> check(CrossDigestRule rule, Map<String, String> digests) {
        CrossDigestRule.Collector collector = rule.newCollector();
        digests.forEach((path, text) -> {
            Digest digest = parse(text, path);
            collector.collect(digest.path(), EntryTitle.of(digest));
        });
        List<CrossDigestRule.Located> found = new ArrayList<>();
        collector.finish(found::add);
        return found;
    }

    /** The text with {@code from} replaced once, failing when it is not there. */
    static String replace(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException("not in the digest: " + from);
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /** Where {@code needle} first occurs in the text: 1-based line and column. */
    static SourcePosition at(String text, String needle) {
        return at(text, needle, 1);
    }

    /** Where the {@code occurrence}-th {@code needle} is in the text. */
    static SourcePosition at(String text, String needle, int occurrence) {
        int index = -1;
        for (int i = 0; i < occurrence; i++) {
            index = text.indexOf(needle, index + 1);
            if (index < 0) {
                throw new IllegalArgumentException("not in the digest " + occurrence + " times: " + needle);
            }
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(line, index - lineStart + 1);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
