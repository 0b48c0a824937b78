package io.github.digestplugin.report;

import java.util.List;
import java.util.Optional;

/**
 * Which entry of a digest a source line belongs to: the entry whose table row is on it or whose
 * definition spans it, the first in table order where two would. A table of one slot per line,
 * so that joining a digest's findings to its entries costs the lines and the findings, not their
 * product. The rows and definitions of a digest do not overlap, so filling it costs the lines.
 */
final class EntryLines {

    private final List<EntrySummary.Span> entries;
    /** Per line, the index of its entry plus one; 0 where no entry is. */
    private final int[] owners;

    EntryLines(List<EntrySummary.Span> entries) {
        this.entries = entries;
        int last = 0;
        for (EntrySummary.Span entry : entries) {
            last = Math.max(last, entry.rowLine());
            if (entry.definitionLines().isPresent()) {
                last = Math.max(last, entry.definitionLines().get().last());
            }
        }
        owners = new int[last + 1];
        // Backwards, so that where two entries claim a line the first one keeps it.
        for (int i = entries.size() - 1; i >= 0; i--) {
            EntrySummary.Span entry = entries.get(i);
            if (entry.rowLine() >= 0) {
                owners[entry.rowLine()] = i + 1;
            }
            if (entry.definitionLines().isPresent()) {
                EntrySummary.LineRange range = entry.definitionLines().get();
                for (int line = Math.max(0, range.first()); line <= range.last(); line++) {
                    owners[line] = i + 1;
                }
            }
        }
    }

    /** The index in the digest's entries of the entry on {@code line}, or -1. */
    int indexAt(int line) {
        return line >= 0 && line < owners.length ? owners[line] - 1 : -1;
    }

    Optional<EntrySummary.Span> at(int line) {
        int index = indexAt(line);
        return index < 0 ? Optional.empty() : Optional.of(entries.get(index));
    }
}
