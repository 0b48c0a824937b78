package io.github.digestplugin.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.report.DigestText.Item;
import io.github.digestplugin.report.EvolvingDigests.Change;
import io.github.digestplugin.testing.LinkChecker;
import io.github.digestplugin.testing.OutputTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report run again and again into the same output, while its digests change as an archive's do,
 * writes at every step what a fresh run writes, byte for byte: whatever the engine keeps between
 * runs, and whatever it leaves unrendered, must come out as if it had rendered everything.
 */
class IncrementalReportTest {

    /** The sequence of changes; a new one each run unless {@code -Ddigest.seed=N} replays one. */
    private static final long SEED = Long.getLong("digest.seed", new Random().nextLong());
    private static final int MIN_STEPS = 30;
    /** Steps of the sequence, {@code -Ddigest.steps=N}; never fewer than make every kind of change. */
    private static final int STEPS = Math.max(MIN_STEPS, Integer.getInteger("digest.steps", 40));

    @TempDir
    Path temp;

    /**
     * Each step changes the archive (see {@link EvolvingDigests}), reports into one output and its
     * state kept from step to step, and from scratch into a new one: the two trees are the same,
     * the counts too, every link resolves, and a second run without change is up to date.
     */
    @Test
    void everyStepOfAChangingArchiveIsReportedAsAFreshRunReportsIt() throws IOException {
        System.out.printf(Locale.ROOT, "IncrementalReportTest: seed %d, %d steps (replay: -Ddigest.seed=%d)%n", SEED,
                STEPS, SEED);
        Path digests = temp.resolve("digests");
        EvolvingDigests archive = EvolvingDigests.create(digests, new Random(SEED));
        Path out = temp.resolve("incremental/report");
        java.util.Set<String> browsingPages = new java.util.TreeSet<>();
        for (int step = 0; step <= STEPS; step++) {
            String change = step == 0 ? "the first run" : archive.step();
            System.out.printf(Locale.ROOT, "step %d: %s%n", step, change);
            String context = String.format(Locale.ROOT, "seed %d, step %d: %s", SEED, step, change);
            ReportResult result = generate(digests, out);
            assertSameAsFresh(digests, out, result, context);
            // The browsing pages are among what is compared and link-checked at every step.
            browsingPages.addAll(pagesIn(out, "digest-channels"));
            browsingPages.addAll(pagesIn(out, "digest-months"));
            ReportResult again = generate(digests, out);
            assertThat(again.upToDate()).as("a run after the last without change is up to date; %s", context).isTrue();
            assertThat(again.pagesWritten()).as("files a run without change wrote; %s", context).isZero();
        }
        System.out.printf(Locale.ROOT, "IncrementalReportTest: changes made %s; %d digests at the end%n",
                archive.made(), archive.digests().size());
        assertThat(browsingPages).as("channel pages and digest-month pages the steps compared")
                .anyMatch(page -> page.startsWith("digest-channels/")).anyMatch(page -> page.startsWith("digest-months/"));
        assertThat(archive.made().keySet()).as("kinds of change the sequence made (seed %d)", SEED)
                .containsExactlyInAnyOrder(Change.values());
    }

    /**
     * A deleted digest leaves no trace: its name is in no file; a paper it alone held loses its
     * page, its list pages and its place in the exports and the search index; a paper another
     * digest still holds keeps its page, without the deleted digest among where it appeared. The
     * same when that other digest goes too.
     */
    @Test
    void aDeletedDigestVanishesAndSoDoPapersNoOtherDigestHolds() throws IOException {
        Path digests = temp.resolve("digests");
        EvolvingDigests archive = EvolvingDigests.create(digests, new Random(0));
        String alpha = "cs.AI/2024-04-30T0900_alpha.md";
        String beta = "cs.LG/2024-05-02T0900_beta.md";
        String onlyAlpha = "2311.80001";
        String both = "2404.80002";
        String onlyBeta = "2404.80003";
        String alsoElsewhere = "2403.19243";
        archive.write(alpha, new DigestText()
                .add(Item.of(onlyAlpha, "Xenial tokenizers seen in one digest"))
                .add(Item.of(both, "Held by two digests"))
                .add(Item.of(alsoElsewhere, "Sine Activated Low-Rank Matrices for Parameter Efficient Learning"))
                .add(Item.of("2404.80004", "A split cell").withSummaryZh("条件 $Y|X$"))
                .toString());
        archive.write(beta, new DigestText()
                .add(Item.of(both, "Held by two digests"))
                .add(Item.of(onlyBeta, "Seen in beta alone"))
                .toString());
        Path out = temp.resolve("incremental/report");
        assertSameAsFresh(digests, out, generate(digests, out), "both digests");

        String alphaName = "2024-04-30T0900_alpha";
        assertThat(filesContaining(out, alphaName)).contains("problems.html", "dates.html", "reading-list.json",
                "digests/cs.AI_" + alphaName + ".html", Paper.hrefOf(both), Paper.hrefOf(alsoElsewhere));
        assertThat(filesContaining(out, onlyAlpha)).contains("reading-list.json", "reading-list.bib", "feed.atom",
                Paper.hrefOf(onlyAlpha)).anyMatch(file -> file.startsWith("search/docs-"));
        assertThat(out.resolve("months/2023-11.html")).as("the month only its paper is of").exists();
        assertThat(out.resolve("titles/X.html")).as("the letter only its paper's title starts with").exists();
        assertThat(appearedIn(out, both)).containsExactly("digests/cs.AI_" + alphaName + ".html#entry-2",
                "digests/cs.LG_2024-05-02T0900_beta.html#entry-1");

        archive.delete(alpha);
        assertSameAsFresh(digests, out, generate(digests, out), "alpha deleted");

        assertThat(filesContaining(out, alphaName)).as("files naming the deleted digest").isEmpty();
        assertThat(filesContaining(out, onlyAlpha)).as("files naming the paper only it held").isEmpty();
        assertThat(filesContaining(out, "2404.80004")).as("files naming its paper with a split cell").isEmpty();
        assertThat(out.resolve(Paper.hrefOf(onlyAlpha))).doesNotExist();
        assertThat(out.resolve("months/2023-11.html")).doesNotExist();
        assertThat(out.resolve("titles/X.html")).doesNotExist();
        assertThat(appearedIn(out, both)).containsExactly("digests/cs.LG_2024-05-02T0900_beta.html#entry-1");
        assertThat(appearedIn(out, alsoElsewhere)).isNotEmpty().noneMatch(href -> href.contains(alphaName));
        assertThat(filesContaining(out, both)).contains("reading-list.json", "reading-list.bib", "feed.atom",
                Paper.hrefOf(both));

        archive.delete(beta);
        assertSameAsFresh(digests, out, generate(digests, out), "alpha and beta deleted");

        for (String gone : List.of("2024-05-02T0900_beta", both, onlyBeta)) {
            assertThat(filesContaining(out, gone)).as("files naming %s", gone).isEmpty();
        }
        assertThat(out.resolve(Paper.hrefOf(both))).doesNotExist();
        assertThat(out.resolve(Paper.hrefOf(alsoElsewhere))).exists();
    }

    /**
     * Output damaged by hand after a run (a search shard deleted, a paper page edited, a list page
     * deleted) is restored by the next run to what a fresh run writes: each damage alone, then all
     * of them with a digest changed in the same run, the page edited to its own size.
     */
    @Test
    void handDamagedOutputIsRestoredToAFreshRunsBytes() throws IOException {
        Path digests = temp.resolve("digests");
        EvolvingDigests archive = EvolvingDigests.create(digests, new Random(0));
        Path out = temp.resolve("incremental/report");
        generate(digests, out);
        String shard = firstShard(out);
        String paper = Paper.hrefOf("2402.17812");
        String list = "channels/cs.CL.html";

        Files.delete(out.resolve(shard));
        assertRestored(digests, out, "search shard " + shard + " deleted");

        Path page = out.resolve(paper);
        Files.writeString(page, Files.readString(page, StandardCharsets.UTF_8).replace("<h1>", "<h1>Edited: "),
                StandardCharsets.UTF_8);
        assertRestored(digests, out, paper + " edited");

        Files.delete(out.resolve(list));
        assertRestored(digests, out, list + " deleted");

        String digest = "cs.CL/2025-03-03T0907_recent.md";
        String text = Files.readString(digests.resolve(digest), StandardCharsets.UTF_8);
        archive.write(digest, text.replace("SERVAL: Synergy Learning", "SERVAL: Synergistic Learning"));
        Files.delete(out.resolve(firstShard(out)));
        String edited = Files.readString(page, StandardCharsets.UTF_8).replace("DropBP: Accelerating",
                "DropBP: Accelerated!");
        assertThat(edited.length()).isEqualTo(Files.readString(page, StandardCharsets.UTF_8).length());
        FileTime written = Files.getLastModifiedTime(page);
        Files.writeString(page, edited, StandardCharsets.UTF_8);
        // An edit moves the time; set here, since the clock may not have moved since the run wrote it.
        Files.setLastModifiedTime(page, FileTime.fromMillis(written.toMillis() + 2000));
        Files.delete(out.resolve("titles/A.html"));
        assertRestored(digests, out, "a digest retitled, a shard deleted, " + paper
                + " edited to its own size, titles/A.html deleted");
    }

    private void assertRestored(Path digests, Path out, String damage) throws IOException {
        ReportResult result = generate(digests, out);
        assertThat(result.upToDate()).as("damaged output (%s) is not up to date", damage).isFalse();
        assertSameAsFresh(digests, out, result, damage);
        assertThat(generate(digests, out).upToDate()).as("restored output (%s) is up to date", damage).isTrue();
    }

    /**
     * The report in {@code out}, just made by {@code result}, is the one a fresh run writes from the
     * same digests into a new output and state: the same files, folders and bytes, the same counts,
     * and every link resolves.
     */
    private void assertSameAsFresh(Path digests, Path out, ReportResult result, String context) throws IOException {
        Path freshRoot = temp.resolve("fresh");
        Path fresh = freshRoot.resolve("report");
        ReportResult expected = generate(digests, fresh);
        List<String> differences = OutputTree.differences(out, fresh);
        assertThat(differences).as("files of the report kept from run to run that differ from a fresh one's; %s",
                context).isEmpty();
        assertThat(counts(result)).as("counts of the report kept from run to run; %s", context)
                .isEqualTo(counts(expected));
        assertThat(LinkChecker.brokenLinks(out)).as("broken links; %s", context).isEmpty();
        deleteTree(freshRoot);
    }

    private static ReportResult generate(Path digests, Path out) throws IOException {
        return new ReportGenerator().generate(ReportRequests.of(digests, out));
    }

    private static String counts(ReportResult result) {
        return String.format(Locale.ROOT, "%d digests, %d entries, %d papers, %d errors", result.digests(),
                result.entries(), result.papers(), result.errors());
    }

    /**
     * The files of the report whose bytes hold {@code text} in UTF-8, by relative path: the pages
     * and text exports, and the SQLite export, which keeps its strings in UTF-8 too.
     */
    private static List<String> filesContaining(Path out, String text) throws IOException {
        List<String> files = new ArrayList<>();
        String needle = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(needle)) {
                    files.add(out.relativize(file).toString().replace('\\', '/'));
                }
            }
        }
        return files;
    }

    /** The entries a paper's page says it appeared in, relative to the report root. */
    private static List<String> appearedIn(Path out, String id) throws IOException {
        return Jsoup.parse(out.resolve(Paper.hrefOf(id)).toFile(), "UTF-8")
                .select("h2:containsOwn(Appeared in) + ul li a").eachAttr("href").stream()
                .map(href -> href.substring("../".length()))
                .toList();
    }

    private static List<String> pagesIn(Path out, String folder) throws IOException {
        if (!Files.isDirectory(out.resolve(folder))) {
            return List.of();
        }
        try (Stream<Path> pages = Files.list(out.resolve(folder))) {
            return pages.map(p -> folder + "/" + p.getFileName()).filter(n -> n.endsWith(".html")).toList();
        }
    }

    private static String firstShard(Path out) throws IOException {
        try (Stream<Path> search = Files.list(out.resolve("search"))) {
            return "search/" + search.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("idx-"))
                    .sorted().findFirst().orElseThrow();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
