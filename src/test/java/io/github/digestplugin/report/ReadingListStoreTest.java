package io.github.digestplugin.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.check.DigestChecker;
import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.parse.DigestFiles;
import io.github.digestplugin.parse.ParserOptions;
import io.github.digestplugin.report.DigestText.Item;
import io.github.digestplugin.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingListStoreTest {

    @TempDir
    Path temp;

    private ReadingListStore read(Path directory) throws Exception {
        List<Path> files = new DigestFiles(List.of("**/*.md"), List.of()).find(directory).files();
        ReadingListStore store = ReadingListStore.open(temp.resolve("state/store.sqlite"), "test");
        store.sync(directory, files, PageNames.digests(files),
                new DigestChecker(ParserOptions.defaults(), Rules.defaults()), ReportProgress.NONE);
        store.relate(ReportProgress.NONE);
        return store;
    }

    private static List<String> paperIds(ReadingListStore store) throws Exception {
        List<String> ids = new ArrayList<>();
        store.forEachPaper(p -> ids.add(p.id()));
        return ids;
    }

    @Test
    void onePaperPerArxivIdWithEveryAppearanceAndTheLatestTexts() throws Exception {
        Path channel = Files.createDirectories(temp.resolve("cs.CL"));
        Item alpha = Item.of("2401.00001v1", "Alpha paper").withSummaryZh("旧总结");
        Item beta = new Item("Beta paper (arXiv:2312.00002v2 [cs.AI])", "http://arxiv.org/abs/2312.00002",
                "乙", "乙总结", "", "乙摘要", "Beta abstract");
        Files.writeString(channel.resolve("2024-01-02_a.md"), new DigestText().add(alpha).add(beta).toString());
        Item alphaAgain = Item.of("2401.00001v2", "Alpha paper").withSummaryZh("新总结").withAbstractZh("");
        Item noId = Item.of("2401.00009", "Not an arXiv link").withTitle("Gamma");
        noId = new Item(noId.title(), "https://example.org/paper", noId.translatedTitle(), noId.summaryZh(),
                "", noId.abstractZh(), "Plain abstract");
        Files.writeString(channel.resolve("2024-01-05_b.md"), new DigestText().add(noId).add(alphaAgain).toString());

        try (ReadingListStore list = read(temp)) {

        assertThat(list.digests()).extracting(DigestRef::name)
                .containsExactly("cs.CL/2024-01-02_a.md", "cs.CL/2024-01-05_b.md");
        assertThat(list.entryCount()).isEqualTo(4);
        assertThat(paperIds(list)).containsExactly("2312.00002", "2401.00001");
        Paper alphaPaper = list.paper("2401.00001").orElseThrow();
        assertThat(alphaPaper.appearances()).extracting(a -> a.digest().name(), Appearance::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cs.CL/2024-01-02_a.md", 1),
                        org.assertj.core.groups.Tuple.tuple("cs.CL/2024-01-05_b.md", 2));
        assertThat(alphaPaper.firstSeen().digest().dateText()).isEqualTo("2024-01-02");
        assertThat(alphaPaper.lastSeen().digest().dateText()).isEqualTo("2024-01-05");
        assertThat(alphaPaper.version()).isEqualTo(2);
        assertThat(alphaPaper.summaryZh()).as("the latest appearance's text").isEqualTo("新总结");
        assertThat(alphaPaper.abstractZh()).as("empty in the latest, kept from the earlier").isEqualTo("摘要Alpha paper");
        assertThat(alphaPaper.abstractEn()).as("without the Announce Type prefix").isEqualTo("Abstract of Alpha paper");
        assertThat(alphaPaper.announceType()).isEqualTo("new");
        assertThat(alphaPaper.category()).as("no title suffix: the digest channel").isEqualTo("cs.CL");
        assertThat(alphaPaper.absUrl()).isEqualTo("https://arxiv.org/abs/2401.00001");
        assertThat(alphaPaper.pdfUrl()).isEqualTo("https://arxiv.org/pdf/2401.00001");
        assertThat(alphaPaper.href()).isEqualTo("papers/2401.00001.html");

        Paper betaPaper = list.paper("2312.00002").orElseThrow();
        assertThat(betaPaper.title()).isEqualTo("Beta paper");
        assertThat(betaPaper.category()).isEqualTo("cs.AI");
        assertThat(betaPaper.announceType()).isEmpty();

        assertThat(list.groupCounts(ReadingListStore.PaperIndex.MONTH)).containsOnlyKeys("2023-12", "2024-01");
        assertThat(list.groupCounts(ReadingListStore.PaperIndex.CATEGORY)).containsOnlyKeys("cs.AI", "cs.CL");
        assertThat(list.groupCounts(ReadingListStore.PaperIndex.LETTER)).containsOnlyKeys("A", "B");
        assertThat(list.channelCounts()).containsOnlyKeys("cs.CL");
        assertThat(ReportGenerator.dateGroups(list.digests())).extracting(PageViews.DateGroup::date)
                .containsExactly("2024-01-05", "2024-01-02");
        assertThat(list.newestIds(1)).containsExactly("2401.00001");

        DigestRef second = list.digests().get(1);
        assertThat(second.href()).isEqualTo("digests/cs.CL_2024-01-05_b.html");
        List<EntrySummary> entries = list.entries(second.name());
        assertThat(entries).extracting(EntrySummary::malformed).containsExactly(true, false);
        assertThat(entries.get(0).paperId()).isEmpty();
        }
    }

    @Test
    void relatedListsThatAKilledRunLeftUndoneAreMadeByTheNextRun() throws Exception {
        List<Path> files = new DigestFiles(List.of("**/*.md"), List.of()).find(Fixtures.samples()).files();
        DigestChecker checker = new DigestChecker(ParserOptions.defaults(), Rules.defaults());
        Path killed = temp.resolve("killed/store.sqlite");
        // A run killed after the papers were committed, before the related lists were.
        try (ReadingListStore store = ReadingListStore.open(killed, "test")) {
            store.sync(Fixtures.samples(), files, PageNames.digests(files), checker, ReportProgress.NONE);
        }
        assertThat(relatedLists(killed)).isEmpty();
        // The next run finds no digest changed, yet makes the lists the killed run left undone.
        try (ReadingListStore store = ReadingListStore.open(killed, "test")) {
            store.sync(Fixtures.samples(), files, PageNames.digests(files), checker, ReportProgress.NONE);
            store.relate(ReportProgress.NONE);
        }
        Path fresh = temp.resolve("fresh/store.sqlite");
        try (ReadingListStore store = ReadingListStore.open(fresh, "test")) {
            store.sync(Fixtures.samples(), files, PageNames.digests(files), checker, ReportProgress.NONE);
            store.relate(ReportProgress.NONE);
        }
        assertThat(relatedLists(fresh)).isNotEmpty();
        assertThat(relatedLists(killed)).isEqualTo(relatedLists(fresh));
    }

    private static Map<String, String> relatedLists(Path storeFile) throws Exception {
        Map<String, String> lists = new TreeMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + storeFile); Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT id, members || ' ' || shown FROM related_lists")) {
            while (r.next()) {
                lists.put(r.getString(1), r.getString(2));
            }
        }
        return lists;
    }

    @Test
    void titlesFallIntoLetterDigitAndOtherBuckets() throws Exception {
        Files.writeString(temp.resolve("2024-02-01.md"), new DigestText()
                .add(Item.of("2402.00001", "zebra study"))
                .add(Item.of("2402.00002", "3D scenes"))
                .add(Item.of("2402.00003", "Äpfel und Birnen"))
                .add(Item.of("2402.00004", "\"Quoted\" title")).toString());

        try (ReadingListStore list = read(temp)) {
            assertThat(list.groupCounts(ReadingListStore.PaperIndex.LETTER))
                    .containsOnlyKeys("Z", ReadingListStore.DIGITS, ReadingListStore.OTHER, "Q");
            ReadingListStore.PaperList letters = ReadingListStore.PaperList.of(ReadingListStore.PaperIndex.LETTER);
            assertThat(list.stamps(letters, ReadingListStore.OTHER, 0, 10)).extracting(PaperStamp::id)
                    .containsExactly("2402.00003");
        }
    }

    @Test
    void digestPageNamesAreSafeAndUnique() {
        assertThat(PageNames.digests(List.of(Path.of("a/b.md"), Path.of("a_b.md"), Path.of("x\"><y.md"),
                        Path.of("A_B.txt"))).values())
                .containsExactly("digests/a_b.html", "digests/a_b-2.html", "digests/x___y.html", "digests/A_B-3.html");
    }
}
