package io.github.digestplugin.report.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The related lists on a small reading list: three topics among papers that share nothing, in an
 * in-memory store with the {@code papers} columns the index reads.
 */
class RelatedIndexTest {

    private final List<Archive> opened = new ArrayList<>();

    @AfterEach
    void close() throws SQLException {
        for (Archive archive : opened) {
            archive.db.close();
        }
    }

    /** A store holding papers; each change names the papers it touched, as aggregation does. */
    final class Archive {
        final Connection db;
        final Set<String> touched = new HashSet<>();

        Archive() throws SQLException {
            db = DriverManager.getConnection("jdbc:sqlite::memory:");
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                s.execute("CREATE TABLE papers (id TEXT PRIMARY KEY, first_date TEXT, title TEXT NOT NULL,"
                        + " translated_title TEXT NOT NULL, summary_zh TEXT NOT NULL, summary_en TEXT NOT NULL,"
                        + " abstract_zh TEXT NOT NULL, abstract_en TEXT NOT NULL)");
                for (String table : RelatedIndex.TABLES) {
                    s.execute(table);
                }
            }
            opened.add(this);
        }

        Archive put(PaperText paper) throws SQLException {
            try (PreparedStatement p = db.prepareStatement("INSERT OR REPLACE INTO papers VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                p.setString(1, paper.id());
                p.setString(2, paper.firstDate().isEmpty() ? null : paper.firstDate());
                p.setString(3, paper.title());
                p.setString(4, paper.translatedTitle());
                p.setString(5, paper.summaryZh());
                p.setString(6, paper.summaryEn());
                p.setString(7, paper.abstractZh());
                p.setString(8, paper.abstractEn());
                p.executeUpdate();
            }
            touched.add(paper.id());
            return this;
        }

        void delete(String id) throws SQLException {
            try (PreparedStatement p = db.prepareStatement("DELETE FROM papers WHERE id = ?")) {
                p.setString(1, id);
                p.executeUpdate();
            }
            touched.add(id);
        }

        RelatedIndex.Update update() throws SQLException {
            RelatedIndex.Update update = new RelatedIndex(db).update(new ArrayList<>(touched));
            db.commit();
            touched.clear();
            return update;
        }

        /** Every list, by paper, as members and key. */
        Map<String, String> lists() throws SQLException {
            Map<String, String> lists = new TreeMap<>();
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery("SELECT id, members, key FROM related_lists")) {
                while (r.next()) {
                    lists.put(r.getString(1), r.getString(2) + " / " + r.getString(3));
                }
            }
            return lists;
        }

        List<String> related(String id) throws SQLException {
            return RelatedIndex.members(db, id);
        }
    }

    static PaperText paper(String id, String title, String abstractEn) {
        return new PaperText(id, title, "", "", "", "", abstractEn, "2024-05-01");
    }

    /**
     * Papers that share no topical term with any other, only the words every abstract has (which
     * carry no topic), so that the topics' terms are rare among all.
     */
    static List<PaperText> fillers(int count) {
        List<PaperText> papers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String own = String.format(Locale.ROOT, "alpha%dx beta%dx gamma%dx delta%dx", i, i, i, i);
            papers.add(paper(String.format(Locale.ROOT, "2401.%05d", i), "Study " + own,
                    "We present a model of the results for data with and on in " + own));
        }
        return papers;
    }

    static final List<PaperText> TOPICS = List.of(
            paper("2403.00001", "Low-rank adapters for efficient fine-tuning",
                    "Low-rank adapters with sine activations reduce the parameters of fine-tuning."),
            paper("2403.00002", "Sine activated low-rank matrices",
                    "We study low-rank matrices and sine activations for parameter efficient adapters."),
            paper("2403.00003", "Rank of adapters in fine-tuning",
                    "Adapters of low rank match full fine-tuning on most tasks."),
            paper("2403.00004", "Speech recognition with acoustic models",
                    "Acoustic models for speech recognition of accented speakers."),
            paper("2403.00005", "Accented speech and acoustic adaptation",
                    "Recognition of accented speech improves with acoustic adaptation."),
            paper("2403.00006", "Whisper for speech recognition of speakers",
                    "Whisper recognition errors on speakers of accented speech."),
            paper("2403.00007", "Parsing dependency treebanks",
                    "Dependency parsing of treebanks with graph parsers."),
            paper("2403.00008", "Graph parsers for treebanks",
                    "Graph-based dependency parsers evaluated on treebanks."));

    Archive archive(List<PaperText> papers) throws SQLException {
        Archive archive = new Archive();
        for (PaperText paper : papers) {
            archive.put(paper);
        }
        archive.update();
        return archive;
    }

    static List<PaperText> corpus() {
        List<PaperText> all = new ArrayList<>(fillers(60));
        all.addAll(TOPICS);
        return all;
    }

    @Test
    void papersOfOneTopicListEachOtherFirstAndNoPaperSharingNothing() throws SQLException {
        Archive archive = archive(corpus());

        assertThat(archive.related("2403.00001")).startsWith("2403.00003", "2403.00002").hasSize(2);
        assertThat(archive.related("2403.00004")).containsExactlyInAnyOrder("2403.00005", "2403.00006");
        assertThat(archive.related("2403.00007")).containsExactly("2403.00008");
        // Symmetric where the scores are: each lists the other.
        assertThat(archive.related("2403.00008")).containsExactly("2403.00007");
        assertThat(archive.related("2403.00002")).contains("2403.00001");
        // A paper that shares no term with another has no list; the words of every paper carry no topic.
        assertThat(archive.related("2401.00005")).isEmpty();
    }

    @Test
    void theListsDoNotDependOnTheOrderPapersWereStoredIn() throws SQLException {
        List<PaperText> shuffled = new ArrayList<>(corpus());
        Collections.shuffle(shuffled, new Random(3));

        assertThat(archive(shuffled).lists()).isEqualTo(archive(corpus()).lists()).isNotEmpty();
    }

    @Test
    void chineseTextRelatesPapersThroughCharacterPairs() throws SQLException {
        List<PaperText> papers = new ArrayList<>(fillers(60));
        // No English word in common; the Chinese titles and summaries share 低秩矩阵 and 参数高效.
        papers.add(new PaperText("2405.00001", "Sinusoidal activations", "正弦激活的低秩矩阵", "低秩矩阵实现参数高效学习", "",
                "", "", "2024-05-02"));
        papers.add(new PaperText("2405.00002", "Compressed adapters", "参数高效的低秩矩阵适配器", "", "", "", "", ""));
        papers.add(new PaperText("2405.00003", "Unrelated weather forecasting", "天气预报", "", "", "", "", ""));
        Archive archive = archive(papers);

        assertThat(archive.related("2405.00001")).containsExactly("2405.00002");
        assertThat(archive.related("2405.00003")).isEmpty();

        Archive english = archive(papers.stream().map(p -> new PaperText(p.id(), p.title(), "", "", p.summaryEn(),
                "", p.abstractEn(), p.firstDate())).toList());
        assertThat(english.related("2405.00001")).as("without the Chinese text").isEmpty();
    }

    @Test
    void anEditedPaperRecomputesTheListsItCanReachAndNoOthers() throws SQLException {
        Archive archive = archive(corpus());
        Map<String, String> before = archive.lists();

        archive.put(paper("2403.00006", "Whisper for speech recognition of speakers",
                "Whisper recognition errors on speakers of accented speech and of acoustic noise."));
        RelatedIndex.Update update = archive.update();

        assertThat(update.tokenized()).isEqualTo(1);
        assertThat(update.listsComputed()).isBetween(1, 3);
        Map<String, String> after = archive.lists();
        for (String other : List.of("2403.00001", "2403.00002", "2403.00003", "2403.00007", "2403.00008")) {
            assertThat(after.get(other)).isEqualTo(before.get(other));
        }
        assertThat(after).isEqualTo(archive(corpus().stream()
                .map(p -> p.id().equals("2403.00006") ? paper("2403.00006", p.title(),
                        "Whisper recognition errors on speakers of accented speech and of acoustic noise.") : p)
                .toList()).lists());

        // Nothing touched, nothing done; a paper touched whose text did not change, nothing done either.
        assertThat(archive.update().listsComputed()).isZero();
        archive.put(TOPICS.get(0));
        assertThat(archive.update()).isEqualTo(new RelatedIndex.Update(68, 0, false, 0, 0, 0));
    }

    @Test
    void aRetitledPaperChangesTheKeysOfTheListsItIsInButNotTheirMembers() throws SQLException {
        Archive archive = archive(corpus());
        Map<String, String> before = archive.lists();

        PaperText first = TOPICS.get(0);
        archive.put(new PaperText(first.id(), first.title(), "低秩", first.summaryZh(), first.summaryEn(),
                first.abstractZh(), first.abstractEn(), "2024-04-01"));
        archive.update();

        Map<String, String> after = archive.lists();
        String members = before.get("2403.00002").split(" / ")[0];
        assertThat(members).contains("2403.00001");
        assertThat(after.get("2403.00002")).startsWith(members + " / ").isNotEqualTo(before.get("2403.00002"));
        assertThat(after.get("2403.00007")).isEqualTo(before.get("2403.00007"));
    }

    /**
     * Random edits, additions and deletions, each step updated on the kept store and compared with
     * a store built from scratch of the same papers.
     */
    @Test
    void aKeptStoreGivesTheListsAFreshStoreGivesAtEveryStep() throws SQLException {
        Random random = new Random(11);
        Map<String, PaperText> papers = new LinkedHashMap<>();
        corpus().forEach(p -> papers.put(p.id(), p));
        Archive kept = archive(new ArrayList<>(papers.values()));
        List<String> words = List.of("low-rank", "adapters", "speech", "acoustic", "parsing", "treebanks", "whisper",
                "sine", "recognition", "graph", "低秩", "语音", "识别", "依存句法");
        for (int step = 0; step < 25; step++) {
            List<String> ids = new ArrayList<>(papers.keySet());
            String id = ids.get(random.nextInt(ids.size()));
            int kind = random.nextInt(3);
            if (kind == 0 && papers.size() > 50) {
                papers.remove(id);
                kept.delete(id);
            } else {
                String newId = kind == 1 ? String.format(Locale.ROOT, "2406.%05d", step) : id;
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 6; w++) {
                    text.append(words.get(random.nextInt(words.size()))).append(' ');
                }
                PaperText paper = new PaperText(newId, "Paper " + text, random.nextBoolean() ? text.toString() : "",
                        "", "", "", "We report " + text, random.nextBoolean() ? "2024-06-0" + (1 + step % 9) : "");
                papers.put(newId, paper);
                kept.put(paper);
            }
            kept.update();
            assertThat(kept.lists()).as("step %d", step).isEqualTo(archive(new ArrayList<>(papers.values())).lists());
        }
    }
}
