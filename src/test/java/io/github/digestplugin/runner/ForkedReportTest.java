package io.github.digestplugin.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.parse.ParserOptions;
import io.github.digestplugin.report.ReportGenerator;
import io.github.digestplugin.report.ReportProgress;
import io.github.digestplugin.report.ReportRequest;
import io.github.digestplugin.report.ReportResult;
import io.github.digestplugin.testing.Fixtures;
import io.github.digestplugin.testing.OutputTree;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report in a JVM of its own: the request goes whole, progress and result come back as they were. */
class ForkedReportTest {

    @TempDir
    Path temp;

    @Test
    void theRequestFileHoldsEveryPartOfTheRequest() throws IOException {
        ReportRequest request = new ReportRequest(temp.resolve("digests 甲"), List.of("**/*.md", "**/*.txt"),
                List.of("drafts/**"), new ParserOptions("Summary", "Details", Optional.of("cs.CL")),
                RuleConfiguration.of(Rules.all(), Map.of("raw-html", "off", "url-canonical", "warning")),
                temp.resolve("out"), temp.resolve("state"), Optional.of(temp.resolve("templates")), Locale.CHINESE,
                "读 list = a:b", Optional.of("../reading-list.html"), Optional.of(temp.resolve("reading.yaml")));
        Path file = temp.resolve("request.properties");

        ReportRequestFile.store(request, file);
        ReportRequest read = ReportRequestFile.load(file);

        assertThat(read).usingRecursiveComparison().ignoringFields("rules").isEqualTo(request);
        assertThat(CheckRequest.severitiesOf(read.rules())).isEqualTo(CheckRequest.severitiesOf(request.rules()));
    }

    @Test
    void theForksLinesGiveTheProgressAndResultOfAReportInThisJvm() throws IOException {
        Path forkedOut = temp.resolve("forked");
        Path inJvmOut = temp.resolve("in-jvm");
        Path file = temp.resolve("request.properties");
        ReportRequestFile.store(request(forkedOut), file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = ForkedReportMain.run(new String[] {file.toString()}, out,
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> told = new ArrayList<>();
        ForkedReport.Lines lines = new ForkedReport.Lines(recording(told), line -> { throw new AssertionError(line); });
        out.toString(StandardCharsets.UTF_8).lines().forEach(lines::read);
        assertThat(lines.unreadable).isNull();

        List<String> toldInJvm = new ArrayList<>();
        ReportResult inJvm = new ReportGenerator().generate(request(inJvmOut), recording(toldInJvm));
        assertThat(lines.result).usingRecursiveComparison().ignoringFields("index").isEqualTo(inJvm);
        assertThat(lines.result.index()).isEqualTo(forkedOut.resolve("index.html"));
        // The search index and the exports run beside the pages: their lines come in any order.
        assertThat(told).containsExactlyInAnyOrderElementsOf(toldInJvm).anyMatch(line -> line.startsWith("finished PAGES "));
        assertThat(OutputTree.differences(forkedOut, inJvmOut)).isEmpty();
    }

    @Test
    void aLineTheJvmPrintedItselfIsPassedOnAndAMalformedLineOfTheForksIsUnreadable() {
        List<String> jvmOutput = new ArrayList<>();
        ForkedReport.Lines lines = new ForkedReport.Lines(ReportProgress.NONE, jvmOutput::add);
        lines.read("[0.712s][info][jfr,startup] Started recording 1.");
        lines.read("started PAGES 3");
        lines.read("result 1 2 3 false 4 5 6");
        lines.read("[2.001s][info][gc,heap,exit] Heap");
        assertThat(jvmOutput).containsExactly("[0.712s][info][jfr,startup] Started recording 1.",
                "[2.001s][info][gc,heap,exit] Heap");
        assertThat(lines.unreadable).isNull();
        assertThat(lines.result).as("a result without the index line").isNull();

        lines.read("started NO_SUCH_PHASE 3");
        lines.read("advanced PAGES x 3");
        assertThat(lines.unreadable).isEqualTo("started NO_SUCH_PHASE 3");
    }

    @Test
    void aRequestThatCannotBeReadFailsWithOneLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ForkedReportMain.run(new String[] {temp.resolve("missing.properties").toString()},
                new ByteArrayOutputStream(), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(ForkedCheckMain.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
    }

    private ReportRequest request(Path out) {
        return new ReportRequest(Fixtures.seed(), List.of("**/*.md", "**/*.txt"), List.of(),
                ParserOptions.defaults(), RuleConfiguration.of(Rules.all(), Map.of()), out, temp.resolve("state"),
                Optional.empty(), Locale.ENGLISH, "Reading list");
    }

    private static ReportProgress recording(List<String> told) {
        return new ReportProgress() {
            @Override
            public synchronized void started(Phase phase, int total) {
                told.add("started " + phase.name() + " " + total);
            }

            @Override
            public synchronized void finished(Phase phase, int count) {
                told.add("finished " + phase.name() + " " + count);
            }
        };
    }
}
