package io.github.digestplugin.report.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * What {@code search.js} does for one query, replayed on the index in memory: which files it
 * loads and which documents it finds. Used to check the byte budget on the whole corpus; the
 * browser test checks the script itself.
 */
final class QuerySimulation {

    /** Results the page shows before "Show more": their document chunks load with the query. */
    static final int PAGE_SIZE = 10;

    final List<String> files = new ArrayList<>();
    final int[] matches;
    final long bytes;

    QuerySimulation(BuiltIndex built, String query) {
        SearchIndex index = built.index();
        List<String> words = new ArrayList<>();
        List<String> bigrams = new ArrayList<>();
        SearchTokenizer.split(query, words::add, code -> bigrams.add(SearchTokenizer.bigramText(code)));
        String normalized = SearchTokenizer.normalize(query);
        String last = words.isEmpty() ? null : words.get(words.size() - 1);
        String prefix = last != null && last.length() >= 2 && normalized.endsWith(last) ? last : null;
        if (prefix != null) {
            words.remove(words.size() - 1);
        }
        Set<String> shardFiles = new LinkedHashSet<>();
        List<int[]> lists = new ArrayList<>();
        for (String word : words) {
            String file = index.wordShardFile(word);
            if (file != null) {
                shardFiles.add(file);
            }
            lists.add(index.documentsWith(word));
        }
        for (String bigram : bigrams) {
            shardFiles.add(index.bigramShardFile(bigram));
            lists.add(index.documentsWith(bigram));
        }
        if (prefix != null) {
            shardFiles.addAll(index.prefixShardFiles(prefix));
            lists.add(index.wordsStartingWith(prefix).stream().flatMapToInt(w -> IntStream.of(index.documentsWith(w)))
                    .distinct().sorted().toArray());
        }
        int[] found = lists.isEmpty() ? new int[0] : lists.get(0);
        for (int[] list : lists) {
            int[] current = found;
            found = IntStream.of(list).filter(d -> Arrays.binarySearch(current, d) >= 0).toArray();
        }
        matches = found;
        files.add("meta.js");
        files.addAll(shardFiles);
        // The first page shows the best-ranked documents; charge the largest chunks as the worst case.
        int chunks = (int) IntStream.of(found).map(index::chunkOf).distinct().count();
        List<Integer> chunkSizes = built.files().entrySet().stream().filter(e -> e.getKey().startsWith("docs-"))
                .map(e -> e.getValue().getBytes(StandardCharsets.UTF_8).length).sorted((a, b) -> b - a).toList();
        long total = 0;
        for (String file : files) {
            total += built.files().get(file).getBytes(StandardCharsets.UTF_8).length;
        }
        for (int i = 0; i < Math.min(Math.min(chunks, PAGE_SIZE), chunkSizes.size()); i++) {
            total += chunkSizes.get(i);
        }
        bytes = total;
    }
}
