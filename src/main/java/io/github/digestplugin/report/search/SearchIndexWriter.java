package io.github.digestplugin.report.search;

import io.github.digestplugin.report.render.OutputFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private static final Pattern INDEX_FILE = Pattern.compile("meta\\.js|idx-\\d+\\.js|docs-\\d+\\.js");

    /**
     * Writes the index through the report's files, so that the manifest knows every shard and a
     * shard left unchanged is not rewritten; returns the files of the index, relative to the report.
     */
    public List<Path> write(List<SearchDocument> documents, OutputFiles output, String input) throws IOException {
        Map<String, String> files = SearchIndex.build(documents).files();
        Path folder = output.root().resolve(DIRECTORY);
        Files.createDirectories(folder);
        removeStaleFiles(folder, files);
        List<Path> written = new ArrayList<>(files.size());
        for (Map.Entry<String, String> file : files.entrySet()) {
            String relative = DIRECTORY + "/" + file.getKey();
            output.write(relative, file.getValue().getBytes(StandardCharsets.UTF_8), input);
            written.add(Path.of(DIRECTORY, file.getKey()));
        }
        return written;
    }

    /**
     * Removes index files this index does not have. The manifest removes those of the last run;
     * this also catches those a run left that did not record them (an older plugin's).
     */
    private static void removeStaleFiles(Path folder, Map<String, String> files) throws IOException {
        try (DirectoryStream<Path> existing = Files.newDirectoryStream(folder)) {
            for (Path file : existing) {
                String name = file.getFileName().toString();
                if (INDEX_FILE.matcher(name).matches() && !files.containsKey(name)) {
                    Files.delete(file);
                }
            }
        }
    }
}
