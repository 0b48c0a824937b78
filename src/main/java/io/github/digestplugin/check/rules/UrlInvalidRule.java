package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Digest;
import java.util.List;

/**
 * An entry's url must be an arXiv abstract page. Working variants (another arXiv host, plain
 * http) are accepted here and reported by the url-canonical rule; an empty url by empty-field.
 */
public final class UrlInvalidRule implements DigestRule {

    static final MessageKey NOT_HTTP = new MessageKey("url-invalid.not-http", 2);
    static final MessageKey NOT_ABSTRACT_PAGE = new MessageKey("url-invalid.not-abstract-page", 2);

    @Override
    public String id() {
        return "url-invalid";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public List<MessageKey> messages() {
        return List.of(NOT_HTTP, NOT_ABSTRACT_PAGE);
    }


    @Override
    public void check(Digest digest, Reporter reporter) {
        ArxivUrl.forEachUrl(digest, (entry, url, arxivUrl) -> {
            switch (arxivUrl.kind()) {
                case NOT_HTTP -> reporter.report(url.position(), NOT_HTTP, RuleText.quote(url.text()), entry.number());
                case NOT_ARXIV_ABSTRACT -> reporter.report(url.position(), NOT_ABSTRACT_PAGE, RuleText.quote(url.text()),
                        entry.number());
                default -> {
                    // an abstract page: nothing for this rule
                }
            }
        });
    }
}
