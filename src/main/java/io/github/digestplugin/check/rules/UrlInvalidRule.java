package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Digest;

/**
 * An entry's url must be an arXiv abstract page. Working variants (another arXiv host, plain
 * http) are accepted here and reported by the url-canonical rule; an empty url by empty-field.
 */
public final class UrlInvalidRule implements DigestRule {

    @Override
    public String id() {
        return "url-invalid";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "A url is not http(s), or not an arXiv abstract page `https://arxiv.org/abs/ID`.";
    }

    @Override
    public void check(Digest digest, Reporter reporter) {
        ArxivUrl.forEachUrl(digest, (entry, url, arxivUrl) -> {
            switch (arxivUrl.kind()) {
                case NOT_HTTP -> reporter.report(url.position(), ArxivUrl.named(entry) + " is not an http(s) url");
                case NOT_ARXIV_ABSTRACT -> reporter.report(url.position(), ArxivUrl.named(entry)
                        + " is not an arXiv abstract page `https://arxiv.org/abs/ID`");
                default -> {
                    // an abstract page: nothing for this rule
                }
            }
        });
    }
}
