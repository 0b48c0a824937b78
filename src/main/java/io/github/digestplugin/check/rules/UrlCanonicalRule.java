package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Entry;
import io.github.digestplugin.model.Field;
import java.util.List;
import java.util.Optional;

/**
 * An arXiv abstract page reached through {@code rss.arxiv.org}, {@code export.arxiv.org} or plain
 * http works, but the same paper then has several urls; {@code https://arxiv.org/abs/ID} is the
 * one arXiv itself links. Each occurrence is reported at its own line: the row, the definition.
 */
public final class UrlCanonicalRule implements DigestRule {

    @Override
    public String id() {
        return "url-canonical";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String description() {
        return "An arXiv url works but is not canonical (`rss.arxiv.org`, `export.arxiv.org`, `http:`).";
    }

    @Override
    public boolean fixable() {
        return true;
    }

    @Override
    public void check(Digest digest, Reporter reporter) {
        for (Entry entry : digest.entries()) {
            // Each line that holds the url is reported on its own, so an annotation and a fix land
            // on the row as well as on the definition.
            entry.row().ifPresent(row -> row.url().ifPresent(url -> canonical(url.text()).ifPresent(canonical ->
                    reporter.report(url.position(), "Url " + RuleText.quote(url.text()) + " in row "
                            + RuleText.reference(row) + " is not canonical; use " + canonical))));
            if (entry.definition().isEmpty() || entry.url().isEmpty()) {
                continue;
            }
            Field target = entry.url();
            Optional<String> canonicalTarget = canonical(target.text());
            if (canonicalTarget.isPresent()) {
                reporter.report(target.position(), ArxivUrl.named(entry) + " is not canonical; use "
                        + canonicalTarget.get());
                continue;
            }
            shownUrl(entry).ifPresent(shown -> canonical(shown.text()).ifPresent(canonical -> reporter.report(
                    shown.position(), "Url " + RuleText.quote(shown.text()) + " shown by the link of [^"
                            + entry.number() + "] is not canonical; use " + canonical)));
        }
    }

    /**
     * The canonical form of {@code url} where it is an arXiv abstract page written otherwise, empty
     * for a canonical url and for one that is no abstract page at all. The fix goal rewrites urls
     * by it, so that what it writes is what this rule asks for.
     */
    public static Optional<String> canonical(String url) {
        ArxivUrl read = ArxivUrl.of(url);
        return read.kind() == ArxivUrl.Kind.NON_CANONICAL ? Optional.of(read.canonical()) : Optional.empty();
    }

    /**
     * The text of the url field's link, {@code [this](target)}, positioned in the source, where the
     * field is such a link: read by hand, as the parser read the target.
     */
    static Optional<Field> shownUrl(Entry entry) {
        List<Field> fields = entry.definition().orElseThrow().fields();
        if (fields.size() < 2) {
            return Optional.empty();
        }
        Field field = fields.get(1);
        String text = field.text();
        int close = text.indexOf("](");
        if (!text.startsWith("[") || close < 0) {
            return Optional.empty();
        }
        return Optional.of(new Field(text.substring(1, close), field.at(1)));
    }
}
