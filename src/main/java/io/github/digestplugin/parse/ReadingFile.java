package io.github.digestplugin.parse;

import io.github.digestplugin.model.ReadingEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed {@code reading.yaml}: the entries it could read, in the file's order, and the problems
 * it found. An entry with a bad value keeps its other values; an entry whose key is not an arXiv id
 * is left out.
 *
 * @param contentHash the SHA-256 of the file's bytes, empty for no file
 */
public record ReadingFile(List<ReadingEntry> entries, List<ReadingProblem> problems, String contentHash) {

    /** No reading file: every page as without one. */
    public static final ReadingFile NONE = new ReadingFile(List.of(), List.of(), "");

    public ReadingFile {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /** The entries by paper id, in the file's order. */
    public Map<String, ReadingEntry> byId() {
        Map<String, ReadingEntry> byId = new LinkedHashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        return byId;
    }

    public Optional<ReadingEntry> entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
