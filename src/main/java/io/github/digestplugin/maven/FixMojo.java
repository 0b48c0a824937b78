package io.github.digestplugin.maven;

import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.check.output.CheckedFiles;
import io.github.digestplugin.fix.DigestFixer;
import io.github.digestplugin.fix.FixRun;
import io.github.digestplugin.fix.FixedDigest;
import io.github.digestplugin.parse.DigestFiles;
import java.io.File;
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
import org.apache.maven.plugin.AbstractMojo;
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
public class FixMojo extends AbstractMojo {

    /**
     * The folder holding the digests; by default {@code src/digests} in the base directory. Without a
     * pom, relative to the current directory. A module without the default folder is skipped; a
     * folder named here, or in the configuration file, must exist.
     */
    @Parameter(property = "digest.directory")
    private File directory;

    /**
     * Ant-style patterns of the digests to fix, relative to {@code directory}, as for {@code check};
     * by default {@code **}{@code /*.md}.
     */
    @Parameter(property = "digest.includes")
    private List<String> includes;

    /** Ant-style patterns of files to leave out, such as {@code drafts/**}. */
    @Parameter(property = "digest.excludes")
    private List<String> excludes;

    /**
     * Whether Maven's default excludes ({@code .git} and other version control folders, editor
     * backups) and {@code node_modules} and {@code target} folders are left out too, as for
     * {@code check}; {@code true} by default.
     */
    @Parameter(property = "digest.useDefaultExcludes")
    private Boolean useDefaultExcludes;

    /**
     * A configuration file, by default {@code .digest.json} in the base directory when it is there,
     * as for {@code check}. A parameter set in the pom or with {@code -D} wins over it.
     */
    @Parameter(property = "digest.config")
    private File configFile;

    /** Severity per rule id, as for {@code check}: a rule turned {@code off} is not fixed either. */
    @Parameter
    private Map<String, String> severities;

    /** The same as one string, {@code url-canonical=off}; wins over {@code severities}. */
    @Parameter(property = "digest.severities")
    private String severityOverrides;

    /** The text of the level-1 heading above a digest's table; {@code 摘要} by default. */
    @Parameter(property = "digest.summaryHeading")
    private String summaryHeading;

    /** The text of the level-1 heading above a digest's footnote definitions; {@code 详细} by default. */
    @Parameter(property = "digest.detailsHeading")
    private String detailsHeading;

    /** The arXiv channel of every digest, as for {@code check}. */
    @Parameter(property = "digest.channel")
    private String channel;

    /** Logs the change each digest would get as a unified diff, and writes nothing. */
    @Parameter(property = "digest.dryRun", defaultValue = "false")
    private boolean dryRun;

    /** Skips the fix. */
    @Parameter(property = "digest.skip", defaultValue = "false")
    private boolean skip;

    /** The project's base directory, or the current directory when there is no pom. */
    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    private File baseDirectory;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("Skipping the digest fix (digest.skip)");
            return;
        }
        ConfigFile config;
        try {
            config = ConfigFile.find(configFile == null ? null : configFile.toPath(), baseDirectory.toPath());
        } catch (ConfigFile.ConfigException e) {
            throw new MojoFailureException(e.getMessage());
        }
        config.file().ifPresent(file -> log.info("Settings from " + file));
        DigestInput input = DigestInput.of(config, baseDirectory.toPath(), directory, includes, excludes,
                useDefaultExcludes, summaryHeading, detailsHeading, channel, severities, severityOverrides);
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
