package io.github.digestplugin.runner;

import io.github.digestplugin.report.ReportGenerator;
import io.github.digestplugin.report.ReportProgress;
import io.github.digestplugin.report.ReportRequest;
import io.github.digestplugin.report.ReportResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The entry point of a report in a JVM of its own: reads the request file named by its one
 * argument, generates the report and prints its progress and result as lines on standard output
 * (see {@link ForkedReport}). Exits with 0 when the report was made; with 2 and one line on
 * standard error when it could not; with {@value ForkedCheckMain#OUT_OF_MEMORY} and its heap limit
 * in bytes, alone on standard error, when it ran out of memory.
 */
public final class ForkedReportMain {

    private ForkedReportMain() {}

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    static int run(String[] args, OutputStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("Usage: " + ForkedReportMain.class.getName() + " <request file>");
            return ForkedCheckMain.FAILED;
        }
        PrintWriter lines = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        try {
            ReportRequest request = ReportRequestFile.load(Path.of(args[0]));
            ReportResult result = new ReportGenerator().generate(request, new ReportProgress() {
                @Override
                public synchronized void started(Phase phase, int total) {
                    say("started " + phase.name() + " " + total);
                }

                @Override
                public synchronized void advanced(Phase phase, int done, int total) {
                    say("advanced " + phase.name() + " " + done + " " + total);
                }

                @Override
                public synchronized void finished(Phase phase, int count) {
                    say("finished " + phase.name() + " " + count);
                }

                private void say(String line) {
                    lines.println(line);
                    lines.flush();
                }
            });
            for (Path notADigest : result.notDigests()) {
                lines.println("not-a-digest " + notADigest);
            }
            lines.println("index " + result.index());
            lines.println("result " + result.digests() + " " + result.entries() + " " + result.papers() + " "
                    + result.upToDate() + " " + result.pagesWritten() + " " + result.pagesUnchanged() + " "
                    + result.errors());
            lines.flush();
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            return ForkedCheckMain.FAILED;
        } catch (OutOfMemoryError e) {
            err.println(Runtime.getRuntime().maxMemory());
            return ForkedCheckMain.OUT_OF_MEMORY;
        }
    }
}
