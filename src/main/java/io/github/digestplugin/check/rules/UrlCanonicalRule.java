package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Digest;

/**
 * An arXiv abstract page reached through {@code rss.arxiv.org}, {@code export.arxiv.org} or plain
 * http works, but the same paper then has several urls; {@code https://arxiv.org/abs/ID} is the
 * one arXiv itself links.
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
    public void check(Digest digest, Reporter reporter) {
        ArxivUrl.forEachUrl(digest, (entry, url, arxivUrl) -> {
            if (arxivUrl.kind() == ArxivUrl.Kind.NON_CANONICAL) {
                reporter.report(url.position(), ArxivUrl.named(entry) + " is not canonical; use "
                        + arxivUrl.canonical());
            }
        });
    }
}
