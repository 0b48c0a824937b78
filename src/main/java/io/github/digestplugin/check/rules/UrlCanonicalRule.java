package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.MessageKey;
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

    static final MessageKey NOT_CANONICAL = new MessageKey("url-canonical.not-canonical", 3);
    static final MessageKey IN_ROW = new MessageKey("url-canonical.in-row", 3);
    static final MessageKey SHOWN = new MessageKey("url-canonical.shown", 3);

    @Override
    public String id() {
        return "url-canonical";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public List<MessageKey> messages() {
        return List.of(NOT_CANONICAL, IN_ROW, SHOWN);
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
                    reporter.report(url.position(), IN_ROW, RuleText.quote(url.text()), RuleText.reference(row),
                            canonical))));
            if (entry.definition().isEmpty() || entry.url().isEmpty()) {
                continue;
            }
            Field target = entry.url();
            Optional<String> canonicalTarget = canonical(target.text());
            if (canonicalTarget.isPresent()) {
                reporter.report(target.position(), NOT_CANONICAL, RuleText.quote(target.text()), entry.number(),
                        canonicalTarget.get());
                continue;
            }
            shownUrl(entry).ifPresent(shown -> canonical(shown.text()).ifPresent(canonical -> reporter.report(
                    shown.position(), SHOWN, RuleText.quote(shown.text()), entry.number(), canonical)));
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
