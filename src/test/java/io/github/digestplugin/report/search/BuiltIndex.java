package io.github.digestplugin.report.search;

import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** An index built as the report builds it, its files kept in memory by name, in writing order. */
record BuiltIndex(SearchIndex index, Map<String, String> files) {

    static BuiltIndex of(Iterable<SearchDocument> documents) throws IOException {
        return of(documents, new LinkedHashMap<>());
    }

    /** Builds the index into {@code files}, which a test may look at while the documents are read. */
    static BuiltIndex of(Iterable<SearchDocument> documents, Map<String, String> files) throws IOException {
        SearchIndex index = SearchIndex.build(documents, (name, content) -> {
            StringWriter text = new StringWriter();
            content.writeTo(text);
            if (files.put(name, text.toString()) != null) {
                throw new IllegalStateException("Index file written twice: " + name);
            }
        });
        return new BuiltIndex(index, files);
    }
}
