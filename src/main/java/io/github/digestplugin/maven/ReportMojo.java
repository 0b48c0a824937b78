package io.github.digestplugin.maven;

import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.report.ProgressLog;
import io.github.digestplugin.report.ReportGenerator;
import io.github.digestplugin.report.ReportRequest;
import io.github.digestplugin.report.ReportResult;
import io.github.digestplugin.runner.ForkedJvm;
import io.github.digestplugin.runner.ForkedReport;
import io.github.digestplugin.runner.OutOfMemory;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * Renders the digests as a static reading-list site: one page per digest and per paper, indexes,
 * search, a problems page and exports. Run on its own ({@code mvn digest:report}, also without a
 * pom) it writes to {@code outputDirectory}; within {@code mvn site} it is listed under Project
 * Reports, writes its pages to {@code digest/} in the site, each linking back to the site's home,
 * and its entry page {@code reading-list.html} through the site's sink, in the site's skin.
 */
@Mojo(name = "report", requiresProject = false, threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /** The folder of the pages inside the site, and the entry page the site menu links to. */
    static final String PAGES_FOLDER = "digest";
    /** The report's working folder in the build directory, apart from the pages it publishes. */
    static final String STATE_FOLDER = "digest-report";

    /** The entry page the site renders in its skin, beside the folder of pages. */
    static final String OUTPUT_NAME = "reading-list";
    /**
     * The way back into the site from the folder of pages: the entry page, which carries the site's
     * menu (a site need not have an index page).
     */
    static final String SITE_HOME = "../" + OUTPUT_NAME + ".html";

    /** The format AbstractMavenReport names when it runs the report on its own: the pages are HTML. */
    private static final String STANDALONE_FORMAT = "html";

    /**
     * The folder the digests are read from; by default {@code src/digests} in the base directory. A
     * module without the default folder has no report; a folder named here, or in the
     * configuration file, must exist.
     */
    @Parameter(property = "digest.directory")
    private File directory;

    /** Ant-style patterns of the digests to read, relative to {@code directory}; {@code **}{@code /*.md} by default. */
    @Parameter(property = "digest.includes")
    private List<String> includes;

    /** Ant-style patterns of files to leave out. */
    @Parameter(property = "digest.excludes")
    private List<String> excludes;

    /** Whether Maven's default excludes, and {@code node_modules} and {@code target} folders, are left out too; true by default. */
    @Parameter(property = "digest.useDefaultExcludes")
    private Boolean useDefaultExcludes;

    /** A configuration file, by default {@code .digest.json} in the base directory when it is there; the pom and {@code -D} win over it. */
    @Parameter(property = "digest.config")
    private File configFile;

    /** The text of the level-1 heading above each digest's table; {@code 摘要} by default. */
    @Parameter(property = "digest.summaryHeading")
    private String summaryHeading;

    /** The text of the level-1 heading above each digest's definitions; {@code 详细} by default. */
    @Parameter(property = "digest.detailsHeading")
    private String detailsHeading;

    /** The channel of every digest; when unset it comes from each file's name or folder. */
    @Parameter(property = "digest.channel")
    private String channel;

    /** Severity per rule id ({@code error}, {@code warning}, {@code info} or {@code off}), as for check. */
    @Parameter
    private Map<String, String> severities;

    /** Severity overrides on the command line, {@code rule-id=severity} separated by commas; they win over {@code severities}. */
    @Parameter(property = "digest.severities")
    private String severityOverrides;

    /**
     * The reader's record of what was read ({@code reading.yaml}); by default {@code reading.yaml}
     * in {@code directory}, read when it exists. A file named here must exist.
     */
    @Parameter(property = "digest.readingFile")
    private File readingFile;

    /** A folder of the user's templates, each replacing the default template of the same name. */
    @Parameter(property = "digest.templateDirectory")
    private File templateDirectory;

    /** The report's title; the project's name when unset. */
    @Parameter(property = "digest.title")
    private String title;

    /** Fail when the digests hold errors; by default ({@code false}) they are listed on the problems page only. */
    @Parameter(property = "digest.failOnError")
    private Boolean failOnError;

    /** Skip the report. */
    @Parameter(property = "digest.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Whether the report is rendered in a JVM of its own: {@code auto} forks one when the digests
     * total 32 MiB or more and less than 256 MiB, where a fresh JVM with {@code forkJvmArgs} renders
     * faster than Maven's own (beyond it, Maven's optimising compiler pays back its cost);
     * {@code true} always forks, {@code false} never does. A run with nothing to render never
     * forks. The pages are the same either way. {@code auto} by default.
     */
    @Parameter(property = "digest.fork")
    private String fork;

    /**
     * The options of the forked JVM, as for the check: by default {@code -XX:TieredStopAtLevel=1
     * -XX:+UseSerialGC}; unless they name a heap limit ({@code -Xmx}), the fork takes Maven's own,
     * so {@code MAVEN_OPTS=-Xmx512m} bounds the whole run.
     */
    @Parameter(property = "digest.forkJvmArgs")
    private String forkJvmArgs;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    private File reportingDirectory;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    /** The project's base directory, or the current directory when there is no pom. */
    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    private File baseDirectory;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** Where the pages go in a standalone run, from the {@code outputDirectory} parameter; null for the default. */
    private File pagesDirectory;

    /** The language asked for by the {@code locale} parameter; null or {@value ReportLanguage#UNSET} when not set. */
    private String requestedLocale;

    /** The site's output folder when {@code mvn site} runs the report; null in a standalone run. */
    private File siteReportDirectory;

    /** The configuration file's settings, once read. */
    private ConfigFile config;

    /**
     * The folder the pages are written to when the goal runs on its own; by default
     * <code>${project.reporting.outputDirectory}/digest</code>, and {@code target/site/digest} without a
     * pom. Within {@code mvn site} they go to {@code digest/} in the site's output folder.
     */
    @Parameter(property = "digest.outputDirectory")
    public void setOutputDirectory(File outputDirectory) {
        this.pagesDirectory = outputDirectory;
    }

    /**
     * The language of the report, {@code zh} or {@code en}. By default the site's locale within
     * {@code mvn site}, else the JVM's default locale.
     */
    @Parameter(property = "digest.locale")
    public void setLocale(String locale) {
        // Kept apart from AbstractMavenReport's own locale field: that one goes to Maven Site's
        // locale list, which knows zh_CN but warns about zh.
        this.requestedLocale = locale;
    }

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getName(Locale siteLocale) {
        return ReportLanguage.text("report.name", language(siteLocale));
    }

    @Override
    public String getDescription(Locale siteLocale) {
        return ReportLanguage.text("report.description", language(siteLocale));
    }

    /**
     * On its own the report is a folder of pages, not a page in a site's skin; within {@code mvn site}
     * (which names the site's folder first) its entry page is written through the site's sink.
     */
    @Override
    public boolean isExternalReport() {
        return siteReportDirectory == null;
    }

    /**
     * Run on its own, the report renders no skin: AbstractMavenReport's site route would resolve
     * the site's skin and copy its resources into the site folder (the current directory's
     * {@code target/site} without a pom), wherever the pages go. Its markup route renders only what
     * {@link #executeReport} writes, and an external report opens no sink there. Within
     * {@code mvn site} the site plugin calls {@code generate} and never reads {@code outputFormat}.
     */
    @Override
    public boolean canGenerateReport() throws MavenReportException {
        if (skip) {
            getLog().info("Skipping the reading list (digest.skip)");
            return false;
        }
        DigestInput input = input();
        if (input.defaultDirectory() && !Files.exists(input.directory())) {
            getLog().info(input.noDefaultDirectory("report"));
            return false;
        }
        outputFormat = STANDALONE_FORMAT;
        return true;
    }

    /** The configuration file, read once: the site asks whether the report can be made before it runs it. */
    private ConfigFile config() throws MavenReportException {
        if (config == null) {
            try {
                config = ConfigFile.find(configFile == null ? null : configFile.toPath(), baseDirectory.toPath());
            } catch (ConfigFile.ConfigException e) {
                throw new MavenReportException(e.getMessage(), e);
            }
            config.file().ifPresent(file -> getLog().info("Settings from " + file));
        }
        return config;
    }

    private DigestInput input() throws MavenReportException {
        return DigestInput.of(config(), baseDirectory.toPath(), directory, includes, excludes, useDefaultExcludes,
                summaryHeading, detailsHeading, channel, severities, severityOverrides);
    }

    @Override
    public void setReportOutputDirectory(File reportOutputDirectory) {
        super.setReportOutputDirectory(reportOutputDirectory);
        this.siteReportDirectory = reportOutputDirectory;
    }

    /** The report's folder as AbstractMavenReport sees it: the site's, which holds the pages by default. */
    @Override
    protected String getOutputDirectory() {
        return siteFolder().toString();
    }

    @Override
    protected void executeReport(Locale siteLocale) throws MavenReportException {
        ConfigFile config = config();
        if (requestedLocale == null || requestedLocale.equals(ReportLanguage.UNSET)) {
            requestedLocale = config.string("locale", null, requestedLocale);
        }
        Locale language = language(siteLocale);
        ReportLanguage.requestedLocale(requestedLocale).filter(l -> !ReportLanguage.isSupported(l)).ifPresent(l ->
                getLog().warn("The reading list has no text in locale '" + requestedLocale
                        + "' (zh, en): it is written in English"));
        DigestInput input = input();
        ReportRequest request = request(input, language);
        ReportResult result;
        long start = System.nanoTime();
        ProgressLog progress = new ProgressLog(getLog()::info, System::nanoTime);
        ForkPolicy forkPolicy;
        try {
            forkPolicy = ForkPolicy.of(config.string("fork", fork, "auto"));
        } catch (IllegalArgumentException e) {
            throw new MavenReportException("Invalid digest:report configuration: " + e.getMessage());
        }
        try {
            ReportGenerator generator = new ReportGenerator();
            ReportGenerator.Preflight preflight = generator.preflight(request);
            Optional<ForkedReport> forked = preflight.upToDate().isEmpty() && forkPolicy.forksReport(preflight.digestBytes())
                    ? forkedReport(forkPolicy, config.string("forkJvmArgs", forkJvmArgs, ForkedJvm.DEFAULT_JVM_ARGS))
                    : Optional.empty();
            if (preflight.upToDate().isPresent()) {
                result = preflight.upToDate().get();
            } else if (forked.isPresent()) {
                getLog().info("Rendering the reading list in a forked JVM (" + (preflight.digestBytes() >> 20)
                        + " MiB of digests; parameter 'fork')");
                result = forked.get().generate(request, progress);
            } else {
                result = generator.generate(request, progress);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MavenReportException("The reading list was interrupted");
        } catch (IOException e) {
            throw new MavenReportException("Cannot render the reading list to " + request.outputDirectory() + ": "
                    + describe(e), e);
        } catch (OutOfMemoryError e) {
            // What the generator held is unreachable once it has thrown; the message needs little.
            throw new MavenReportException(OutOfMemory.inMavensJvm("report"));
        }
        for (Path notADigest : result.notDigests()) {
            getLog().info(LogText.printable(CheckMojo.notADigestLine(notADigest.toString(), notADigest)));
        }
        logResult(result, (System.nanoTime() - start) / 1_000_000, progress.summary());
        if (siteReportDirectory != null && getSink() != null) {
            new SiteEntryPage(language, PAGES_FOLDER).write(getSink(), request.title(), result);
        }
        if (result.digests() == 0) {
            getLog().warn(input.noDigestFound() + ": the reading list is empty");
        }
        if (result.errors() > 0) {
            String message = count(result.errors(), "error", "errors")
                    + " in the digests, listed on the reading list's problems page";
            if (config.bool("failOnError", failOnError, false)) {
                throw new MavenReportException(message + " (failOnError is set)");
            }
            getLog().warn(message + " (run digest:check for details)");
        }
    }

    /** The forked report, when a JVM can be forked; the log says why not when it cannot. */
    private Optional<ForkedReport> forkedReport(ForkPolicy forkPolicy, String jvmArgs) {
        Optional<ForkedReport> forked = ForkedReport.of(
                plugin == null || plugin.getPluginArtifact() == null ? null : plugin.getPluginArtifact().getFile(),
                jvmArgs);
        if (forked.isEmpty()) {
            forkPolicy.cannotFork(getLog(), "report", "rendering in Maven's JVM");
        }
        forked.ifPresent(report -> getLog().debug(
                "Rendering in a forked JVM: " + String.join(" ", report.command(Path.of("<request>")))));
        return forked;
    }

    private ReportRequest request(DigestInput input, Locale language) throws MavenReportException {
        Optional<String> problem = input.directoryProblem();
        if (problem.isPresent()) {
            throw new MavenReportException(problem.get());
        }
        Path digests = input.directory();
        Path pages = pagesDirectory().toPath().toAbsolutePath().normalize();
        refusePagesAmongDigests(digests, pages);
        Optional<Path> templates = config().path("templateDirectory", templateDirectory, baseDirectory.toPath());
        if (templates.isPresent() && !Files.isDirectory(templates.get())) {
            throw new MavenReportException("The template directory " + templates.get()
                    + " does not exist (parameter 'templateDirectory', property digest.templateDirectory)");
        }
        return new ReportRequest(
                digests,
                input.includes(),
                input.excludes(),
                input.parserOptions(),
                rules(input),
                pages,
                stateDirectory(digests),
                templates,
                language,
                title(language),
                siteReportDirectory == null ? Optional.empty() : Optional.of(SITE_HOME),
                readingFile(input));
    }

    private Optional<Path> readingFile(DigestInput input) throws MavenReportException {
        try {
            return input.readingFile(config(), baseDirectory.toPath(), readingFile);
        } catch (IllegalArgumentException e) {
            throw new MavenReportException(e.getMessage());
        }
    }

    /**
     * The report never writes into the user's digests: its pages may sit below the digest
     * directory only inside the build directory, which is Maven's own (a report of {@code .}
     * without a pom writes to {@code ./target/site/digest}), and never hold the digests; both
     * where symbolic links lead.
     */
    private void refusePagesAmongDigests(Path digests, Path pages) throws MavenReportException {
        if (OutputFolders.holdsDigests(pages, digests) || folders().insideDigests(pages, digests)) {
            throw new MavenReportException("The report's output directory " + pages
                    + " lies among the digests in " + digests
                    + "; choose another one (parameter 'outputDirectory', property digest.outputDirectory)");
        }
    }

    /**
     * The report's working folder, {@code ${project.build.directory}/digest-report} ({@code
     * ./target/digest-report} without a pom): its record of past runs stays out of the published pages.
     */
    private Path stateDirectory(Path digests) throws MavenReportException {
        Path state = folders().buildDirectory().resolve(STATE_FOLDER);
        if (OutputFolders.holdsDigests(state, digests) || folders().insideDigests(state, digests)) {
            throw new MavenReportException("The report's working folder " + state + " lies among the digests in "
                    + digests + "; build in another directory");
        }
        return state;
    }

    private File pagesDirectory() throws MavenReportException {
        if (siteReportDirectory != null) {
            return new File(siteReportDirectory, PAGES_FOLDER);
        }
        return config().path("outputDirectory", pagesDirectory, baseDirectory.toPath())
                .orElse(siteFolder().resolve(PAGES_FOLDER)).toFile();
    }

    private Path siteFolder() {
        return folders().projectFolder(reportingDirectory, "target/site");
    }

    private OutputFolders folders() {
        return new OutputFolders(session.getRequest().isProjectPresent(), baseDirectory, buildDirectory);
    }

    private static RuleConfiguration rules(DigestInput input) throws MavenReportException {
        try {
            return input.rules();
        } catch (IllegalArgumentException e) {
            throw new MavenReportException("Invalid digest:report configuration: " + e.getMessage(), e);
        }
    }

    /** The configured title, else the name of the project's pom, else the report's own name. */
    private String title(Locale language) throws MavenReportException {
        String title = config().string("title", this.title, null);
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        if (session.getRequest().isProjectPresent()) {
            String name = project.getModel().getName();
            return name == null || name.isBlank() ? project.getArtifactId() : name;
        }
        return ReportLanguage.text("report.name", language);
    }

    private Locale language(Locale siteLocale) {
        return ReportLanguage.choose(requestedLocale, siteLocale, Locale.getDefault());
    }

    private void logResult(ReportResult result, long millis, String phaseTimes) {
        if (result.upToDate()) {
            getLog().info("Reading list is up to date: " + result.index() + " (" + millis + " ms)");
            return;
        }
        getLog().info("Reading list of " + count(result.digests(), "digest", "digests") + ", "
                + count(result.entries(), "entry", "entries") + ", " + count(result.papers(), "paper", "papers") + ": "
                + count(result.pagesWritten(), "file", "files") + " written, " + result.pagesUnchanged()
                + " unchanged: " + result.index() + " (" + millis + " ms"
                + (phaseTimes.isEmpty() ? "" : ": " + phaseTimes) + ")");
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The message, with the exception's kind where the message alone is only a path. */
    private static String describe(IOException e) {
        String message = e.getMessage();
        if (e.getClass() == IOException.class && message != null) {
            return message;
        }
        return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }
}
