package io.github.digestplugin.report.search;

import io.github.digestplugin.report.render.OutputFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Writes the split search index as script files below {@code search/} of the report, so that the
 * search page loads only the shards a query needs, also from {@code file://}: each file calls a
 * registration function of {@code search.js} ({@code digestSearch.meta}, {@code .postings},
 * {@code .documents}), as Pagefind splits its index, since {@code fetch} is blocked there. A run
 * after one that wrote the index rewrites only the files of the papers that changed
 * ({@link SearchIndexUpdate}); the files come out as a build from scratch makes them.
 */
public final class SearchIndexWriter {

    /** The folder of the index, relative to the report. */
    public static final String DIRECTORY = "search";

    /** The file in the report's state folder that tells the next run what this index holds. */
    public static final String STATE = SearchIndexUpdate.STATE;

    /** Names this writer owns inside {@link #DIRECTORY}: left-overs of a bigger index are removed. */
    private static final Pattern INDEX_FILE = Pattern.compile("meta\\.js|(idx|han|docs)-[0-9a-f]+(-[0-9a-f]{8})?\\.js");

    /** The papers to index, as the report's store holds them. */
    public interface Source {
        /**
         * Sends every paper's id, in id order, with a stamp of its content that changes whenever
         * anything its search document is made from may have changed.
         */
        void forEachStamp(BiConsumer<String, String> stamps) throws IOException;

        /** The search document of the paper {@code id}, when there is one. */
        Optional<SearchDocument> document(String id) throws IOException;

        /** Hands {@code build} every paper's search document, in id order, to be read once. */
        void withDocuments(DocumentsUser build) throws IOException;
    }

    /** What reads the documents of {@link Source#withDocuments}. */
    @FunctionalInterface
    public interface DocumentsUser {
        void read(Iterable<SearchDocument> documents) throws IOException;
    }

    /** What a run did: the files of the index, relative to the report, and how many it made afresh. */
    public record Written(List<Path> files, int made, boolean incremental) {}

    /**
     * Writes the index of {@code source} through the report's files: where the last run's index and
     * its state are intact, only the files of the papers that changed; else from scratch.
     */
    public Written write(Source source, OutputFiles output) throws IOException {
        Optional<SearchIndexUpdate.Result> updated = SearchIndexUpdate.update(source, output, DIRECTORY);
        if (updated.isPresent()) {
            List<String> names = updated.get().files();
            removeStaleFiles(output.root().resolve(DIRECTORY), Set.copyOf(names));
            return new Written(paths(names), updated.get().made(), true);
        }
        Map<String, String> stamps = new HashMap<>();
        source.forEachStamp(stamps::put);
        Map<String, SearchIndexUpdate.Indexed> state = new HashMap<>();
        SearchIndex[] built = new SearchIndex[1];
        source.withDocuments(documents -> built[0] = SearchIndex.build(documents,
                (name, content) -> output.writeText(DIRECTORY + "/" + name, content, SearchIndexUpdate.INPUT),
                stamp -> state.put(stamp.key(), new SearchIndexUpdate.Indexed(stamps.getOrDefault(stamp.key(), ""),
                        stamp.recordHash()))));
        SearchIndexUpdate.writeState(output.state().resolve(SearchIndexUpdate.STATE),
                output.writtenHash(DIRECTORY + "/meta.js"), state);
        List<String> names = built[0].fileNames();
        removeStaleFiles(output.root().resolve(DIRECTORY), Set.copyOf(names));
        return new Written(paths(names), names.size(), false);
    }

    /**
     * Writes the index of {@code documents}, read once in ascending key order, from scratch through
     * the report's files as it is built, so that the manifest knows every shard and a shard left
     * unchanged is not rewritten; returns the files of the index, relative to the report. No later
     * run updates an index written so.
     */
    public List<Path> write(Iterable<SearchDocument> documents, OutputFiles output) throws IOException {
        SearchIndexUpdate.forget(output.state());
        SearchIndex index = SearchIndex.build(documents,
                (name, content) -> output.writeText(DIRECTORY + "/" + name, content, SearchIndexUpdate.INPUT));
        Set<String> names = Set.copyOf(index.fileNames());
        removeStaleFiles(output.root().resolve(DIRECTORY), names);
        return paths(index.fileNames());
    }

    private static List<Path> paths(List<String> names) {
        return names.stream().map(name -> Path.of(DIRECTORY, name)).toList();
    }

    /**
     * Removes index files this index does not have. The manifest removes those of the last run;
     * this also catches those a run left that did not record them (an older plugin's).
     */
    private static void removeStaleFiles(Path folder, Set<String> names) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> existing = Files.newDirectoryStream(folder)) {
            for (Path file : existing) {
                String name = file.getFileName().toString();
                if (INDEX_FILE.matcher(name).matches() && !names.contains(name)) {
                    Files.delete(file);
                }
            }
        }
    }
}
