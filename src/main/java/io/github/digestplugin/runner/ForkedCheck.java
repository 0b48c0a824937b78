package io.github.digestplugin.runner;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Runs a check in a {@link ForkedJvm}. It writes the result files itself and hands back on its
 * standard output the outcome the log is made from.
 */
public final class ForkedCheck implements CheckRunner {

    private final ForkedJvm jvm;

    private ForkedCheck(ForkedJvm jvm) {
        this.jvm = jvm;
    }

    /**
     * A forked check with Maven's own Java and the plugin's jar; empty when either is not there
     * (a runtime without a {@code java} launcher, the plugin run from a classes directory).
     */
    public static Optional<ForkedCheck> of(File pluginJar, String jvmArgs) {
        return ForkedJvm.of(pluginJar, jvmArgs).map(ForkedCheck::new);
    }

    /** This JVM's heap limit in bytes, which the fork takes unless its options name one. */
    static long heapLimit() {
        return ForkedJvm.heapLimit();
    }

    public List<String> command(Path requestFile) {
        return jvm.command(ForkedCheckMain.class.getName(), requestFile);
    }

    /** The message of a forked check that ran out of memory, from the heap limit it printed. */
    String outOfMemory(String heapLimit) {
        return jvm.outOfMemory("check", heapLimit);
    }

    /**
     * Runs the check in a new JVM, which writes the result files itself before it ends.
     *
     * @throws CheckRunException when the JVM cannot be started, or the check in it failed (the
     *     message says why)
     */
    @Override
    public CheckOutcome run(CheckRequest request) throws CheckRunException, InterruptedException {
        try {
            return fork(request);
        } catch (IOException e) {
            // The message says all there is: what the forked JVM printed, or why it could not start.
            throw new CheckRunException(e.getMessage(), e);
        }
    }

    private CheckOutcome fork(CheckRequest request) throws IOException, InterruptedException {
        Path requestFile = Files.createTempFile("digest-check", ".properties");
        Path errors = Files.createTempFile("digest-check", ".log");
        Process process = null;
        try {
            request.store(requestFile);
            process = new ProcessBuilder(command(requestFile)).redirectError(errors.toFile()).start();
            FindingLines.Reader reader = new FindingLines.Reader();
            String unreadable = null;
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8), 1 << 16)) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (!FindingLines.Reader.isOutcomeLine(line)) {
                        // The JVM's own output (a -Xlog option, a profiler): on as Maven's JVM would print it.
                        System.out.println(line);
                        continue;
                    }
                    try {
                        reader.read(line);
                    } catch (IllegalArgumentException e) {
                        unreadable = unreadable == null ? line : unreadable;
                    }
                }
            }
            int status = process.waitFor();
            if (status == ForkedCheckMain.OUT_OF_MEMORY) {
                throw new IOException(outOfMemory(Files.readString(errors, StandardCharsets.UTF_8).strip()));
            }
            if (status != 0 || unreadable != null || reader.summary().isEmpty()) {
                String said = Files.readString(errors, StandardCharsets.UTF_8).strip();
                throw new IOException("The check in a forked JVM failed (exit status " + status + ")"
                        + (said.isEmpty() ? "" : ": " + said)
                        + (unreadable == null ? "" : "; it printed a line that is not a result: " + unreadable));
            }
            return new CheckOutcome(reader.summary().get(), reader.notDigests(), () -> {}, reader.fixable());
        } finally {
            // Interrupted (the build cancelled) or failed while reading: the JVM must not outlive it.
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(requestFile);
            Files.deleteIfExists(errors);
        }
    }
}
