package io.github.digestplugin.check;

import io.github.digestplugin.model.Definition;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Entry;
import io.github.digestplugin.model.TableRow;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which entry each finding is about, named so that moving lines does not change it: the paper's
 * arXiv id (without version) or, where an entry names none, its footnote number as {@code [^N]}.
 * A finding on a line of no entry (a heading, the table header, a stray line) has the empty key.
 * What a baseline and the GitLab report fingerprint findings by.
 */
public final class EntryKeys {

    /** No digest: every finding has the empty key. */
    public static final EntryKeys NONE = new EntryKeys();

    /** One digest's entries by the lines they span, sorted by first line. */
    private record Lines(int[] first, int[] last, String[] keys) {
        String keyOf(int line) {
            int at = Arrays.binarySearch(first, line);
            int candidate = at >= 0 ? at : -at - 2;
            // Spans do not overlap, but a row and its definition are two spans of one entry.
            for (int i = candidate; i >= 0 && i > candidate - 2; i--) {
                if (line >= first[i] && line <= last[i]) {
                    return keys[i];
                }
            }
            return "";
        }
    }

    private final Map<Path, Lines> byFile = new ConcurrentHashMap<>();

    EntryKeys() {}

    /** Records the entries of a digest; safe from several threads at once. */
    void add(Digest digest) {
        int spans = 0;
        for (Entry entry : digest.entries()) {
            spans += (entry.row().isPresent() ? 1 : 0) + (entry.definition().isPresent() ? 1 : 0);
        }
        long[][] lines = new long[spans][];
        String[] keys = new String[spans];
        int i = 0;
        for (Entry entry : digest.entries()) {
            String key = keyOf(entry);
            if (entry.row().isPresent()) {
                TableRow row = entry.row().get();
                lines[i] = new long[] {row.line(), row.line(), i};
                keys[i++] = key;
            }
            if (entry.definition().isPresent()) {
                Definition definition = entry.definition().get();
                lines[i] = new long[] {definition.position().line(), Math.max(definition.position().line(),
                        definition.endLine()), i};
                keys[i++] = key;
            }
        }
        Arrays.sort(lines, (a, b) -> Long.compare(a[0], b[0]));
        int[] first = new int[spans];
        int[] last = new int[spans];
        String[] sortedKeys = new String[spans];
        for (int j = 0; j < spans; j++) {
            first[j] = (int) lines[j][0];
            last[j] = (int) lines[j][1];
            sortedKeys[j] = keys[(int) lines[j][2]];
        }
        byFile.put(digest.path(), new Lines(first, last, sortedKeys));
    }

    /** The key of the entry a finding is about, or the empty string. */
    public String of(Finding finding) {
        Lines lines = byFile.get(finding.path());
        return lines == null ? "" : lines.keyOf(finding.position().line());
    }

    static String keyOf(Entry entry) {
        return entry.arxivId().map(id -> id.id()).orElse("[^" + entry.number() + "]");
    }
}
