package io.github.digestplugin.runner;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a check in a JVM of its own, started from the plugin's jar with the JVM options given:
 * by default C1 only and the serial collector, which suit a run of a few seconds better than the
 * optimising compiler Maven's JVM would spend a core on. It writes the result files itself and
 * hands back on its standard output the outcome the log is made from.
 */
public final class ForkedCheck implements CheckRunner {

    private final Path java;
    private final Path pluginJar;
    private final List<String> jvmArgs;

    private ForkedCheck(Path java, Path pluginJar, List<String> jvmArgs) {
        this.java = java;
        this.pluginJar = pluginJar;
        this.jvmArgs = List.copyOf(jvmArgs);
    }

    /**
     * A forked check with Maven's own Java and the plugin's jar; empty when either is not there
     * (a runtime without a {@code java} launcher, the plugin run from a classes directory).
     */
    public static Optional<ForkedCheck> of(File pluginJar, String jvmArgs) {
        String launcher = File.separatorChar == '\\' ? "java.exe" : "java";
        Path java = Path.of(System.getProperty("java.home"), "bin", launcher);
        if (pluginJar == null || !pluginJar.isFile() || !Files.isExecutable(java)) {
            return Optional.empty();
        }
        List<String> args = new ArrayList<>(
                jvmArgs == null || jvmArgs.isBlank() ? List.of() : List.of(jvmArgs.strip().split("\\s+")));
        if (args.stream().noneMatch(arg -> arg.startsWith("-Xmx") || arg.startsWith("-XX:MaxHeapSize"))) {
            // The heap limit the user gave Maven (MAVEN_OPTS, .mvn/jvm.config) bounds the fork too.
            args.add("-Xmx" + heapLimit());
        }
        return Optional.of(new ForkedCheck(java, pluginJar.toPath(), args));
    }

    /** This JVM's heap limit in bytes, as its {@code MaxHeapSize} says (Runtime's figure leaves out a survivor space). */
    static long heapLimit() {
        try {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (hotSpot != null) {
                return Long.parseLong(hotSpot.getVMOption("MaxHeapSize").getValue());
            }
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // Not a HotSpot JVM: Runtime's figure is the best there is.
        }
        return Runtime.getRuntime().maxMemory();
    }

    public List<String> command(Path requestFile) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmArgs);
        command.addAll(List.of("-cp", pluginJar.toString(), ForkedCheckMain.class.getName(), requestFile.toString()));
        return command;
    }

    /** The message of a forked check that ran out of memory, from the heap limit it printed. */
    String outOfMemory(String heapLimit) {
        List<String> raised = new ArrayList<>(jvmArgs.stream().filter(arg -> !arg.startsWith("-Xmx")).toList());
        raised.add("-Xmx2g");
        String raise = "forkJvmArgs (-Ddigest.forkJvmArgs=\"" + String.join(" ", raised) + "\")";
        try {
            return OutOfMemory.message("check in a forked JVM", Long.parseLong(heapLimit), raise);
        } catch (NumberFormatException e) {
            return "The check in a forked JVM ran out of memory; raise its heap with " + raise + " and run again";
        }
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
