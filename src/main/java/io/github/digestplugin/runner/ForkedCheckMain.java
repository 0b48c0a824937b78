package io.github.digestplugin.runner;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The entry point of a check in a JVM of its own: reads the {@link CheckRequest} file named by its
 * one argument, checks, writes the result files and prints the outcome (the findings to log or
 * annotate, the counts, the totals) as {@link FindingLines} on standard output. Exits with 0 when the check ran, whatever it found; with 2 and one line on
 * standard error when it could not; with {@value #OUT_OF_MEMORY} and its heap limit in bytes, alone
 * on standard error, when it ran out of memory.
 */
public final class ForkedCheckMain {

    static final int FAILED = 2;

    public static final int OUT_OF_MEMORY = 3;

    private ForkedCheckMain() {}

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    static int run(String[] args, OutputStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("Usage: " + ForkedCheckMain.class.getName() + " <request file>");
            return FAILED;
        }
        try {
            CheckRequest request = CheckRequest.load(Path.of(args[0]));
            CheckOutcome outcome = InJvmCheck.check(request);
            Writer lines = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            FindingLines.write(outcome.summary(), outcome.notDigests(), outcome.fixable(), lines);
            lines.flush();
            outcome.resultFiles().await();
            return 0;
        } catch (CheckRunException e) {
            err.println(e.getMessage());
            return FAILED;
        } catch (IOException | RuntimeException e) {
            err.println(e.getClass().getSimpleName() + ": " + e.getMessage());
            return FAILED;
        } catch (OutOfMemoryError e) {
            // The check's data is unreachable here; the parent words the message, knowing the options.
            err.println(Runtime.getRuntime().maxMemory());
            return OUT_OF_MEMORY;
        }
    }
}
