package io.github.digestplugin.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForkedCheckTest {

    @TempDir
    Path temp;

    @Test
    void runsThePluginJarWithMavensJavaAndTheGivenOptions() throws IOException {
        Path jar = Files.createFile(temp.resolve("digest maven plugin.jar"));

        ForkedCheck forked = ForkedCheck.of(jar.toFile(), " -XX:TieredStopAtLevel=1   -Xmx512m ").orElseThrow();

        List<String> command = forked.command(temp.resolve("request.properties"));
        assertThat(command).hasSize(7).startsWith(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx512m", "-cp").endsWith(ForkedCheckMain.class.getName(),
                temp.resolve("request.properties").toString());
        // The plugin's jar first, then the logging API Maven gives plugins, which the jar leaves out.
        List<String> classPath = List.of(command.get(4).split(java.io.File.pathSeparator));
        assertThat(classPath.get(0)).isEqualTo(jar.toString());
        assertThat(classPath).hasSizeBetween(1, 2).allMatch(entry -> entry.equals(jar.toString())
                || entry.contains("slf4j"));
    }

    /** Without a heap limit of its own, the fork takes Maven's, so MAVEN_OPTS=-Xmx... bounds the whole run. */
    @Test
    void theForkTakesMavensHeapLimitUnlessItsOptionsNameOne() throws IOException {
        Path jar = Files.createFile(temp.resolve("plugin.jar"));
        List<String> command = ForkedCheck.of(jar.toFile(), "-XX:+UseSerialGC").orElseThrow()
                .command(temp.resolve("request.properties"));
        long limit = ForkedCheck.heapLimit();
        assertThat(limit).isPositive().isGreaterThanOrEqualTo(Runtime.getRuntime().maxMemory());
        assertThat(command).contains("-XX:+UseSerialGC", "-Xmx" + limit);
        assertThat(ForkedCheck.of(jar.toFile(), "-XX:MaxHeapSize=64m").orElseThrow()
                .command(temp.resolve("request.properties"))).noneMatch(arg -> arg.startsWith("-Xmx"));
    }

    @Test
    void thereIsNoForkWithoutAPluginJar() {
        assertThat(ForkedCheck.of(null, "")).isEmpty();
        assertThat(ForkedCheck.of(temp.toFile(), "")).isEmpty();
    }

    @Test
    void aForkOutOfMemoryIsToldWithItsLimitAndItsOptionsWithALargerHeap() throws IOException {
        Path jar = Files.createFile(temp.resolve("plugin.jar"));
        ForkedCheck forked = ForkedCheck.of(jar.toFile(), "-XX:+UseSerialGC -Xmx64m").orElseThrow();

        assertThat(forked.outOfMemory(String.valueOf(64L * 1024 * 1024))).isEqualTo(
                "The check in a forked JVM ran out of memory with a heap limit of 64 MB; raise it with forkJvmArgs"
                        + " (-Ddigest.forkJvmArgs=\"-XX:+UseSerialGC -Xmx2g\") and run again");
        assertThat(forked.outOfMemory("")).isEqualTo("The check in a forked JVM ran out of memory; raise its heap"
                + " with forkJvmArgs (-Ddigest.forkJvmArgs=\"-XX:+UseSerialGC -Xmx2g\") and run again");
    }
}
