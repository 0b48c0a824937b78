package io.github.digestplugin.runner;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A JVM a goal starts for its work, from the plugin's jar (which holds its libraries) with Maven's
 * own Java and the options given: by default C1 only and the serial collector, which suit a run of
 * seconds better than the optimising compiler Maven's JVM would spend a core on. Without a heap
 * limit in its options it takes Maven's, so {@code MAVEN_OPTS=-Xmx512m} bounds the whole run.
 */
public final class ForkedJvm {

    /** The options a fork runs with unless the user gives others ({@code forkJvmArgs}). */
    public static final String DEFAULT_JVM_ARGS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    private final Path java;
    private final Path pluginJar;
    private final List<String> jvmArgs;

    private ForkedJvm(Path java, Path pluginJar, List<String> jvmArgs) {
        this.java = java;
        this.pluginJar = pluginJar;
        this.jvmArgs = List.copyOf(jvmArgs);
    }

    /**
     * A fork with Maven's own Java and the plugin's jar; empty when either is not there (a runtime
     * without a {@code java} launcher, the plugin run from a classes directory).
     */
    public static Optional<ForkedJvm> of(File pluginJar, String jvmArgs) {
        String launcher = File.separatorChar == '\\' ? "java.exe" : "java";
        Path java = Path.of(System.getProperty("java.home"), "bin", launcher);
        if (pluginJar == null || !pluginJar.isFile() || !Files.isExecutable(java)) {
            return Optional.empty();
        }
        List<String> args = new ArrayList<>(
                jvmArgs == null || jvmArgs.isBlank() ? List.of() : List.of(jvmArgs.strip().split("\\s+")));
        if (args.stream().noneMatch(arg -> arg.startsWith("-Xmx") || arg.startsWith("-XX:MaxHeapSize"))) {
            args.add("-Xmx" + heapLimit());
        }
        return Optional.of(new ForkedJvm(java, pluginJar.toPath(), args));
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

    /** The command that runs {@code mainClass} on {@code requestFile} in the fork. */
    public List<String> command(String mainClass, Path requestFile) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmArgs);
        command.addAll(List.of("-cp", classPath(), mainClass, requestFile.toString()));
        return command;
    }

    /**
     * The plugin's jar, and the jar of the logging API its libraries call (Velocity's SLF4J), which
     * Maven provides to every plugin and so is not in the plugin's jar.
     */
    private String classPath() {
        List<String> entries = new ArrayList<>(List.of(pluginJar.toString()));
        try {
            java.security.CodeSource source = Class.forName("org.slf4j.LoggerFactory", false,
                    ForkedJvm.class.getClassLoader()).getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                entries.add(Path.of(source.getLocation().toURI()).toString());
            }
        } catch (ClassNotFoundException | java.net.URISyntaxException | SecurityException
                | IllegalArgumentException e) {
            // No SLF4J where this runs (a test): the fork's libraries then run without their log.
        }
        return String.join(File.pathSeparator, entries);
    }

    /**
     * The message of {@code what} run out of memory in the fork, from the heap limit the fork
     * printed, with the options that raise it.
     */
    String outOfMemory(String what, String heapLimit) {
        List<String> raised = new ArrayList<>(jvmArgs.stream().filter(arg -> !arg.startsWith("-Xmx")).toList());
        raised.add("-Xmx2g");
        String raise = "forkJvmArgs (-Ddigest.forkJvmArgs=\"" + String.join(" ", raised) + "\")";
        try {
            return OutOfMemory.message(what + " in a forked JVM", Long.parseLong(heapLimit), raise);
        } catch (NumberFormatException e) {
            return "The " + what + " in a forked JVM ran out of memory; raise its heap with " + raise + " and run again";
        }
    }
}
