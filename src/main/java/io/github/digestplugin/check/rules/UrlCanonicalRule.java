package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Digest;
import java.util.List;

/**
 * An arXiv abstract page reached through {@code rss.arxiv.org}, {@code export.arxiv.org} or plain
 * http works, but the same paper then has several urls; {@code https://arxiv.org/abs/ID} is the
 * one arXiv itself links.
 */
public final class UrlCanonicalRule implements DigestRule {

    static final MessageKey NOT_CANONICAL = new MessageKey("url-canonical.not-canonical", 3);

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
        return List.of(NOT_CANONICAL);
    }


    @Override
    public void check(Digest digest, Reporter reporter) {
        ArxivUrl.forEachUrl(digest, (entry, url, arxivUrl) -> {
            if (arxivUrl.kind() == ArxivUrl.Kind.NON_CANONICAL) {
                reporter.report(url.position(), NOT_CANONICAL, RuleText.quote(url.text()), entry.number(),
                        arxivUrl.canonical());
            }
        });
    }
}
