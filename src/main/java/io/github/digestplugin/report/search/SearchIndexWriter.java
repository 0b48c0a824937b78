package io.github.digestplugin.report.search;

import io.github.digestplugin.report.render.OutputFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes the split search index as script files below {@code search/} of the report, so that the
 * search page loads only the shards a query needs, also from {@code file://}: each file calls a
 * registration function of {@code search.js} ({@code digestSearch.meta}, {@code .postings},
 * {@code .documents}), as Pagefind splits its index, since {@code fetch} is blocked there.
 */
public final class SearchIndexWriter {

    /** The folder of the index, relative to the report. */
    public static final String DIRECTORY = "search";

    /** Names this writer owns inside {@link #DIRECTORY}: left-overs of a bigger index are removed. */
    private static final Pattern INDEX_FILE = Pattern.compile("meta\\.js|(idx|han|docs)-[0-9a-f]+(-[0-9a-f]{8})?\\.js");

    /**
     * Writes the index of {@code documents}, read once in ascending key order, through the report's
     * files as it is built, so that the manifest knows every shard and a shard left unchanged is
     * not rewritten, each recorded with {@code input}; returns the files of the index, relative to
     * the report.
     */
    public List<Path> write(Iterable<SearchDocument> documents, OutputFiles output, String input) throws IOException {
        SearchIndex index = SearchIndex.build(documents,
                (name, content) -> output.writeText(DIRECTORY + "/" + name, content, input));
        Set<String> names = Set.copyOf(index.fileNames());
        removeStaleFiles(output.root().resolve(DIRECTORY), names);
        return index.fileNames().stream().map(name -> Path.of(DIRECTORY, name)).toList();
    }

    /**
     * Removes index files this index does not have. The manifest removes those of the last run;
     * this also catches those a run left that did not record them (an older plugin's).
     */
    private static void removeStaleFiles(Path folder, Set<String> names) throws IOException {
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
