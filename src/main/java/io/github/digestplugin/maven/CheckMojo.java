package io.github.digestplugin.maven;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.CheckTotals;
import io.github.digestplugin.check.DigestChecker;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.check.RuleMessages;
import io.github.digestplugin.check.Rules;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.check.fork.CheckRequest;
import io.github.digestplugin.check.output.CheckedFiles;
import io.github.digestplugin.check.output.ResultFiles;
import io.github.digestplugin.check.output.SarifWriter;
import io.github.digestplugin.parse.DigestFiles;
import io.github.digestplugin.parse.ParserOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks arXiv digest files for malformations and fails the build on findings of a configured
 * severity. Each finding is logged as {@code path:line:col: severity [rule-id] message}, followed
 * by one summary line; SARIF 2.1.0 and checkstyle XML results are written to
 * {@code outputDirectory}. Runs without a pom too, with the current directory as base directory.
 * A large set of digests is checked in a JVM of its own ({@code fork}).
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractMojo {

    static final String DEFAULT_FORK_JVM_ARGS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    /** The folder holding the digests. Without a pom, relative to the current directory. */
    @Parameter(property = "digest.directory", defaultValue = "${basedir}/src/digests", required = true)
    private File directory;

    /**
     * Ant-style patterns of the digests to check, relative to {@code directory}; on the command line
     * separated by commas ({@code -Ddigest.includes=**}{@code /*.md,**}{@code /*.txt}).
     */
    @Parameter(property = "digest.includes", defaultValue = "**/*.md")
    private List<String> includes;

    /** Ant-style patterns of files to leave out, such as {@code drafts/**}. */
    @Parameter(property = "digest.excludes")
    private List<String> excludes;

    /**
     * The least severity that fails the build: {@code error}, {@code warning}, {@code info}, or
     * {@code none} to report without failing.
     */
    @Parameter(property = "digest.failOn", defaultValue = "error")
    private String failOn;

    /** How many findings at or above {@code failOn} still pass. */
    @Parameter(property = "digest.maxAllowedViolations", defaultValue = "0")
    private int maxAllowedViolations;

    /**
     * Severity per rule id: {@code error}, {@code warning}, {@code info} or {@code off}, as in
     * {@code <severities><cell-pipe>warning</cell-pipe><url-canonical>off</url-canonical></severities>}.
     */
    @Parameter
    private Map<String, String> severities;

    /**
     * The same overrides as one string, {@code cell-pipe=warning,url-canonical=off}; they win over
     * {@code severities}.
     */
    @Parameter(property = "digest.severities")
    private String severityOverrides;

    /** The text of the level-1 heading above a digest's table. */
    @Parameter(property = "digest.summaryHeading", defaultValue = ParserOptions.DEFAULT_SUMMARY_HEADING)
    private String summaryHeading;

    /** The text of the level-1 heading above a digest's footnote definitions. */
    @Parameter(property = "digest.detailsHeading", defaultValue = ParserOptions.DEFAULT_DETAILS_HEADING)
    private String detailsHeading;

    /**
     * The arXiv channel of every digest ({@code cs.CL}); by default it comes from each file's name
     * or, for dated files, its folder.
     */
    @Parameter(property = "digest.channel")
    private String channel;

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
     * warm Maven daemon such as mvnd). Results and log are the same either way.
     */
    @Parameter(property = "digest.fork", defaultValue = "auto")
    private String fork;

    /**
     * The options of the forked JVM. The default compiles with C1 only and collects with the serial
     * collector, the settings that suit a run of seconds on a small CI machine. Unless they name a
     * heap limit ({@code -Xmx}), the fork takes Maven's own, so {@code MAVEN_OPTS=-Xmx512m} bounds
     * the whole run.
     */
    @Parameter(property = "digest.forkJvmArgs", defaultValue = DEFAULT_FORK_JVM_ARGS)
    private String forkJvmArgs;

    /**
     * The language of the findings' messages in the log and the result files: {@code en} or
     * {@code zh} (others fall back to English). The summary line stays in English.
     */
    @Parameter(property = "digest.locale", defaultValue = "en")
    private String locale;

    /** Skips the check. */
    @Parameter(property = "digest.skip", defaultValue = "false")
    private boolean skip;

    /** The project's base directory, or the current directory when there is no pom. */
    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    private File baseDirectory;

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
        DigestInput input = new DigestInput(directory, includes, excludes, summaryHeading, detailsHeading, channel,
                severities, severityOverrides);
        FailurePolicy policy;
        ForkPolicy forkPolicy;
        RuleConfiguration rules;
        try {
            policy = FailurePolicy.of(failOn, maxAllowedViolations);
            forkPolicy = ForkPolicy.of(fork);
            rules = input.rules();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid digest:check configuration: " + e.getMessage());
        }
        Path digests = input.directory();
        OutputFolders folders = new OutputFolders(session.getRequest().isProjectPresent(), baseDirectory,
                buildDirectory);
        Path results = outputDirectory == null
                ? folders.buildDirectory().resolve("digest")
                : outputDirectory.toPath().toAbsolutePath().normalize();
        if (folders.insideDigests(results, digests)) {
            throw new MojoFailureException("The results directory " + results + " lies inside the digest directory "
                    + digests + "; choose another one (parameter 'outputDirectory', property digest.resultsDirectory)");
        }

        DigestFiles.Listing listing = findDigests(input);
        List<Path> files = listing.files();
        if (files.isEmpty()) {
            log.warn(input.noDigestFound());
        }
        CheckedFiles checked = new CheckedFiles(digests, files);
        Optional<ForkedCheck> forked = forkPolicy.forks(totalSize(digests, files))
                ? forkedCheck(forkPolicy)
                : Optional.empty();
        Set<Severity> logged = loggedSeverities(log);
        Locale language = messageLanguage(locale);
        List<Finding> findings;
        CheckTotals totals;
        Optional<ResultFiles> resultFiles = Optional.empty();
        if (forked.isPresent()) {
            ForkedCheck.Outcome outcome = runForked(forked.get(), new CheckRequest(digests, files,
                    listing.problems(), input.parserOptions(), CheckRequest.severitiesOf(rules), results,
                    baseDirectory.toPath(), plugin.getVersion(), logged, language));
            findings = outcome.logged();
            totals = outcome.totals();
        } else {
            CheckResult result;
            try {
                result = new DigestChecker(input.parserOptions(), rules)
                        .check(digests, files, listing.problems(), digest -> {});
            } catch (OutOfMemoryError e) {
                // What the checker held is unreachable once it has thrown; the message needs little.
                throw new MojoExecutionException(OutOfMemory.inMavensJvm("check"));
            }
            resultFiles = Optional.of(startWriting(results, result, checked, language));
            findings = result.findings();
            totals = result.totals();
        }
        Function<Path, String> shownPaths = checked.pathsFrom(workingDirectory());
        for (Finding finding : findings) {
            // Formatted only where the level is shown: under -q, 25,000 infos cost nothing.
            if (logged.contains(finding.severity())) {
                String line = LogText.printable(finding.format(shownPaths.apply(finding.path()), language));
                switch (finding.severity()) {
                    case ERROR -> log.error(line);
                    case WARNING -> log.warn(line);
                    case INFO -> log.info(line);
                }
            }
        }
        try {
            if (resultFiles.isPresent()) {
                resultFiles.get().await();
            }
        } catch (IOException e) {
            throw cannotWrite(results, e);
        }
        SarifWriter.leftOut(totals).ifPresent(log::warn);
        log.info(totals.summary());
        Optional<String> failure = policy.failure(totals);
        if (failure.isPresent()) {
            throw new MojoFailureException(failure.get() + "; results in " + results);
        }
    }

    private Optional<ForkedCheck> forkedCheck(ForkPolicy forkPolicy) {
        Optional<ForkedCheck> forked = ForkedCheck.of(
                plugin.getPluginArtifact() == null ? null : plugin.getPluginArtifact().getFile(), forkJvmArgs);
        if (forked.isEmpty()) {
            String why = "Cannot fork a JVM for the check (no java launcher in " + System.getProperty("java.home")
                    + ", or the plugin is not a jar); checking in Maven's JVM";
            if (forkPolicy == ForkPolicy.ALWAYS) {
                getLog().warn(why);
            } else {
                getLog().debug(why);
            }
        }
        return forked;
    }

    private ForkedCheck.Outcome runForked(ForkedCheck forked, CheckRequest request) throws MojoExecutionException {
        getLog().debug("Checking in a forked JVM: " + String.join(" ", forked.command(Path.of("<request>"))));
        try {
            return forked.run(request);
        } catch (IOException e) {
            // The message says all there is: what the forked JVM printed, or why it could not start.
            throw new MojoExecutionException(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while the forked check ran", e);
        }
    }

    private static long totalSize(Path directory, List<Path> files) {
        return files.stream().mapToLong(file -> DigestChecker.sizeOf(directory.resolve(file))).sum();
    }

    /** The result files are written while the findings are logged. */
    private ResultFiles startWriting(Path results, CheckResult result, CheckedFiles checked, Locale language)
            throws MojoExecutionException {
        try {
            return ResultFiles.start(results, result, checked, plugin.getVersion(), Rules.all(), baseDirectory.toPath(),
                    language);
        } catch (IOException e) {
            throw cannotWrite(results, e);
        }
    }

    private static MojoExecutionException cannotWrite(Path results, IOException e) {
        return new MojoExecutionException("Cannot write the check results to " + results + ": " + e.getMessage(), e);
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
