package io.github.digestplugin.maven;

import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.check.output.CheckedFiles;
import io.github.digestplugin.fix.DigestFixer;
import io.github.digestplugin.fix.FixRun;
import io.github.digestplugin.fix.FixedDigest;
import io.github.digestplugin.parse.DigestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Rewrites digests in place where a finding of a fixable rule can be repaired without guessing:
 * non-canonical arXiv urls ({@code url-canonical}), a stray {@code |} whose cell the definition
 * tells ({@code cell-pipe}), the missing closing line of an entry ({@code truncated-entry}). Only
 * the characters repaired change: line ends, a byte order mark and every other byte stay as they
 * are, and a digest with nothing to repair is not written. {@code dryRun} shows the change as a
 * unified diff and writes nothing. Runs without a pom too, like {@code check}; it is bound to no
 * phase, so only an explicit {@code mvn digest:fix} changes files.
 */
@Mojo(name = "fix", threadSafe = true, requiresProject = false)
public class FixMojo extends DigestFilesMojo {

    /** Logs the change each digest would get as a unified diff, and writes nothing. */
    @Parameter(property = "digest.dryRun", defaultValue = "false")
    private boolean dryRun;

    /** Skips the fix. */
    @Parameter(property = "digest.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("Skipping the digest fix (digest.skip)");
            return;
        }
        ConfigFile config = configFile(log);
        DigestInput input = input(config);
        if (input.defaultDirectory() && !Files.exists(input.directory())) {
            log.info(input.noDefaultDirectory("fix"));
            return;
        }
        RuleConfiguration rules;
        try {
            rules = input.rules();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid digest:fix configuration: " + e.getMessage());
        }
        Optional<String> problem = input.directoryProblem();
        if (problem.isPresent()) {
            throw new MojoFailureException(problem.get());
        }
        List<Path> files;
        try {
            files = new DigestFiles(input.includes(), input.excludes()).find(input.directory()).files();
        } catch (IOException e) {
            throw new MojoFailureException("Cannot list the digests in " + input.directory() + ": " + e.getMessage());
        }
        if (files.isEmpty()) {
            log.warn(input.noDigestFound());
        }
        FixRun.Result result;
        try {
            result = new FixRun(new DigestFixer(input.parserOptions(), rules), !dryRun).run(input.directory(), files);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot fix the digests in " + input.directory() + ": " + e.getMessage(), e);
        }
        Function<Path, String> shown = new CheckedFiles(input.directory(), files).pathsFrom(workingDirectory());
        for (FixedDigest digest : result.changed()) {
            log.info((dryRun ? "Would fix " : "Fixed ") + LogText.printable(shown.apply(digest.path())) + ": "
                    + counts(digest.fixedCounts()));
            if (dryRun) {
                digest.diff().lines().forEach(line -> log.info(LogText.printable(line)));
            }
        }
        for (FixedDigest digest : result.digests()) {
            for (FixedDigest.LeftFinding left : digest.left()) {
                log.info(LogText.printable(shown.apply(digest.path()) + ":" + left.finding().position() + ": not fixed ["
                        + left.finding().ruleId() + "] " + left.reason()));
            }
        }
        result.problems().forEach(message -> log.warn(LogText.printable(message)));
        int fixedCount = result.fixedPerRule().values().stream().mapToInt(Integer::intValue).sum();
        int leftCount = result.leftPerRule().values().stream().mapToInt(Integer::intValue).sum();
        log.info(String.format(Locale.ROOT, "%s %d finding%s in %d of %d digests%s; %d left%s (%d ms)%s",
                dryRun ? "Would fix" : "Fixed", fixedCount, fixedCount == 1 ? "" : "s", result.changed().size(),
                result.digests().size(), fixedCount == 0 ? "" : " (" + counts(result.fixedPerRule()) + ")",
                leftCount, leftCount == 0 ? "" : " (" + counts(result.leftPerRule()) + ")",
                result.elapsed().toMillis(), dryRun ? "; dry run, nothing written" : ""));
    }

    private static String counts(Map<String, Integer> perRule) {
        return new TreeMap<>(perRule).entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** Where Maven was started, as for {@code check}: paths in the log are relative to it. */
    private Path workingDirectory() {
        String userDir = session.getSystemProperties().getProperty("user.dir");
        return userDir == null ? baseDirectory.toPath() : Path.of(userDir);
    }
}
