package io.github.digestplugin.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digestplugin.report.render.OutputFiles;
import io.github.digestplugin.report.render.SplicedFile;
import io.github.digestplugin.report.search.SearchIndexWriter;
import io.github.digestplugin.testing.Fixtures;
import io.github.digestplugin.testing.LinkChecker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report run stopped at any moment (killed, out of power for the JVM) leaves the output for the
 * next run to complete: that run's output is the same, byte for byte, as a fresh report's.
 */
class CrashSafeReportTest {

    private static final int COPIES = 60;
    private static final int KILLS = 5;
    private static final Pattern ARXIV_ID = Pattern.compile("(?<![\\d.])(\\d{4})\\.(\\d{4,5})(?![\\d])");

    @TempDir
    Path temp;

    /**
     * After a complete report, runs with another title, each killed at a random moment in a process
     * of its own, then a run with the original settings: the output is a fresh report's, complete
     * and without leftovers.
     */
    @Test
    void aRunKilledAtRandomMomentsIsCompletedByTheNextToAFreshReport() throws Exception {
        Path digests = copiesOfTheFixtures(temp.resolve("digests"));
        Path fresh = temp.resolve("fresh");
        Path out = temp.resolve("report");
        new ReportGenerator().generate(ReportRequests.of(digests, fresh));
        long start = System.nanoTime();
        Process whole = report(digests, out, "A whole run with another title");
        assertThat(whole.waitFor()).as("the report in its own process").isZero();
        long runMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(Files.readString(out.resolve("index.html"))).contains("A whole run with another title");
        new ReportGenerator().generate(ReportRequests.of(digests, out));

        Random random = new Random(20261201L);
        for (int kill = 0; kill < KILLS; kill++) {
            long delay = 50 + (long) (random.nextDouble() * Math.max(1, runMillis - 50));
            Process run = report(digests, out, "Killed run " + kill);
            Thread.sleep(delay);
            boolean finished = !run.isAlive();
            run.destroyForcibly().waitFor();
            System.out.printf(Locale.ROOT, "run %d killed after %d ms of %d%s%n", kill, delay, runMillis,
                    finished ? " (had finished)" : "");
        }
        ReportResult rerun = new ReportGenerator().generate(ReportRequests.of(digests, out));

        System.out.printf(Locale.ROOT, "rerun: %d files written, %d unchanged%n", rerun.pagesWritten(),
                rerun.pagesUnchanged());
        assertSameFiles(out, fresh);
        assertThat(LinkChecker.brokenLinks(out)).isEmpty();
        assertNoBookkeepingIn(out);
        assertThat(new ReportGenerator().generate(ReportRequests.of(digests, out)).upToDate()).isTrue();
    }

    /**
     * The state a killed run leaves, made by hand: a page overwritten to the same size with the
     * time the record has for it, a new file, a temporary one. The next run compares content (its
     * record was invalidated), deletes what a fresh report has not and removes the temporary file.
     */
    @Test
    void aKilledRunsPagesAreComparedByContentAndItsNewFilesDeleted() throws IOException {
        Path fresh = temp.resolve("fresh");
        Path out = temp.resolve("report");
        new ReportGenerator().generate(ReportRequests.of(Fixtures.seed(), fresh));
        ReportRequest request = ReportRequests.of(Fixtures.seed(), out);
        new ReportGenerator().generate(request);

        Path index = out.resolve("index.html");
        FileTime time = Files.getLastModifiedTime(index);
        String page = Files.readString(index, StandardCharsets.UTF_8);
        String other = page.replace("Reading list", "Reading lisT");
        assertThat(other).isNotEqualTo(page).hasSameSizeAs(page);
        try (OutputFiles killed = OutputFiles.begin(out, ReportGenerator.stateFolder(request))) {
            // Rewritten by the killed run within the clock tick of the last write: size and time as recorded.
            killed.write("index.html", other.getBytes(StandardCharsets.UTF_8));
            Files.setLastModifiedTime(index, time);
            killed.write("papers/9999.99999.html", "<p>from the killed run</p>".getBytes(StandardCharsets.UTF_8));
            Files.writeString(out.resolve("papers/.2403.19243.html.0123456789abcdef.partial"), "half");
        }

        ReportResult rerun = new ReportGenerator().generate(request);

        assertThat(rerun.upToDate()).isFalse();
        assertThat(rerun.pagesWritten()).isEqualTo(1);
        assertSameFiles(out, fresh);
        assertNoBookkeepingIn(out);
    }

    /** A second run into an output another run is writing fails at once, naming it, and changes nothing. */
    @Test
    void aSecondRunIntoTheSameOutputAtOnceIsRefused() throws IOException {
        Path out = temp.resolve("report");
        ReportRequest request = ReportRequests.of(Fixtures.seed(), out);
        new ReportGenerator().generate(request);
        Path index = out.resolve("index.html");
        String before = Files.readString(index, StandardCharsets.UTF_8);
        ReportRequest retitled = ReportRequests.of(Fixtures.seed(), out, Optional.empty(), Locale.ENGLISH, "Other");
        Path state = ReportGenerator.stateFolder(request);
        try (RunLock running = RunLock.take(state, out)) {
            assertThatThrownBy(() -> new ReportGenerator().generate(retitled)).isInstanceOf(IOException.class)
                    .hasMessageContaining("Another report run is writing " + out.toAbsolutePath().normalize());
        }
        assertThat(Files.readString(index, StandardCharsets.UTF_8)).isEqualTo(before);
        assertThat(new ReportGenerator().generate(retitled).upToDate()).isFalse();
        assertThat(Files.readString(index, StandardCharsets.UTF_8)).contains("Other");
    }

    /** The record is kept in the state directory, one folder per output; none of it is published. */
    @Test
    void theRecordIsKeptOutOfTheOutputOnePerOutputFolder() throws IOException {
        Path site = temp.resolve("site");
        Path standalone = temp.resolve("standalone");
        ReportRequest siteRequest = ReportRequests.of(Fixtures.seed(), site);
        ReportRequest standaloneRequest = ReportRequests.of(Fixtures.seed(), standalone);
        assertThat(siteRequest.stateDirectory()).isEqualTo(standaloneRequest.stateDirectory());

        new ReportGenerator().generate(siteRequest);
        new ReportGenerator().generate(standaloneRequest);

        Path siteState = ReportGenerator.stateFolder(siteRequest);
        Path standaloneState = ReportGenerator.stateFolder(standaloneRequest);
        assertThat(siteState).isNotEqualTo(standaloneState).startsWith(siteRequest.stateDirectory());
        for (Path state : List.of(siteState, standaloneState)) {
            try (Stream<Path> files = Files.list(state)) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .containsExactlyInAnyOrder("fingerprint.properties", "manifest.txt", ReportGenerator.STORE,
                                RunLock.FILE, SplicedFile.INDEXES, SearchIndexWriter.STATE);
            }
        }
        assertNoBookkeepingIn(site);
        assertNoBookkeepingIn(standalone);
        assertThat(new ReportGenerator().generate(siteRequest).upToDate()).isTrue();
        assertThat(new ReportGenerator().generate(standaloneRequest).upToDate()).isTrue();
    }

    /** The record an earlier version kept inside the output is taken over and removed from it. */
    @Test
    void aRecordLeftInTheOutputByAnEarlierVersionIsRemoved() throws IOException {
        Path fresh = temp.resolve("fresh");
        Path out = temp.resolve("report");
        new ReportGenerator().generate(ReportRequests.of(Fixtures.seed(), fresh));
        Path legacy = Files.createDirectories(out.resolve(".digest-report"));
        Files.writeString(out.resolve("gone.html"), "a page of a paper no longer listed");
        Files.writeString(legacy.resolve("manifest.txt"), "0123 34 1 gone.html\n");
        Files.writeString(legacy.resolve("fingerprint.properties"), "fingerprint=0123\n");

        new ReportGenerator().generate(ReportRequests.of(Fixtures.seed(), out));

        assertSameFiles(out, fresh);
        assertNoBookkeepingIn(out);
    }

    private static Process report(Path digests, Path out, String title) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                ReportMain.class.getName(), digests.toString(), out.toString(), title)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** The cs.CL fixtures many times over, each copy's arXiv ids renumbered so its papers are its own. */
    private static Path copiesOfTheFixtures(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> fixtures;
        try (Stream<Path> files = Files.list(Fixtures.samples())) {
            fixtures = files.sorted().toList();
        }
        for (int copy = 0; copy < COPIES; copy++) {
            for (Path fixture : fixtures) {
                String name = fixture.getFileName().toString();
                int dot = name.lastIndexOf('.');
                String copyName = name.substring(0, dot) + String.format(Locale.ROOT, "-k%02d", copy)
                        + name.substring(dot);
                Files.writeString(folder.resolve(copyName),
                        renumbered(Files.readString(fixture, StandardCharsets.UTF_8), copy), StandardCharsets.UTF_8);
            }
        }
        return folder;
    }

    private static String renumbered(String digest, int copy) {
        Matcher id = ARXIV_ID.matcher(digest);
        StringBuilder text = new StringBuilder();
        while (id.find()) {
            int number = copy * 1000 + Integer.parseInt(id.group(2)) % 1000;
            id.appendReplacement(text, id.group(1) + "." + String.format(Locale.ROOT, "%05d", number));
        }
        id.appendTail(text);
        return text.toString();
    }

    private static void assertSameFiles(Path actual, Path expected) throws IOException {
        Map<String, Path> actualFiles = files(actual);
        Map<String, Path> expectedFiles = files(expected);
        assertThat(actualFiles.keySet()).containsExactlyElementsOf(expectedFiles.keySet());
        List<String> differing = new ArrayList<>();
        for (Map.Entry<String, Path> file : expectedFiles.entrySet()) {
            if (Files.mismatch(file.getValue(), actualFiles.get(file.getKey())) != -1) {
                differing.add(file.getKey());
            }
        }
        assertThat(differing).as("files that differ from a fresh report's").isEmpty();
    }

    private static Map<String, Path> files(Path root) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(f -> files.put(root.relativize(f).toString(), f));
        }
        return files;
    }

    private static void assertNoBookkeepingIn(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            assertThat(walk.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.equals(".digest-report") || name.endsWith(".partial")
                            || name.equals("manifest.txt") || name.equals("fingerprint.properties"));
        }
    }
}
