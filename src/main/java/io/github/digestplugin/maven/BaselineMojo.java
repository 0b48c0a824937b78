package io.github.digestplugin.maven;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.DigestChecker;
import io.github.digestplugin.check.PathSuppressions;
import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.check.output.BaselineFile;
import io.github.digestplugin.check.output.CheckedFiles;
import io.github.digestplugin.parse.DigestFiles;
import io.github.digestplugin.runner.OutOfMemory;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the baseline: every finding {@code digest:check} makes now, by digest, rule and a
 * fingerprint that does not change when lines move, into {@code digest-baseline.json} in the base
 * directory. A check that reads it fails only on findings beyond it. Runs without a pom too.
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = false)
public class BaselineMojo extends DigestFilesMojo {

    /** Path suppressions, as for {@code check}: suppressed findings make no baseline entries. */
    @Parameter(property = "digest.suppressions")
    private List<String> suppressions;

    /** The file to write; by default {@code digest-baseline.json} in the base directory. */
    @Parameter(property = "digest.baseline")
    private File baseline;

    /**
     * The reader's record of what was read ({@code reading.yaml}: status, rating, tags and notes per
     * arXiv id). By default {@code reading.yaml} in {@code directory}, read when it exists; a file
     * named here must exist.
     */
    @Parameter(property = "digest.readingFile")
    private File readingFile;

    /** Skips writing the baseline. */
    @Parameter(property = "digest.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the digest baseline (digest.skip)");
            return;
        }
        ConfigFile config = configFile(getLog());
        DigestInput input = input(config);
        RuleConfiguration rules;
        PathSuppressions pathSuppressions;
        Optional<Path> reading;
        try {
            rules = input.rules();
            pathSuppressions = input.pathSuppressions(config.strings("suppressions", suppressions, List.of()));
            reading = input.readingFile(config, baseDirectory.toPath(), readingFile);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid digest:baseline configuration: " + e.getMessage());
        }
        Optional<String> problem = input.directoryProblem();
        if (problem.isPresent()) {
            throw new MojoFailureException(problem.get());
        }
        DigestFiles.Listing listing;
        try {
            listing = new DigestFiles(input.includes(), input.excludes()).find(input.directory());
        } catch (IOException e) {
            throw new MojoFailureException("Cannot list the digests in " + input.directory() + ": " + e.getMessage());
        }
        if (listing.files().isEmpty()) {
            getLog().warn(input.noDigestFound());
        }
        CheckResult result;
        try {
            result = new DigestChecker(input.parserOptions(), rules, pathSuppressions)
                    .check(input.directory(), listing.files(), listing.problems(),
                            reading.map(file -> DigestChecker.ReadingInput.read(input.directory(), file)),
                            digest -> {});
        } catch (OutOfMemoryError e) {
            throw new MojoExecutionException(OutOfMemory.inMavensJvm("baseline"));
        }
        Path base = baseDirectory.toPath().toAbsolutePath().normalize();
        CheckedFiles checked = new CheckedFiles(input.directory(), listing.files());
        BaselineFile written = BaselineFile.of(result.findings(), result.entryKeys(), checked.pathsFrom(base));
        Path file = BaselineLocation.of(config.path("baseline", baseline, base).map(Path::toFile).orElse(null), base);
        try {
            Files.createDirectories(file.getParent());
            written.write(file);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the baseline " + file + ": " + e.getMessage(), e);
        }
        long findings = result.findings().size();
        getLog().info("Baseline of " + findings + " finding" + (findings == 1 ? "" : "s") + " in "
                + result.files() + " digest" + (result.files() == 1 ? "" : "s") + " written to " + file
                + "; digest:check now fails only on findings beyond it");
    }
}
