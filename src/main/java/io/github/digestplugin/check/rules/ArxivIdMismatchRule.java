package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.AbstractPrefix;
import io.github.digestplugin.model.ArxivId;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Entry;
import io.github.digestplugin.model.SourcePosition;
import io.github.digestplugin.model.TitleSuffix;
import java.util.Optional;

/**
 * An entry names its paper up to three times: in the url, in the title suffix
 * {@code (arXiv:ID vN [cat])} and in the abstract prefix {@code arXiv:ID Announce Type:}. All must
 * be the same paper; versions may differ. The url's id, where there is one, is the reference.
 */
public final class ArxivIdMismatchRule implements DigestRule {

    @Override
    public String id() {
        return "arxiv-id-mismatch";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "The arXiv ids in the url, the title suffix and the abstract prefix name different papers.";
    }

    @Override
    public void check(Digest digest, Reporter reporter) {
        for (Entry entry : digest.entries()) {
            Optional<ArxivId> url = entry.urlId();
            Optional<TitleSuffix> suffix = entry.titleSuffix();
            Optional<AbstractPrefix> prefix = entry.abstractPrefix();
            String referenceId;
            String referenceName;
            if (url.isPresent()) {
                referenceId = url.get().id();
                referenceName = "the url";
            } else if (suffix.isPresent()) {
                referenceId = suffix.get().id().id();
                referenceName = "the title suffix";
            } else {
                continue;
            }
            if (url.isPresent() && suffix.isPresent() && !suffix.get().id().id().equals(referenceId)) {
                report(reporter, entry, suffix.get().position(), suffix.get().id(), "title suffix", referenceId,
                        referenceName);
            }
            if (prefix.isPresent() && !prefix.get().id().id().equals(referenceId)) {
                report(reporter, entry, prefix.get().position(), prefix.get().id(), "abstract prefix", referenceId,
                        referenceName);
            }
        }
    }

    private static void report(Reporter reporter, Entry entry, SourcePosition at, ArxivId found, String where,
            String referenceId, String referenceName) {
        reporter.report(at, "arXiv id " + found.id() + " in the " + where + " of [^" + entry.number()
                + "] differs from " + referenceId + " in " + referenceName);
    }
}
