package io.github.digestplugin.report.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the split search index as script files below {@code search/} of the report, so that the
 * search page loads only the shards a query needs, also from {@code file://}.
 */
public final class SearchIndexWriter {

    /** Writes the index; returns the files written, relative to {@code reportDirectory}. */
    public List<Path> write(List<SearchDocument> documents, Path reportDirectory) throws IOException {
        throw new UnsupportedOperationException("The search index is being built (search branch)");
    }
}
