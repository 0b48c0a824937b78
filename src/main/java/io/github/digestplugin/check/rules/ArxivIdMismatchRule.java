package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.AbstractPrefix;
import io.github.digestplugin.model.ArxivId;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Entry;
import io.github.digestplugin.model.SourcePosition;
import io.github.digestplugin.model.TitleSuffix;
import java.util.List;
import java.util.Optional;

/**
 * An entry names its paper up to three times: in the url, in the title suffix
 * {@code (arXiv:ID vN [cat])} and in the abstract prefix {@code arXiv:ID Announce Type:}. All must
 * be the same paper; versions may differ. The url's id, where there is one, is the reference.
 */
public final class ArxivIdMismatchRule implements DigestRule {

    static final MessageKey DIFFERS = new MessageKey("arxiv-id-mismatch.differs", 5);
    static final MessageKey IN_TITLE_SUFFIX = new MessageKey("arxiv-id-mismatch.title-suffix", 0);
    static final MessageKey IN_ABSTRACT_PREFIX = new MessageKey("arxiv-id-mismatch.abstract-prefix", 0);
    static final MessageKey THE_URL = new MessageKey("arxiv-id-mismatch.the-url", 0);
    static final MessageKey THE_TITLE_SUFFIX = new MessageKey("arxiv-id-mismatch.the-title-suffix", 0);

    @Override
    public String id() {
        return "arxiv-id-mismatch";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public List<MessageKey> messages() {
        return List.of(DIFFERS, IN_TITLE_SUFFIX, IN_ABSTRACT_PREFIX, THE_URL, THE_TITLE_SUFFIX);
    }


    @Override
    public void check(Digest digest, Reporter reporter) {
        for (Entry entry : digest.entries()) {
            Optional<ArxivId> url = entry.urlId();
            Optional<TitleSuffix> suffix = entry.titleSuffix();
            Optional<AbstractPrefix> prefix = entry.abstractPrefix();
            String referenceId;
            MessageKey referenceName;
            if (url.isPresent()) {
                referenceId = url.get().id();
                referenceName = THE_URL;
            } else if (suffix.isPresent()) {
                referenceId = suffix.get().id().id();
                referenceName = THE_TITLE_SUFFIX;
            } else {
                continue;
            }
            if (url.isPresent() && suffix.isPresent() && !suffix.get().id().id().equals(referenceId)) {
                report(reporter, entry, suffix.get().position(), suffix.get().id(), IN_TITLE_SUFFIX, referenceId,
                        referenceName);
            }
            if (prefix.isPresent() && !prefix.get().id().id().equals(referenceId)) {
                report(reporter, entry, prefix.get().position(), prefix.get().id(), IN_ABSTRACT_PREFIX, referenceId,
                        referenceName);
            }
        }
    }

    private static void report(Reporter reporter, Entry entry, SourcePosition at, ArxivId found, MessageKey where,
            String referenceId, MessageKey referenceName) {
        reporter.report(at, DIFFERS, found.id(), RuleText.phrase(where), entry.number(), referenceId,
                RuleText.phrase(referenceName));
    }
}
