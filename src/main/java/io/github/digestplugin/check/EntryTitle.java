package io.github.digestplugin.check;

import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Entry;
import io.github.digestplugin.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/**
 * What the cross-digest rules compare of an entry: the paper it names and the title it gives it,
 * with the title's place. Small enough for the report to keep in its store, so that a rerun can
 * compare every digest without parsing the unchanged ones again.
 *
 * @param paperId the arXiv id without version
 * @param position where the title is
 * @param title the title as written
 */
public record EntryTitle(String paperId, SourcePosition position, String title) {

    /** The titled entries of {@code digest} that name a paper, in entry order. */
    public static List<EntryTitle> of(Digest digest) {
        List<EntryTitle> titles = new ArrayList<>(digest.entries().size());
        for (Entry entry : digest.entries()) {
            if (entry.arxivId().isPresent() && !entry.title().isEmpty()) {
                titles.add(new EntryTitle(entry.arxivId().get().id(), entry.title().position(), entry.title().text()));
            }
        }
        return titles;
    }
}
