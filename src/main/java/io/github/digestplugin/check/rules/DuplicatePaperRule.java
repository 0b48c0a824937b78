package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.ArxivId;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Entry;
import io.github.digestplugin.model.SourcePosition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The same paper (arXiv id, any version) listed twice in one digest. */
public final class DuplicatePaperRule implements DigestRule {

    static final MessageKey TWICE = new MessageKey("duplicate-paper.twice", 4);

    @Override
    public String id() {
        return "duplicate-paper";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<MessageKey> messages() {
        return List.of(TWICE);
    }


    @Override
    public void check(Digest digest, Reporter reporter) {
        Map<String, Entry> first = new HashMap<>();
        for (Entry entry : digest.entries()) {
            Optional<ArxivId> id = entry.arxivId();
            if (id.isEmpty()) {
                continue;
            }
            Entry earlier = first.putIfAbsent(id.get().id(), entry);
            if (earlier != null) {
                reporter.report(positionOf(entry), TWICE, id.get().id(), entry.number(), earlier.number(),
                        positionOf(earlier).line());
            }
        }
    }

    /** The entry's url, which names the paper, else where the entry starts. */
    private static SourcePosition positionOf(Entry entry) {
        return entry.url().isEmpty() ? entry.position() : entry.url().position();
    }
}
