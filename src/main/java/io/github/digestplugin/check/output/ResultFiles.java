package io.github.digestplugin.check.output;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.Rule;
import io.github.digestplugin.check.RuleMessages;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Writes the machine-readable results of a check: SARIF, checkstyle XML and GitLab's code quality
 * JSON, side by side, each on a thread of its own, while the caller goes on (printing the
 * findings, say).
 */
public final class ResultFiles {

    private final List<Path> files;
    private final CompletableFuture<Void> written;

    private ResultFiles(List<Path> files, CompletableFuture<Void> written) {
        this.files = files;
        this.written = written;
    }

    /**
     * Starts writing {@value SarifWriter#FILE_NAME}, {@value CheckstyleWriter#FILE_NAME} and
     * {@value GitLabCodeQualityWriter#FILE_NAME} into {@code outputDirectory}, creating it;
     * {@link #await} waits for all three.
     *
     * @param baseDirectory what the paths in the files are relative to
     */
    public static ResultFiles start(Path outputDirectory, CheckResult result, CheckedFiles checked,
            String toolVersion, List<Rule> catalogue, Path baseDirectory) throws IOException {
        return start(outputDirectory, result, checked, toolVersion, catalogue, baseDirectory, RuleMessages.ENGLISH);
    }

    /** {@link #start(Path, CheckResult, CheckedFiles, String, List, Path)} with messages in {@code locale}. */
    public static ResultFiles start(Path outputDirectory, CheckResult result, CheckedFiles checked,
            String toolVersion, List<Rule> catalogue, Path baseDirectory, Locale locale) throws IOException {
        Files.createDirectories(outputDirectory);
        Path sarif = outputDirectory.resolve(SarifWriter.FILE_NAME);
        Path checkstyle = outputDirectory.resolve(CheckstyleWriter.FILE_NAME);
        Path gitLab = outputDirectory.resolve(GitLabCodeQualityWriter.FILE_NAME);
        // Threads of their own rather than the common pool, which a caller may be using: for a
        // large corpus each file is tens of megabytes.
        Executor threadEach = task -> {
            Thread thread = new Thread(task, "digest-results");
            thread.setDaemon(true);
            thread.start();
        };
        CompletableFuture<Void> sarifWritten = CompletableFuture.runAsync(() -> {
            try (Writer out = Files.newBufferedWriter(sarif, StandardCharsets.UTF_8)) {
                new SarifWriter(toolVersion, catalogue, baseDirectory, locale).write(result, checked, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, threadEach);
        CompletableFuture<Void> checkstyleWritten = CompletableFuture.runAsync(() -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(checkstyle))) {
                new CheckstyleWriter(toolVersion, baseDirectory, locale).write(result, checked, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, threadEach);
        CompletableFuture<Void> gitLabWritten = CompletableFuture.runAsync(() -> {
            try (Writer out = Files.newBufferedWriter(gitLab, StandardCharsets.UTF_8)) {
                new GitLabCodeQualityWriter(baseDirectory).write(result, checked, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, threadEach);
        return new ResultFiles(List.of(sarif, checkstyle, gitLab),
                CompletableFuture.allOf(sarifWritten, checkstyleWritten, gitLabWritten));
    }

    /** Waits until the files are written and returns them. */
    public List<Path> await() throws IOException {
        try {
            written.join();
            return files;
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }
}
