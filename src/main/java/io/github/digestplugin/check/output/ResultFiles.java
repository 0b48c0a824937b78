package io.github.digestplugin.check.output;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.Rule;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Writes the machine-readable results of a check: SARIF and checkstyle XML, side by side. */
public final class ResultFiles {

    private ResultFiles() {}

    /**
     * Writes {@value SarifWriter#FILE_NAME} and {@value CheckstyleWriter#FILE_NAME} into
     * {@code outputDirectory}, creating it, and returns the two files.
     *
     * @param baseDirectory what the paths in the files are relative to
     */
    public static List<Path> write(Path outputDirectory, CheckResult result, CheckedFiles checked,
            String toolVersion, List<Rule> catalogue, Path baseDirectory) throws IOException {
        Files.createDirectories(outputDirectory);
        Path sarif = outputDirectory.resolve(SarifWriter.FILE_NAME);
        Path checkstyle = outputDirectory.resolve(CheckstyleWriter.FILE_NAME);
        // The two files are independent and, for a large corpus, tens of megabytes: one is written
        // on another core while this thread writes the other.
        CompletableFuture<Void> checkstyleWritten = CompletableFuture.runAsync(() -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(checkstyle))) {
                new CheckstyleWriter(toolVersion, baseDirectory).write(result, checked, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try (Writer out = Files.newBufferedWriter(sarif, StandardCharsets.UTF_8)) {
            new SarifWriter(toolVersion, catalogue, baseDirectory).write(result, checked, out);
        }
        try {
            checkstyleWritten.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
        return List.of(sarif, checkstyle);
    }
}
