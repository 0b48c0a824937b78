package io.github.digestplugin.report;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Entry;
import io.github.digestplugin.model.Layout;
import io.github.digestplugin.model.TableRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Collects the digests as the checker hands them over (from several threads) into a
 * {@link ReadingList}: each digest shrunk to its table, each paper's texts kept once.
 */
public final class ReadingListBuilder implements Consumer<Digest> {

    private final Map<Path, String> digestPages;
    private final ConcurrentLinkedQueue<DigestSummary> digests = new ConcurrentLinkedQueue<>();
    private final ConcurrentHashMap<String, PaperDraft> papers = new ConcurrentHashMap<>();

    /** @param digestPages the page of every digest that may arrive, by its relative path */
    public ReadingListBuilder(Map<Path, String> digestPages) {
        this.digestPages = Map.copyOf(digestPages);
    }

    @Override
    public void accept(Digest digest) {
        String href = digestPages.get(digest.path());
        if (href == null) {
            throw new IllegalArgumentException("No page was planned for digest " + digest.path());
        }
        List<EntrySummary> rows = new ArrayList<>(digest.entries().size());
        int index = 0;
        for (Entry entry : digest.entries()) {
            rows.add(summarize(++index, entry));
        }
        DigestSummary summary = new DigestSummary(digest.path(), href, digest.channel(), digest.date(), rows);
        digests.add(summary);
        for (int i = 0; i < rows.size(); i++) {
            EntrySummary row = rows.get(i);
            if (row.paperId().isPresent()) {
                Entry entry = digest.entries().get(i);
                papers.computeIfAbsent(row.paperId().get(), PaperDraft::new)
                        .add(new Appearance(summary, row.index(), row.number()), entry);
            }
        }
    }

    private static EntrySummary summarize(int index, Entry entry) {
        Optional<String> id = entry.arxivId().map(a -> a.id());
        boolean malformed = entry.row().isEmpty() || entry.definition().isEmpty()
                || !entry.row().get().isWellFormed()
                || entry.definition().get().layout() == Layout.IRREGULAR
                || !entry.definition().get().terminated()
                || id.isEmpty();
        Optional<EntrySummary.LineRange> definitionLines = entry.definition()
                .map(d -> new EntrySummary.LineRange(d.position().line(), Math.max(d.position().line(), d.endLine())));
        return new EntrySummary(index, entry.number(), id, entry.title().text().strip(),
                entry.summaryZh().text().strip(), entry.row().map(TableRow::line).orElse(0), definitionLines,
                malformed);
    }

    /** The reading list of every digest accepted so far, with the checker's findings. */
    public ReadingList build(CheckResult check) {
        List<DigestSummary> ordered = new ArrayList<>(digests);
        ordered.sort(DigestSummary.ORDER);
        List<Paper> built = papers.values().parallelStream().map(PaperDraft::build).toList();
        return new ReadingList(ordered, built, check);
    }
}
