package io.github.digestplugin.report.search;

import io.github.digestplugin.model.ArxivId;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Entry;
import io.github.digestplugin.parse.DigestFiles;
import io.github.digestplugin.parse.DigestParser;
import io.github.digestplugin.parse.ParserOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The search documents of a folder of digests, one per arXiv id (its last appearance), as the
 * report hands them to the writer: in key order.
 */
final class CorpusSearchDocuments {

    private CorpusSearchDocuments() {}

    static List<SearchDocument> of(Path folder) throws IOException {
        DigestParser parser = new DigestParser(ParserOptions.defaults());
        Map<String, SearchDocument> byId = new TreeMap<>();
        for (Path file : new DigestFiles(List.of("**/*.md"), List.of()).find(folder).files()) {
            Digest digest = parser.parse(folder.resolve(file), file);
            for (Entry entry : digest.entries()) {
                Optional<ArxivId> id = entry.arxivId();
                if (id.isPresent()) {
                    byId.put(id.get().id(), new SearchDocument(id.get().id(), "papers/" + id.get().id() + ".html",
                            "cs.CL", digest.date().map(Object::toString).orElse(""), entry.title().text(),
                            entry.translatedTitle().text(), entry.summaryZh().text(), entry.summaryEn().text(),
                            entry.abstractZh().text(), entry.abstractEnText()));
                }
            }
        }
        return List.copyOf(byId.values());
    }
}
