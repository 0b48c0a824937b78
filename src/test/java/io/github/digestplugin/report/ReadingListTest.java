package io.github.digestplugin.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.DigestChecker;
import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.parse.DigestFiles;
import io.github.digestplugin.parse.ParserOptions;
import io.github.digestplugin.report.DigestText.Item;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingListTest {

    @TempDir
    Path temp;

    private ReadingList read(Path directory) throws Exception {
        List<Path> files = new DigestFiles(List.of("**/*.md"), List.of()).find(directory).files();
        ReadingListBuilder builder = new ReadingListBuilder(PageNames.digests(files));
        CheckResult check = new DigestChecker(ParserOptions.defaults(), RuleConfiguration.defaults())
                .check(directory, files, List.of(), builder);
        return builder.build(check);
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

        ReadingList list = read(temp);

        assertThat(list.digests()).extracting(DigestSummary::name)
                .containsExactly("cs.CL/2024-01-02_a.md", "cs.CL/2024-01-05_b.md");
        assertThat(list.entries()).isEqualTo(4);
        assertThat(list.papers()).extracting(Paper::id).containsExactly("2312.00002", "2401.00001");
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

        assertThat(list.byMonth()).containsOnlyKeys("2023-12", "2024-01");
        assertThat(list.byCategory()).containsOnlyKeys("cs.AI", "cs.CL");
        assertThat(list.byLetter()).containsOnlyKeys("A", "B");
        assertThat(list.byChannel()).containsOnlyKeys("cs.CL");
        assertThat(list.byDate()).containsKeys("2024-01-05", "2024-01-02");
        assertThat(list.byDate().keySet()).first().isEqualTo("2024-01-05");
        assertThat(list.newest(1)).extracting(Paper::id).containsExactly("2401.00001");

        DigestSummary second = list.digests().get(1);
        assertThat(second.href()).isEqualTo("digests/cs.CL_2024-01-05_b.html");
        assertThat(second.entries()).extracting(EntrySummary::malformed).containsExactly(true, false);
        assertThat(second.entries().get(0).paperId()).isEmpty();
    }

    @Test
    void titlesFallIntoLetterDigitAndOtherBuckets() throws Exception {
        Files.writeString(temp.resolve("2024-02-01.md"), new DigestText()
                .add(Item.of("2402.00001", "zebra study"))
                .add(Item.of("2402.00002", "3D scenes"))
                .add(Item.of("2402.00003", "Äpfel und Birnen"))
                .add(Item.of("2402.00004", "\"Quoted\" title")).toString());

        ReadingList list = read(temp);

        assertThat(list.byLetter()).containsOnlyKeys("Z", ReadingList.DIGITS, ReadingList.OTHER, "Q");
        assertThat(list.byLetter().get(ReadingList.OTHER)).extracting(Paper::id).containsExactly("2402.00003");
    }

    @Test
    void digestPageNamesAreSafeAndUnique() {
        assertThat(PageNames.digests(List.of(Path.of("a/b.md"), Path.of("a_b.md"), Path.of("x\"><y.md"),
                        Path.of("A_B.txt"))).values())
                .containsExactly("digests/a_b.html", "digests/a_b-2.html", "digests/x___y.html", "digests/A_B-3.html");
    }
}
