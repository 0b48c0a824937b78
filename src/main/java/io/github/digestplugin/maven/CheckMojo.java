package io.github.digestplugin.maven;

import io.github.digestplugin.check.CheckTotals;
import io.github.digestplugin.check.DigestChecker;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.check.RuleMessages;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.check.PathSuppressions;
import io.github.digestplugin.check.output.BaselineFile;
import io.github.digestplugin.check.output.CheckSummary;
import io.github.digestplugin.check.output.CheckedFiles;
import io.github.digestplugin.check.output.FindingSelection;
import io.github.digestplugin.check.output.SarifWriter;
import io.github.digestplugin.fix.FixedDigest;
import io.github.digestplugin.parse.DigestFiles;
import io.github.digestplugin.runner.CheckOutcome;
import io.github.digestplugin.runner.CheckRequest;
import io.github.digestplugin.runner.CheckRunException;
import io.github.digestplugin.runner.CheckRunner;
import io.github.digestplugin.runner.ForkedCheck;
import io.github.digestplugin.runner.ForkedJvm;
import io.github.digestplugin.runner.InJvmCheck;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks arXiv digest files for malformations and fails the build on findings of a configured
 * severity that the baseline does not hold. Each finding that fails the build is logged as
 * {@code path:line:col: severity [rule-id] message} ({@code logFindings} for all or none), then a
 * table of counts per rule and one summary line; SARIF 2.1.0, checkstyle XML and GitLab code
 * quality results, holding every finding, are written to {@code outputDirectory}. Runs without a pom too, with the current directory as base directory.
 * A large set of digests is checked in a JVM of its own ({@code fork}).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends DigestFilesMojo {

    static final String DEFAULT_FORK_JVM_ARGS = ForkedJvm.DEFAULT_JVM_ARGS;

    /**
     * The least severity that fails the build: {@code error}, {@code warning}, {@code info}, or
     * {@code none} to report without failing; {@code error} by default.
     */
    @Parameter(property = "digest.failOn")
    private String failOn;

    /** How many findings at or above {@code failOn} still pass; 0 by default. */
    @Parameter(property = "digest.maxAllowedViolations")
    private Integer maxAllowedViolations;

    /**
     * Where {@code digest-check.sarif} and {@code checkstyle-result.xml} are written; by default
     * the folder {@code digest} in the build directory ({@code target/digest}), also without a pom.
     */
    @Parameter(property = "digest.resultsDirectory")
    private File outputDirectory;

    /**
     * Whether the check runs in a JVM of its own: {@code auto} forks one when the digests total
     * 32 MiB or more, where a fresh JVM with {@code forkJvmArgs} checks faster than Maven's own;
     * {@code true} always forks, {@code false} never does (the choice for a long-lived, already
     * warm Maven daemon such as mvnd). Results and log are the same either way. {@code auto} by default.
     */
    @Parameter(property = "digest.fork")
    private String fork;

    /**
     * The options of the forked JVM. The default, {@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC},
     * compiles with C1 only and collects with the serial collector, the settings that suit a run of seconds on a small CI machine. Unless they name a
     * heap limit ({@code -Xmx}), the fork takes Maven's own, so {@code MAVEN_OPTS=-Xmx512m} bounds
     * the whole run.
     */
    @Parameter(property = "digest.forkJvmArgs")
    private String forkJvmArgs;

    /**
     * The language of the findings' messages in the log and the result files: {@code en} or
     * {@code zh} (others fall back to English). The summary line stays in English.
     */
    @Parameter(property = "digest.locale")
    private String locale;

    /**
     * Which findings the log lists, one line each: {@code failing} (the default) those that count
     * toward failing the build, at or above {@code failOn} and not in the baseline; {@code all}
     * every finding; {@code none} none. A table of counts per rule and severity follows in any
     * case, and the result files always hold every finding.
     */
    @Parameter(property = "digest.logFindings")
    private String logFindings;

    /**
     * The baseline: findings it holds are reported but do not fail the build. By default
     * {@code digest-baseline.json} in the base directory, read when it exists; a file named here
     * must exist. {@code digest:baseline} writes it.
     */
    @Parameter(property = "digest.baseline")
    private File baseline;

    /**
     * The reader's record of what was read ({@code reading.yaml}: status, rating, tags and notes per
     * arXiv id). By default {@code reading.yaml} in {@code directory}, read when it exists; a file
     * named here must exist.
     */
    @Parameter(property = "digest.readingFile")
    private File readingFile;

    /**
     * Rules left out for some digests, as {@code path-pattern=rule-id,rule-id} with Ant-style
     * patterns relative to {@code directory} ({@code drafts/**=raw-html,cell-pipe}). Their findings
     * are left out of the log, the result files and the failure, and counted as suppressed.
     */
    @Parameter(property = "digest.suppressions")
    private List<String> suppressions;

    /**
     * CI annotations for the findings that fail the build: {@code github} prints GitHub Actions
     * workflow commands ({@code ::error file=...}) and appends a summary to
     * {@code $GITHUB_STEP_SUMMARY}; {@code none} prints none. By default {@code github} when the
     * environment variable {@code GITHUB_ACTIONS} is {@code true}, else {@code none}.
     */
    @Parameter(property = "digest.annotations")
    private String annotations;

    /** Skips the check. */
    @Parameter(property = "digest.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("Skipping the digest check (digest.skip)");
            return;
        }
        ConfigFile config = configFile(log);
        DigestInput input = input(config);
        if (input.defaultDirectory() && !Files.exists(input.directory())) {
            log.info(input.noDefaultDirectory("check"));
            return;
        }
        FailurePolicy policy;
        ForkPolicy forkPolicy;
        RuleConfiguration rules;
        FindingSelection.LogFindings logMode;
        PathSuppressions pathSuppressions;
        boolean github;
        Optional<Path> reading;
        try {
            policy = FailurePolicy.of(config.string("failOn", failOn, "error"),
                    config.integer("maxAllowedViolations", maxAllowedViolations, 0));
            forkPolicy = ForkPolicy.of(config.string("fork", fork, "auto"));
            rules = input.rules();
            logMode = FindingSelection.LogFindings.parse(config.string("logFindings", logFindings, "failing"));
            pathSuppressions = input.pathSuppressions(config.strings("suppressions", suppressions, List.of()));
            github = githubAnnotations(config.string("annotations", annotations, null));
            reading = input.readingFile(config, baseDirectory.toPath(), readingFile);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid digest:check configuration: " + e.getMessage());
        }
        Path digests = input.directory();
        OutputFolders folders = new OutputFolders(session.getRequest().isProjectPresent(), baseDirectory,
                buildDirectory);
        Path results = config.path("resultsDirectory", outputDirectory, baseDirectory.toPath())
                .orElse(folders.buildDirectory().resolve("digest"));
        if (folders.insideDigests(results, digests)) {
            throw new MojoFailureException("The results directory " + results + " lies inside the digest directory "
                    + digests + "; choose another one (parameter 'outputDirectory', property digest.resultsDirectory)");
        }
        Optional<Path> baselineFile = BaselineLocation.toRead(
                config.path("baseline", baseline, baseDirectory.toPath()).map(Path::toFile).orElse(null),
                baseDirectory.toPath());
        // Read here as well, so a malformed baseline fails before any digest is read.
        readBaseline(baselineFile);

        DigestFiles.Listing listing = findDigests(input);
        List<Path> files = listing.files();
        if (files.isEmpty()) {
            log.warn(input.noDigestFound());
        }
        CheckedFiles checked = new CheckedFiles(digests, files);
        CheckRunner runner = forkPolicy.forks(totalSize(digests, files))
                ? forkedCheck(forkPolicy, config.string("forkJvmArgs", forkJvmArgs, DEFAULT_FORK_JVM_ARGS))
                        .orElseGet(InJvmCheck::new)
                : new InJvmCheck();
        Locale language = messageLanguage(config.string("locale", locale, "en"));
        FindingSelection selection = new FindingSelection(logMode, policy.threshold(), loggedSeverities(log), github);
        CheckRequest request = new CheckRequest(digests, files, listing.problems(), input.parserOptions(),
                CheckRequest.severitiesOf(rules), pathSuppressions.entries(), baselineFile, results,
                baseDirectory.toPath(), plugin.getVersion(), selection, language, reading);
        CheckOutcome run;
        try {
            run = runner.run(request);
        } catch (CheckRunException e) {
            throw new MojoExecutionException(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while the check ran", e);
        }
        CheckSummary outcome = run.summary();
        Function<Path, String> shownPaths = checked.pathsFrom(workingDirectory());
        long listed = 0;
        for (CheckSummary.Shown shown : outcome.shown()) {
            Finding finding = shown.finding();
            if (!selection.logs(finding, shown.baselined())) {
                continue;
            }
            listed++;
            String line = LogText.printable(finding.format(shownPaths.apply(finding.path()), language))
                    + (shown.baselined() ? " (in the baseline)" : "");
            switch (finding.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                case INFO -> log.info(line);
            }
        }
        for (Path notADigest : run.notDigests()) {
            log.info(LogText.printable(notADigestLine(shownPaths.apply(notADigest), notADigest)));
        }
        try {
            run.resultFiles().await();
        } catch (CheckRunException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        CheckTotals totals = outcome.totals();
        SarifWriter.leftOut(totals).ifPresent(log::warn);
        CheckLog.countTable(outcome).forEach(log::info);
        long unlisted = totals.findings() - listed;
        if (logMode != FindingSelection.LogFindings.ALL && unlisted > 0 && log.isInfoEnabled()) {
            log.info(unlisted + " finding" + (unlisted == 1 ? " is" : "s are") + " not listed here ("
                    + (logMode == FindingSelection.LogFindings.NONE ? "logFindings=none"
                            : "below failOn or in the baseline") + "); -Ddigest.logFindings=all lists them, and "
                    + results + " holds them all");
        }
        outcome.baseline().ifPresent(status -> log.info(CheckLog.baselineLine(status)
                + " (" + baselineFile.orElseThrow() + ")"));
        log.info(totals.summary());
        if (run.fixable() > 0) {
            log.info(FixedDigest.canBeFixed(run.fixable()));
        }
        Optional<String> failure = policy.failure(outcome);
        if (github) {
            Function<Path, String> repositoryPaths = checked.pathsFrom(baseDirectory.toPath());
            List<Finding> failing = outcome.shown().stream().filter(s -> selection.fails(s.finding(), s.baselined()))
                    .map(CheckSummary.Shown::finding).toList();
            GitHubAnnotations.of(failing, repositoryPaths).forEach(System.out::println);
            System.out.flush();
            appendStepSummary(StepSummary.of(outcome, failing, repositoryPaths,
                    failure.map(f -> "The check fails: " + f).orElse("The check passes.")));
        }
        if (failure.isPresent()) {
            throw new MojoFailureException(failure.get() + "; results in " + results);
        }
    }

    /** The line of a file that is not a digest: which, why, and how to leave it out. */
    static String notADigestLine(String shown, Path relative) {
        String pattern = relative.toString().replace('\\', '/');
        return shown + " is not a digest (no summary heading, table header or footnote definition): not checked;"
                + " leave it out with <excludes><exclude>" + pattern + "</exclude></excludes> or -Ddigest.excludes="
                + pattern;
    }

    /** Whether to print GitHub annotations: as {@code annotations} says, else when GitHub Actions runs the build. */
    private static boolean githubAnnotations(String annotations) {
        String value = annotations == null ? "" : annotations.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "github" -> true;
            case "none" -> false;
            case "" -> "true".equals(System.getenv("GITHUB_ACTIONS"));
            default -> throw new IllegalArgumentException("annotations is '" + annotations
                    + "', it must be github or none");
        };
    }

    /** Appends to the file {@code GITHUB_STEP_SUMMARY} names, if it names one; a failure to is a warning. */
    private void appendStepSummary(String markdown) {
        String summary = System.getenv("GITHUB_STEP_SUMMARY");
        if (summary == null || summary.isBlank()) {
            return;
        }
        try {
            Files.writeString(Path.of(summary), markdown, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException | InvalidPathException e) {
            getLog().warn("Cannot append the job summary to " + summary + " (GITHUB_STEP_SUMMARY): " + e.getMessage());
        }
    }

    private static Optional<BaselineFile> readBaseline(Optional<Path> file) throws MojoFailureException {
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(BaselineFile.read(file.get()));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoFailureException("Cannot read the baseline " + file.get() + ": " + e.getMessage());
        }
    }

    /** The forked check, when a JVM can be forked; the log says why not when it cannot. */
    private Optional<CheckRunner> forkedCheck(ForkPolicy forkPolicy, String jvmArgs) {
        Optional<ForkedCheck> forked = ForkedCheck.of(
                plugin.getPluginArtifact() == null ? null : plugin.getPluginArtifact().getFile(), jvmArgs);
        if (forked.isEmpty()) {
            forkPolicy.cannotFork(getLog(), "check", "checking in Maven's JVM");
        }
        forked.ifPresent(check -> getLog().debug(
                "Checking in a forked JVM: " + String.join(" ", check.command(Path.of("<request>")))));
        return forked.map(CheckRunner.class::cast);
    }

    private static long totalSize(Path directory, List<Path> files) {
        return files.stream().mapToLong(file -> DigestChecker.sizeOf(directory.resolve(file))).sum();
    }

    /** The language of the messages: Chinese for a {@code zh} locale, else English. */
    static Locale messageLanguage(String locale) {
        return locale != null && Locale.forLanguageTag(locale.strip().replace('_', '-')).getLanguage().equals("zh")
                ? Locale.CHINESE
                : RuleMessages.ENGLISH;
    }

    /** The severities whose findings the log shows: under -q, only errors. */
    private static Set<Severity> loggedSeverities(Log log) {
        Set<Severity> logged = EnumSet.noneOf(Severity.class);
        for (Severity severity : Severity.values()) {
            boolean shown = switch (severity) {
                case ERROR -> log.isErrorEnabled();
                case WARNING -> log.isWarnEnabled();
                case INFO -> log.isInfoEnabled();
            };
            if (shown) {
                logged.add(severity);
            }
        }
        return logged;
    }

    private static DigestFiles.Listing findDigests(DigestInput input) throws MojoFailureException {
        Optional<String> problem = input.directoryProblem();
        if (problem.isPresent()) {
            throw new MojoFailureException(problem.get());
        }
        try {
            return new DigestFiles(input.includes(), input.excludes()).find(input.directory());
        } catch (IOException e) {
            throw new MojoFailureException("Cannot list the digests in " + input.directory() + ": " + describe(e));
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }

    /** Where Maven was started: log paths relative to it can be opened from the terminal and the IDE. */
    private Path workingDirectory() {
        String userDir = session.getSystemProperties().getProperty("user.dir");
        return userDir == null ? baseDirectory.toPath() : Path.of(userDir);
    }
}
