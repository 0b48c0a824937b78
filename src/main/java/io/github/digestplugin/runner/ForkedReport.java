package io.github.digestplugin.runner;

import io.github.digestplugin.report.ReportProgress;
import io.github.digestplugin.report.ReportRequest;
import io.github.digestplugin.report.ReportResult;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Generates a report in a {@link ForkedJvm}: the request goes as a file, the progress and the
 * result come back as lines on the fork's standard output, and the progress is told on as it
 * comes, so the log shows the phases of the fork as those of a report in Maven's JVM.
 */
public final class ForkedReport {

    private final ForkedJvm jvm;

    private ForkedReport(ForkedJvm jvm) {
        this.jvm = jvm;
    }

    /** A forked report, empty when no JVM can be forked (see {@link ForkedJvm#of}). */
    public static Optional<ForkedReport> of(File pluginJar, String jvmArgs) {
        return ForkedJvm.of(pluginJar, jvmArgs).map(ForkedReport::new);
    }

    public List<String> command(Path requestFile) {
        return jvm.command(ForkedReportMain.class.getName(), requestFile);
    }

    /**
     * Generates the report in a new JVM.
     *
     * @throws IOException saying why the fork could not start or failed, or how to raise its heap
     */
    public ReportResult generate(ReportRequest request, ReportProgress progress)
            throws IOException, InterruptedException {
        Path requestFile = Files.createTempFile("digest-report", ".properties");
        Path errors = Files.createTempFile("digest-report", ".log");
        Process process = null;
        try {
            ReportRequestFile.store(request, requestFile);
            process = new ProcessBuilder(command(requestFile)).redirectError(errors.toFile()).start();
            Lines lines = new Lines(progress, System.out::println);
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.read(line);
                }
            }
            int status = process.waitFor();
            String said = Files.readString(errors, StandardCharsets.UTF_8).strip();
            if (status == ForkedCheckMain.OUT_OF_MEMORY) {
                throw new IOException(jvm.outOfMemory("report", said));
            }
            if (status != 0 || lines.unreadable != null || lines.result == null) {
                throw new IOException("The report in a forked JVM failed (exit status " + status + ")"
                        + (said.isEmpty() ? "" : ": " + said)
                        + (lines.unreadable == null ? "" : "; it printed a line that is not a result: " + lines.unreadable));
            }
            return lines.result;
        } finally {
            // Interrupted (the build cancelled) or failed while reading: the JVM must not outlive it.
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(requestFile);
            Files.deleteIfExists(errors);
        }
    }

    /**
     * The fork's lines as they come: progress told on, the result kept. A line that begins with
     * none of the fork's words is the JVM's own (a {@code -Xlog} option, a profiler starting), which
     * goes on to {@code jvmOutput} as it would from Maven's JVM.
     */
    static final class Lines {
        private static final Set<String> KINDS =
                Set.of("started", "advanced", "finished", "not-a-digest", "index", "result");
        private final ReportProgress progress;
        private final Consumer<String> jvmOutput;
        private final List<Path> notDigests = new ArrayList<>();
        private Path index;
        ReportResult result;
        String unreadable;

        Lines(ReportProgress progress, Consumer<String> jvmOutput) {
            this.progress = progress;
            this.jvmOutput = jvmOutput;
        }

        void read(String line) {
            int space = line.indexOf(' ');
            String kind = space < 0 ? line : line.substring(0, space);
            if (!KINDS.contains(kind)) {
                jvmOutput.accept(line);
                return;
            }
            try {
                String rest = space < 0 ? "" : line.substring(space + 1);
                String[] parts = rest.split(" ");
                switch (kind) {
                    case "started" -> progress.started(ReportProgress.Phase.valueOf(parts[0]), Integer.parseInt(parts[1]));
                    case "advanced" -> progress.advanced(ReportProgress.Phase.valueOf(parts[0]),
                            Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
                    case "finished" -> progress.finished(ReportProgress.Phase.valueOf(parts[0]), Integer.parseInt(parts[1]));
                    case "not-a-digest" -> notDigests.add(Path.of(rest));
                    case "index" -> index = Path.of(rest);
                    case "result" -> result = index == null ? null : new ReportResult(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                            Integer.parseInt(parts[2]), Boolean.parseBoolean(parts[3]), Integer.parseInt(parts[4]),
                            Integer.parseInt(parts[5]), Long.parseLong(parts[6]), index, notDigests);
                    default -> unreadable = unreadable == null ? line : unreadable;
                }
            } catch (RuntimeException e) {
                unreadable = unreadable == null ? line : unreadable;
            }
        }
    }
}
