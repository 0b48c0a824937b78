package io.github.digestplugin.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.report.ReportProgress.Phase;
import io.github.digestplugin.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressOfGenerateTest {

    @TempDir
    Path temp;

    private record Event(String kind, Phase phase, int count, int total) {}

    /** Records every call; the generator makes them one at a time. */
    private static final class Recorder implements ReportProgress {
        final List<Event> events = new ArrayList<>();

        @Override
        public synchronized void started(Phase phase, int total) {
            events.add(new Event("started", phase, total, total));
        }

        @Override
        public synchronized void advanced(Phase phase, int done, int total) {
            events.add(new Event("advanced", phase, done, total));
        }

        @Override
        public synchronized void finished(Phase phase, int count) {
            events.add(new Event("finished", phase, count, count));
        }
    }

    @Test
    void generateReportsEveryPhaseInOrderWithItsCounts() throws Exception {
        Path out = temp.resolve("report");
        Recorder recorder = new Recorder();
        ReportResult result = new ReportGenerator().generate(ReportRequests.of(Fixtures.samples(), out), recorder);

        long htmlPages;
        try (Stream<Path> walk = Files.walk(out)) {
            // The pages and the overview's charts as files of their own, rendered in the same phase.
            htmlPages = walk.filter(p -> p.toString().endsWith(".html") || p.getParent().endsWith("charts")).count();
        }
        int pages = (int) htmlPages;
        int exports = ReportGenerator.EXPORT_FILES;
        List<Event> expected = new ArrayList<>();
        expected.add(new Event("started", Phase.READ_AND_CHECK, result.digests(), result.digests()));
        IntStream.rangeClosed(1, result.digests())
                .forEach(n -> expected.add(new Event("advanced", Phase.READ_AND_CHECK, n, result.digests())));
        expected.add(new Event("finished", Phase.READ_AND_CHECK, result.digests(), result.digests()));
        expected.add(new Event("started", Phase.AGGREGATE, result.papers(), result.papers()));
        expected.add(new Event("finished", Phase.AGGREGATE, result.papers(), result.papers()));
        // A first run computes every paper's related list.
        expected.add(new Event("started", Phase.RELATED, result.papers(), result.papers()));
        expected.add(new Event("finished", Phase.RELATED, result.papers(), result.papers()));
        expected.add(new Event("started", Phase.PAGES, pages, pages));
        IntStream.rangeClosed(1, pages).forEach(n -> expected.add(new Event("advanced", Phase.PAGES, n, pages)));
        expected.add(new Event("finished", Phase.PAGES, pages, pages));

        assertThat(result.digests()).isEqualTo(10);
        assertThat(result.papers()).isPositive();
        assertThat(pages).isGreaterThan(result.digests() + result.papers());
        // The search index and the exports need no related list: they start once the papers are
        // aggregated, run alongside the related lists and the pages, and end before the pages phase does.
        int aggregated = recorder.events.indexOf(new Event("finished", Phase.AGGREGATE, result.papers(),
                result.papers()));
        int pagesFinished = recorder.events.indexOf(new Event("finished", Phase.PAGES, pages, pages));
        for (Phase alongside : List.of(Phase.SEARCH, Phase.EXPORTS)) {
            int count = alongside == Phase.SEARCH ? result.papers() : exports;
            List<Event> events = recorder.events.stream().filter(e -> e.phase() == alongside).toList();
            assertThat(events).containsExactly(new Event("started", alongside, count, count),
                    new Event("finished", alongside, count, count));
            assertThat(recorder.events.indexOf(events.get(0))).isGreaterThan(aggregated);
            assertThat(recorder.events.indexOf(events.get(1))).isLessThan(pagesFinished);
        }
        assertThat(recorder.events.stream().filter(e -> e.phase() != Phase.SEARCH && e.phase() != Phase.EXPORTS)
                .toList()).containsExactlyElementsOf(expected);
    }

    @Test
    void anUpToDateRunReportsNoPhase() throws Exception {
        Path out = temp.resolve("report");
        new ReportGenerator().generate(ReportRequests.of(Fixtures.samples(), out));
        Recorder recorder = new Recorder();
        ReportResult second = new ReportGenerator().generate(ReportRequests.of(Fixtures.samples(), out), recorder);

        assertThat(second.upToDate()).isTrue();
        assertThat(recorder.events).isEmpty();
    }
}
