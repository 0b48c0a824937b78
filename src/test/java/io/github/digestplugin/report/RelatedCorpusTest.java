package io.github.digestplugin.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.check.DigestChecker;
import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.parse.DigestFiles;
import io.github.digestplugin.parse.ParserOptions;
import io.github.digestplugin.testing.CorpusSuite;
import io.github.digestplugin.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The related lists of the whole cs.CL corpus: a store kept through edits holds the lists a fresh
 * store makes, edits leave most of them as they were, and the lists relate papers of one category far more
 * often than chance.
 */
@CorpusSuite
class RelatedCorpusTest {

    @TempDir
    Path temp;

    private static List<Path> sync(Path digests, Path storeFile) throws IOException {
        List<Path> files = new DigestFiles(List.of("**/*.md"), List.of()).find(digests).files();
        try (ReadingListStore store = ReadingListStore.open(storeFile, "related corpus test")) {
            store.sync(digests, files, PageNames.digests(files),
                    new DigestChecker(ParserOptions.defaults(), Rules.defaults()), ReportProgress.NONE);
            store.relate(ReportProgress.NONE);
        }
        return files;
    }

    private static Map<String, String> lists(Path storeFile, String columns) throws SQLException {
        Map<String, String> lists = new TreeMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + storeFile); Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT id, " + columns + " FROM related_lists")) {
            while (r.next()) {
                lists.put(r.getString(1), r.getString(2));
            }
        }
        return lists;
    }

    @Test
    void aKeptStoreListsWhatAFreshOneDoesAndEditsLeaveMostListsAsTheyWere() throws Exception {
        Path digests = temp.resolve("cs.CL");
        Path corpus = SharedData.fullCorpus();
        try (Stream<Path> walk = Files.walk(corpus)) {
            for (Path file : walk.toList()) {
                Path to = digests.resolve(corpus.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        Path kept = temp.resolve("kept/store.sqlite");
        List<Path> files = sync(digests, kept);
        Map<String, String> before = lists(kept, "members || ' / ' || key");
        assertThat(before).hasSizeGreaterThan(15_000);

        // A retitled paper, a lengthened summary and a deleted digest in one run: among the newest
        // digests, whose texts are the papers' (a paper takes its texts from its latest entry).
        Path retitled = digests.resolve(files.get(files.size() - 1));
        String text = Files.readString(retitled, StandardCharsets.UTF_8);
        int start = text.indexOf("| [^1] | [") + "| [^1] | [".length();
        String title = text.substring(start, text.indexOf("](", start));
        Files.writeString(retitled, text.replace(title, title + " for Speech Recognition of Dialects"),
                StandardCharsets.UTF_8);
        Path summarized = digests.resolve(files.get(files.size() - 2));
        Files.writeString(summarized, Files.readString(summarized, StandardCharsets.UTF_8)
                .replaceFirst("\n    ([^\n]*。)\n", "\n    $1低资源语言的机器翻译。\n"), StandardCharsets.UTF_8);
        Files.delete(digests.resolve(files.get(files.size() - 3)));
        sync(digests, kept);
        Path fresh = temp.resolve("fresh/store.sqlite");
        sync(digests, fresh);

        Map<String, String> after = lists(kept, "members || ' / ' || key");
        assertThat(after).isEqualTo(lists(fresh, "members || ' / ' || key"));
        long changed = after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey()))).count();
        // The deleted digest held papers no other does: the lists that listed them change, and those
        // whose papers shared rare terms with them; most lists stay as they were.
        assertThat(changed).as("lists changed by three edits").isPositive().isLessThan(after.size() / 2);
    }

    @Test
    void relatedPapersShareTheirCategoryFarMoreOftenThanRandomPairs() throws Exception {
        Path store = temp.resolve("store.sqlite");
        sync(SharedData.fullCorpus(), store);
        Map<String, String> category = new HashMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + store); Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT id, category FROM papers")) {
            while (r.next()) {
                category.put(r.getString(1), r.getString(2));
            }
        }
        Map<String, Integer> sizes = new HashMap<>();
        category.values().forEach(c -> sizes.merge(c, 1, Integer::sum));
        String largest = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        long pairs = 0;
        long same = 0;
        double chance = 0;
        for (Map.Entry<String, String> list : lists(store, "members").entrySet()) {
            String own = category.get(list.getKey());
            if (own.equals(largest) || list.getValue().isEmpty()) {
                continue;
            }
            for (String member : list.getValue().split(" ")) {
                pairs++;
                same += category.get(member).equals(own) ? 1 : 0;
                chance += (sizes.get(own) - 1) / (category.size() - 1.0);
            }
        }
        // Outside the corpus's own category, where chance is low, a related paper is of the same
        // category several times as often as a random one.
        assertThat(same / chance).isGreaterThan(3);
    }
}
