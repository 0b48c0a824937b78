package io.github.digestplugin.report;

import io.github.digestplugin.check.DigestChecker;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.parse.DigestFiles;
import io.github.digestplugin.parse.ReadingFile;
import io.github.digestplugin.report.PageViews.DateGroup;
import io.github.digestplugin.report.PageViews.DigestRow;
import io.github.digestplugin.report.PageViews.IndexLink;
import io.github.digestplugin.report.ReadingListStore.PaperIndex;
import io.github.digestplugin.report.render.Escaping;
import io.github.digestplugin.report.render.MarkdownFields;
import io.github.digestplugin.report.render.Messages;
import io.github.digestplugin.report.render.OutputFiles;
import io.github.digestplugin.report.render.PageRenderer;
import io.github.digestplugin.report.render.SharedModel;
import io.github.digestplugin.report.render.SplicedFile;
import io.github.digestplugin.report.render.TemplateSource;
import io.github.digestplugin.report.PageModels.ChannelPage;
import io.github.digestplugin.report.PageModels.ChannelsPage;
import io.github.digestplugin.report.PageModels.ChartFile;
import io.github.digestplugin.report.PageModels.DatesPage;
import io.github.digestplugin.report.PageModels.DigestPage;
import io.github.digestplugin.report.PageModels.FeedFile;
import io.github.digestplugin.report.PageModels.IndexPage;
import io.github.digestplugin.report.PageModels.MonthsPage;
import io.github.digestplugin.report.PageModels.PaperBibFile;
import io.github.digestplugin.report.PageModels.PaperListPage;
import io.github.digestplugin.report.PageModels.PaperPage;
import io.github.digestplugin.report.PageModels.ProblemRulePage;
import io.github.digestplugin.report.PageModels.SearchPage;
import io.github.digestplugin.report.PageModels.ProgressRow;
import io.github.digestplugin.report.PageModels.ReadingProgress;
import io.github.digestplugin.report.PageModels.TagsPage;
import io.github.digestplugin.report.PageModels.TitlesPage;
import io.github.digestplugin.report.search.SearchDocument;
import io.github.digestplugin.report.search.SearchIndexWriter;
import io.github.digestplugin.report.search.SearchScript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.StreamSupport;

/**
 * Brings the report's working store up to date with the digests, then renders from it the pages
 * and files whose inputs changed since the last complete run.
 */
public final class ReportGenerator {

    /** Static files copied from the templates to the same path in the report. */
    static final List<String> ASSETS = List.of("style.css", SearchScript.FILE, "assets/search.css", "assets/paper.js",
            SearchScript.READING_FILE);
    /** The files of the exports phase: the assets, JSON, BibTeX, SQLite and the feed. */
    static final int EXPORT_FILES = ASSETS.size() + 4;
    static final int NEWEST_DIGESTS = 10;
    static final String BIB_FILE = "reading-list.bib";
    /** {@code reading-list.bib}: each paper's entry as on its page ({@code paper-bib.vm}), a blank line after each. */
    static final SplicedFile.Layout BIB_LAYOUT = new SplicedFile.Layout("", "", "", "");
    static final int FEED_SIZE = 50;
    static final int CHART_CATEGORIES = 20;
    static final int LIST_PAGE_SIZE = 1000;
    /** A channel with more digests than this gets a page per year. */
    static final int CHANNEL_PAGE_SIZE = 100;
    /** The working store's file in the state folder. */
    static final String STORE = "store.sqlite";
    /** The overview's charts as images of their own, which the site's entry page shows. */
    public static final String MONTH_CHART = "charts/months.svg";
    public static final String CATEGORY_CHART = "charts/categories.svg";

    public ReportResult generate(ReportRequest request) throws IOException {
        return generate(request, ReportProgress.NONE);
    }

    /**
     * Whether a run now would render nothing (nothing the last run was made from has changed and
     * its files are as it left them), and how much it would read. Cheap: the digests' and the
     * output's file attributes are read, no file's content.
     */
    public Preflight preflight(ReportRequest request) throws IOException {
        Check check = check(request);
        long bytes = 0;
        for (Path file : check.listing().files()) {
            bytes += DigestChecker.sizeOf(request.directory().resolve(file));
        }
        return new Preflight(check.upToDate(), bytes);
    }

    /**
     * What is known of a run before it starts.
     *
     * @param upToDate the last run's result, when it still stands
     * @param digestBytes the size of the digests the run reads
     */
    public record Preflight(Optional<ReportResult> upToDate, long digestBytes) {}

    /** Generates the report, telling {@code progress} of each phase of a run that renders. */
    public ReportResult generate(ReportRequest request, ReportProgress progress) throws IOException {
        Check check = check(request);
        if (check.upToDate().isPresent()) {
            return check.upToDate().get();
        }
        Path out = check.out();
        DigestFiles.Listing listing = check.listing();
        TemplateSource templates = check.templates();
        String fingerprint = check.fingerprint();
        Path state = check.state();
        Files.createDirectories(state);
        DigestChecker checker = new DigestChecker(request.parserOptions(), request.rules());
        try (RunLock lock = RunLock.take(state, out);
                ReadingListStore store = ReadingListStore.open(state.resolve(STORE), Fingerprint.storeKey(request))) {
            Fingerprint.invalidate(state);
            store.sync(request.directory(), listing.files(), PageNames.digests(listing.files()), checker, progress);
            Optional<DigestChecker.ReadingInput> readingInput = request.readingFile()
                    .map(file -> DigestChecker.ReadingInput.read(request.directory(), file));
            ReadingFile reading = readingInput.map(DigestChecker.ReadingInput::file).orElse(ReadingFile.NONE);
            store.syncReading(reading.entries());
            java.util.Set<String> unlisted = store.readingIdsWithoutPaper();
            ReportFindings findings = ReportFindings.of(store, checker, listing.problems(), readingInput
                    .map(input -> checker.readingFindings(input, id -> !unlisted.contains(id))).orElse(List.of()));
            store.allowReadsWhileWriting();
            try (OutputFiles output = OutputFiles.begin(out, state)) {
                ReportResult result = new Run(request, templates, store, state.resolve(STORE), findings, output,
                        progress, new ReadingMarks(reading)).render(() -> store.relate(progress));
                store.endReadsWhileWriting();
                output.finish();
                Fingerprint.write(output.state(), new Fingerprint.StoredRun(fingerprint, result.digests(),
                        result.entries(), result.papers(), result.errors(), result.notDigests()));
                output.complete();
                return result;
            }
        }
    }

    /** What a run learns before it renders: its inputs, and the last run's result if that still stands. */
    private record Check(Path out, DigestFiles.Listing listing, TemplateSource templates, String fingerprint,
            Path state, Optional<ReportResult> upToDate) {}

    private static Check check(ReportRequest request) throws IOException {
        Path out = request.outputDirectory().toAbsolutePath().normalize();
        DigestFiles.Listing listing = new DigestFiles(request.includes(), request.excludes()).find(request.directory());
        TemplateSource templates = new TemplateSource(request.templateDirectory());
        if (request.templateDirectory().isPresent() && !Files.isDirectory(request.templateDirectory().get())) {
            throw new IOException("The template directory " + request.templateDirectory().get() + " does not exist");
        }
        String fingerprint = Fingerprint.of(request, listing, templates);
        Path state = stateFolder(request);
        Optional<Fingerprint.StoredRun> stored = Fingerprint.read(state);
        Optional<ReportResult> upToDate = Optional.empty();
        if (stored.isPresent() && stored.get().fingerprint().equals(fingerprint) && OutputFiles.isIntact(out, state)) {
            Fingerprint.StoredRun run = stored.get();
            upToDate = Optional.of(new ReportResult(run.digests(), run.entries(), run.papers(), true, 0, 0,
                    run.errors(), out.resolve("index.html"), run.notDigests()));
        }
        return new Check(out, listing, templates, fingerprint, state, upToDate);
    }

    /**
     * The folder of the state directory that holds the record of the runs into this request's
     * output: named by the output's real path, so two reports (a site's and a standalone one)
     * sharing a build directory keep apart.
     */
    static Path stateFolder(ReportRequest request) throws IOException {
        byte[] output = realPath(request.outputDirectory()).toString().getBytes(StandardCharsets.UTF_8);
        String key = HexFormat.of().formatHex(ReadingListStore.sha256().digest(output));
        return request.stateDirectory().toAbsolutePath().normalize().resolve(key.substring(0, 16));
    }

    /** Where {@code path} leads: the real path of its nearest existing folder, the rest appended. */
    private static Path realPath(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing.getParent() != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing.toRealPath().resolve(existing.relativize(absolute));
    }

    /** A paper whose page or BibTeX file (or both) must be written, and their input keys. */
    private record PaperJob(String pageKey, String bibKey, boolean page, boolean bib) {}

    /** One run's rendering: every page planned from the store, rendered only where its inputs changed. */
    private static final class Run {
        private final ReportRequest request;
        private final ReadingListStore store;
        private final Path storeFile;
        private final ReportFindings findings;
        private final OutputFiles output;
        private final ReportProgress progress;
        private final PageRenderer renderer;
        /** What every page is made from beside its own data: the plugin, templates, title and language. */
        private final String renderKey;
        /** {@code renderKey} taken in, never updated again: the start of every key's hash. */
        private final MessageDigest renderDigest;
        private final ReadingMarks reading;
        /** What the store was made with: the parser's and the rules' settings. */
        private final String storeKey;

        Run(ReportRequest request, TemplateSource templates, ReadingListStore store, Path storeFile,
                ReportFindings findings, OutputFiles output, ReportProgress progress, ReadingMarks reading)
                throws IOException {
            this.request = request;
            this.reading = reading;
            this.store = store;
            this.storeFile = storeFile;
            this.findings = findings;
            this.output = output;
            this.progress = progress;
            this.renderer = new PageRenderer(templates, output,
                    SharedModel.of(new Messages(request.locale()), request.title(), request.siteHome().orElse("")));
            this.renderKey = Fingerprint.renderKey(request, templates);
            this.renderDigest = ReadingListStore.sha256();
            update(renderDigest, renderKey);
            this.storeKey = Fingerprint.storeKey(request);
        }

        /** The key of a page made from {@code parts} with this run's templates and settings. */
        private String key(String... parts) {
            MessageDigest sha = withRenderKey();
            for (String part : parts) {
                update(sha, part);
            }
            return HexFormat.of().formatHex(sha.digest());
        }

        /**
         * A hash that has taken in this run's templates and settings: a copy of one made once,
         * since a run makes a key for each of its hundreds of thousands of files.
         */
        private MessageDigest withRenderKey() {
            try {
                return (MessageDigest) renderDigest.clone();
            } catch (CloneNotSupportedException e) {
                MessageDigest sha = ReadingListStore.sha256();
                update(sha, renderKey);
                return sha;
            }
        }

        /**
         * Renders the report once {@code relate} has brought the related lists up to date; the
         * search index and the exports, which need none, are made meanwhile on connections of their own.
         */
        ReportResult render(Background.Job relate) throws IOException {
            // What the search index and the exports need; they start before the related lists.
            Map<String, Integer> categoryCounts = store.groupCounts(PaperIndex.CATEGORY);
            Map<String, Integer> monthCounts = store.groupCounts(PaperIndex.MONTH);
            Map<String, String> categoryPages = PageNames.pages(categoryCounts.keySet(), "channels");
            Map<String, String> monthPages = PageNames.pages(monthCounts.keySet(), "months");
            int paperCount = store.paperCount();
            Map<String, Integer> channels = store.channelCounts();
            Map<String, String> channelFeeds = PageNames.feeds(channels.keySet());
            // The search index is the longest single job, then the exports: each on a connection and
            // a thread of its own, from the related lists' phase until the pages are done.
            Background search = Background.start("digest-search", () -> writeSearchIndex(paperCount));
            Background exports = Background.start("digest-exports",
                    () -> writeExports(categoryPages, monthPages, channelFeeds));
            try {
                relate.run();
                return renderPages(categoryCounts, monthCounts, categoryPages, monthPages, paperCount, channels,
                        channelFeeds, search, exports);
            } catch (IOException | RuntimeException | Error e) {
                // Neither job may go on using the store and the output once the run fails.
                search.abandon();
                exports.abandon();
                throw e;
            }
        }

        private ReportResult renderPages(Map<String, Integer> categoryCounts, Map<String, Integer> monthCounts,
                Map<String, String> categoryPages, Map<String, String> monthPages, int paperCount,
                Map<String, Integer> channels, Map<String, String> channelFeeds, Background search,
                Background exports) throws IOException {
            List<DigestRef> digests = store.digests();
            Map<String, Integer> letterCounts = store.groupCounts(PaperIndex.LETTER);
            Map<String, String> letterPages = PageNames.pages(letterCounts.keySet(), "titles");
            Map<String, ReadingListStore.ListedMonth> listed = store.listedMonths();
            Map<String, Integer> listedCounts = new TreeMap<>();
            Map<String, Integer> listedEntries = new TreeMap<>();
            listed.forEach((month, counts) -> {
                listedEntries.put(month, counts.entries());
                if (counts.papers() > 0) {
                    listedCounts.put(month, counts.papers());
                }
            });
            Map<String, String> listedPages = PageNames.pages(listedCounts.keySet(), "digest-months");
            List<IndexLink> listedMonths = links(listedCounts, listedPages);
            BarChart listedChart = BarChart.months("listed", listedEntries, listedPages);
            List<IndexLink> categories = links(categoryCounts, categoryPages);
            List<IndexLink> months = links(monthCounts, monthPages);
            List<IndexLink> letters = links(letterCounts, letterPages);
            int entryCount = store.entryCount();

            // What must be rendered: the paper pages (and their BibTeX files) whose paper or links changed.
            Map<String, PaperJob> changedPapers = new LinkedHashMap<>();
            List<IOException> failed = new ArrayList<>();
            Map<String, PaperStamp> readStamps = new LinkedHashMap<>();
            java.util.Set<String> readIds = new java.util.HashSet<>();
            reading.ids().forEach(readIds::add);
            store.forEachStampWithRelated((stamp, related) -> {
                if (readIds.contains(stamp.id())) {
                    readStamps.put(stamp.id(), stamp);
                }
                String page = stamp.href();
                String key = key("paper", stamp.contentHash(), categoryPages.get(stamp.category()),
                        stamp.month().map(monthPages::get).orElse(""), reading.keyOf(stamp.id()));
                // The page also lists the related papers; the BibTeX file does not.
                String pageKey = related.isEmpty() ? key : key(key, "related", related);
                try {
                    boolean pageKept = output.keep(page, pageKey);
                    boolean bibKept = output.keep(Paper.bibHrefOf(stamp.id()), key);
                    if (!pageKept || !bibKept) {
                        changedPapers.put(stamp.id(), new PaperJob(pageKey, key, !pageKept, !bibKept));
                    }
                } catch (IOException e) {
                    failed.add(e);
                }
            });
            if (!failed.isEmpty()) {
                throw failed.get(0);
            }

            Map<String, DigestRef> byName = new LinkedHashMap<>();
            digests.forEach(d -> byName.put(d.name(), d));
            ProblemsModel.Pages problems = ProblemsModel.build(findings, byName, store::entrySpans, request.locale());
            Map<String, List<DigestRef>> byChannel = new TreeMap<>();
            digests.forEach(d -> byChannel.computeIfAbsent(d.channel(), c -> new ArrayList<>()).add(d));
            Map<String, String> channelPages = PageNames.pages(byChannel.keySet(), "digest-channels");
            Map<String, List<ChannelPage>> channelParts = new TreeMap<>();
            byChannel.forEach((channel, own) -> channelParts.put(channel,
                    channelPages(channel, own, channelPages.get(channel))));
            int channelPageCount = channelParts.values().stream().mapToInt(List::size).sum();

            List<DatesPage> datePages = datePages(dateGroups(digests), digests.size());
            List<IndexLink> tags = reading.tags();
            int planned = (tags.isEmpty() ? 0 : 1 + tags.size()) + 9 + problems.rules().size() + datePages.size() + digests.size() + changedPapers.size() + listPages(categoryCounts)
                    + listPages(monthCounts) + listPages(letterCounts) + listPages(listedCounts) + channelPageCount;
            PageJobs jobs = new PageJobs(progress, planned);
            progress.started(ReportProgress.Phase.PAGES, planned);
            IndexPage index = indexModel(digests, categories, listedMonths, listedChart, paperCount, entryCount,
                    channels.size(), progressModel(listedPages, channelPages, tags));
            jobs.submit(() -> renderer.renderPage("index.vm", "index.html", index));
            submitChart(jobs, MONTH_CHART, index.monthChart(), "chartListedCaption", index.monthChart().maxValue());
            submitChart(jobs, CATEGORY_CHART, index.categoryChart(), "chartCategoriesCaption",
                    index.categoryChart().bars().size());
            jobs.submit(() -> renderer.renderPage("search.vm", "search.html", new SearchPage()));
            jobs.submit(() -> renderer.renderPage("channels.vm", "channels.html",
                    new ChannelsPage(categories, links(channels, channelPages), links(channels, channelFeeds))));
            jobs.submit(() -> renderer.renderPage("months.vm", "months.html", new MonthsPage(listedMonths,
                    listedChart, months, BarChart.months("months", monthCounts, monthPages))));
            jobs.submit(() -> renderer.renderPage("titles.vm", "titles.html", new TitlesPage(letters)));
            if (!tags.isEmpty()) {
                jobs.submit(() -> renderer.renderPage("tags.vm", "tags.html", new TagsPage(tags)));
                for (IndexLink tag : tags) {
                    List<PaperStamp> tagged = reading.taggedWith(tag.label()).stream().map(readStamps::get)
                            .filter(java.util.Objects::nonNull).toList();
                    IndexLink only = new IndexLink("1", tag.href(), tagged.size());
                    addListPage(jobs, "tag", tag.label(), rowsKey(tagged),
                            reading.statusKey(tagged.stream().map(PaperStamp::id).toList()), () -> tagged,
                            tagged.size(), List.of(only), only, tags, tags.toString(), "tags.html");
                }
            }
            for (DatesPage page : datePages) {
                String key = key("dates", page.parts().toString(), page.part().href(), page.groups().toString());
                if (output.keep(page.part().href(), key)) {
                    jobs.skipped();
                } else {
                    jobs.submit(() -> renderer.renderPage("dates.vm", page.part().href(), page, key));
                }
            }
            addProblemPage(jobs, "problems.vm", ProblemsModel.PAGE, problems.first());
            addProblemPage(jobs, "problem-files.vm", ProblemsModel.FILES_PAGE, problems.files());
            for (ProblemRulePage rule : problems.rules()) {
                addProblemPage(jobs, "problem-rule.vm", rule.href(), rule);
            }
            Map<String, String> listedOn = new LinkedHashMap<>();
            for (List<ChannelPage> parts : channelParts.values()) {
                for (ChannelPage part : parts) {
                    part.digests().forEach(d -> listedOn.put(d.name(), part.part().href()));
                    addChannelPage(jobs, part);
                }
            }
            Map<String, String> digestHashes = store.digestHashes();
            Map<String, String> digestReading = reading.present() ? store.readingKeysByDigest() : Map.of();
            for (List<DigestRef> own : byChannel.values()) {
                for (int i = 0; i < own.size(); i++) {
                    DigestRef digest = own.get(i);
                    Optional<DigestRef> previous = i == 0 ? Optional.empty() : Optional.of(own.get(i - 1));
                    Optional<DigestRef> next = i == own.size() - 1 ? Optional.empty() : Optional.of(own.get(i + 1));
                    addDigestPage(jobs, digest, digestHashes.get(digest.name()) + "\u0000"
                            + digestReading.getOrDefault(digest.name(), ""), listedOn.get(digest.name()),
                            previous, next);
                }
            }
            addPaperLists(jobs, ReadingListStore.PaperList.of(PaperIndex.CATEGORY), "category", categoryCounts, categoryPages, categories,
                    "channels.html");
            addPaperLists(jobs, ReadingListStore.PaperList.of(PaperIndex.MONTH), "month", monthCounts, monthPages, months, "months.html");
            addPaperLists(jobs, ReadingListStore.LISTED_IN_MONTH, "listed", listedCounts, listedPages, listedMonths,
                    "months.html");
            addPaperLists(jobs, ReadingListStore.PaperList.of(PaperIndex.LETTER), "letter", letterCounts, letterPages, letters,
                    "titles.html");
            renderPapers(jobs, changedPapers, paperCount, categoryPages, monthPages);
            jobs.await();
            search.await();
            exports.await();
            progress.finished(ReportProgress.Phase.PAGES, jobs.done());

            return new ReportResult(digests.size(), entryCount, paperCount, false, output.written(),
                    output.unchanged(), findings.count(Severity.ERROR), output.root().resolve("index.html"),
                    store.notDigests());
        }

        /** A page of the check's findings, keyed by its model: its every input beside the templates and settings. */
        private void addProblemPage(PageJobs jobs, String template, String page, Record model) throws IOException {
            String key = key("problems", page, model.toString());
            if (output.keep(page, key)) {
                jobs.skipped();
            } else {
                jobs.submit(() -> renderer.renderPage(template, page, model, key));
            }
        }

        /** One of the overview's charts as an SVG file, for pages outside the report. */
        private void submitChart(PageJobs jobs, String file, BarChart chart, String captionKey, int captionValue)
                throws IOException {
            String key = key("chart", file, chart.toString(), captionKey, Integer.toString(captionValue));
            if (output.keep(file, key)) {
                jobs.skipped();
                return;
            }
            String caption = renderer.messages().format(captionKey, captionValue);
            jobs.submit(() -> renderer.renderFile("chart.vm", file, new ChartFile(chart, caption), Escaping.HTML, key));
        }


        private void addDigestPage(PageJobs jobs, DigestRef digest, String hash, String channelHref,
                Optional<DigestRef> previous, Optional<DigestRef> next) throws IOException {
            // Findings the store holds follow from the digest's content, whose hash is in the key,
            // and the checker's settings, in the store's key: read only when the page is rendered.
            boolean stored = findings.onlyStored(digest.name());
            List<Finding> made = stored ? null : warningsOf(digest.name());
            String key = key("digest", digest.name(), digest.href(), hash, digest.channel(), digest.dateText(),
                    stored ? "stored " + storeKey : findingsKey(made), channelHref,
                    previous.map(DigestRef::toString).orElse(""), next.map(DigestRef::toString).orElse(""));
            if (output.keep(digest.href(), key)) {
                jobs.skipped();
                return;
            }
            List<Finding> own = stored ? warningsOf(digest.name()) : made;
            DigestSummary summary = new DigestSummary(digest, store.entries(digest.name()));
            jobs.submit(() -> renderer.renderPage("digest.vm", digest.href(),
                    digestModel(summary, own, channelHref, previous, next, reading), key));
        }

        /** The findings of the digest {@code name} its page shows: warnings and errors. */
        private List<Finding> warningsOf(String name) throws IOException {
            return findings.of(name).stream().filter(f -> f.severity().isAtLeast(Severity.WARNING)).toList();
        }

        private void addChannelPage(PageJobs jobs, ChannelPage page) throws IOException {
            String key = key("channel", page.channel(), page.parts().toString(), page.part().href(),
                    Integer.toString(page.digestTotal()), Integer.toString(page.entryTotal()),
                    page.digests().toString());
            if (output.keep(page.part().href(), key)) {
                jobs.skipped();
                return;
            }
            jobs.submit(() -> renderer.renderPage("channel.vm", page.part().href(), page, key));
        }

        /** The exports and the static files, read on a connection of their own. */
        private void writeExports(Map<String, String> categoryPages, Map<String, String> monthPages,
                Map<String, String> channelFeeds) throws IOException {
            progress.started(ReportProgress.Phase.EXPORTS, EXPORT_FILES);
            for (String asset : ASSETS) {
                // A user's own search.js replaces ours whole; else ours is made from the modules (each replaceable).
                if (asset.equals(SearchScript.FILE) && !renderer.hasUserTemplate(asset)) {
                    output.write(asset, SearchScript.bundle(renderer::readTemplate));
                } else if (asset.equals(SearchScript.READING_FILE) && !renderer.hasUserTemplate(asset)) {
                    output.write(asset, SearchScript.bundle(renderer::readTemplate, SearchScript.READING_MODULES));
                } else {
                    renderer.copyAsset(asset);
                }
            }
            Background sqlite = null;
            try (ReadingListStore reader = store.reader()) {
                // Everything made from all papers is keyed by every paper's content and the pages they link to.
                MessageDigest allPapers = ReadingListStore.sha256();
                reader.forEachContentHash((id, hash) -> {
                    update(allPapers, id);
                    update(allPapers, hash);
                });
                String papersKey = key("papers", HexFormat.of().formatHex(allPapers.digest()),
                        categoryPages.toString(), monthPages.toString());
                // The SQLite export holds the papers, the digests and every finding: the stored ones
                // follow from the digests' content and the store's settings, the others are this run's.
                String sqliteKey = key("sqlite", papersKey, reader.digestsKey(), storeKey, findings.madeKey());
                if (!output.keep(SqliteExport.FILE, sqliteKey)) {
                    // SQLite's own work, on a connection of its own: alongside the rest.
                    sqlite = Background.start("digest-sqlite-export",
                            () -> SqliteExport.write(storeFile, findings, output, sqliteKey));
                }
                if (!output.keep(JsonExport.FILE, papersKey)) {
                    writeRecords(reader, JsonExport.FILE, JsonExport.LAYOUT, papersKey, false,
                            (paper, out) -> JsonExport.writeRecord(paper, out));
                }
                if (!output.keep(BIB_FILE, papersKey)) {
                    writeRecords(reader, BIB_FILE, BIB_LAYOUT, papersKey, true, (paper, out) -> {
                        out.write(renderer.renderText("paper-bib.vm", paper.bibHref(), new PaperBibFile(paper),
                                Escaping.BIBTEX));
                        out.write('\n');
                    });
                }
                if (!output.keep("feed.atom", papersKey)) {
                    renderer.renderFile("atom.vm", "feed.atom", feedModel(reader, Optional.empty(), "feed.atom"),
                            Escaping.HTML, papersKey);
                }
                for (Map.Entry<String, String> feed : channelFeeds.entrySet()) {
                    String file = feed.getValue();
                    if (!output.keep(file, papersKey)) {
                        renderer.renderFile("atom.vm", file, feedModel(reader, Optional.of(feed.getKey()),
                                file.substring(file.lastIndexOf('/') + 1)), Escaping.HTML, papersKey);
                    }
                }
            } catch (IOException | RuntimeException | Error e) {
                if (sqlite != null) {
                    sqlite.abandon();
                }
                throw e;
            }
            if (sqlite != null) {
                sqlite.await();
            }
            progress.finished(ReportProgress.Phase.EXPORTS, EXPORT_FILES);
        }

        /**
         * An export of one record per paper, in id order, each made from the paper alone: copied
         * from the last run's file where the paper is unchanged, made anew where it changed.
         */
        private void writeRecords(ReadingListStore reader, String file, SplicedFile.Layout layout, String papersKey,
                boolean abstracts, PaperRecord record) throws IOException {
            try (PaperRecords records = new PaperRecords(reader, abstracts, record)) {
                SplicedFile.write(output, file, layout, papersKey, each -> {
                    try {
                        reader.forEachContentHash((id, contentHash) -> {
                            try {
                                each.accept(new SplicedFile.Key(id, key(file, id, contentHash).substring(0, 32)));
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
                    } catch (UncheckedIOException e) {
                        throw e.getCause();
                    }
                }, records);
            }
        }

        /** The search index, on a connection of its own: only the files of the papers that changed where it can. */
        private void writeSearchIndex(int paperCount) throws IOException {
            progress.started(ReportProgress.Phase.SEARCH, paperCount);
            try (ReadingListStore reader = store.reader()) {
                new SearchIndexWriter().write(new SearchIndexWriter.Source() {
                    @Override
                    public void forEachStamp(BiConsumer<String, String> stamps) throws IOException {
                        reader.forEachContentHash(stamps);
                    }

                    @Override
                    public Optional<SearchDocument> document(String id) throws IOException {
                        return reader.paper(id).map(ReportGenerator::searchDocument);
                    }

                    @Override
                    public void withDocuments(SearchIndexWriter.DocumentsUser build) throws IOException {
                        try (ReadingListStore.PaperCursor papers = reader.papers()) {
                            build.read(searchDocuments(once(papers)));
                        }
                    }
                }, output);
            }
            progress.finished(ReportProgress.Phase.SEARCH, paperCount);
        }

        /** The pages of the papers in {@code ids}: read one by one, or in one pass when they are many. */
        private void renderPapers(PageJobs jobs, Map<String, PaperJob> ids, int paperCount,
                Map<String, String> categoryPages, Map<String, String> monthPages) throws IOException {
            if (ids.isEmpty()) {
                return;
            }
            List<IOException> failed = new ArrayList<>();
            if (ids.size() > paperCount / 8) {
                store.forEachPaper(paper -> {
                    PaperJob job = ids.get(paper.id());
                    if (job != null) {
                        try {
                            submitPaper(jobs, paper, job, categoryPages, monthPages);
                        } catch (IOException e) {
                            failed.add(e);
                        }
                    }
                });
            } else {
                for (Map.Entry<String, PaperJob> id : ids.entrySet()) {
                    Optional<Paper> paper = store.paper(id.getKey());
                    if (paper.isPresent()) {
                        submitPaper(jobs, paper.get(), id.getValue(), categoryPages, monthPages);
                    }
                }
            }
            if (!failed.isEmpty()) {
                throw failed.get(0);
            }
        }

        private void submitPaper(PageJobs jobs, Paper paper, PaperJob job, Map<String, String> categoryPages,
                Map<String, String> monthPages) throws IOException {
            String categoryHref = categoryPages.get(paper.category());
            String monthHref = paper.month().map(monthPages::get).orElse("");
            List<PageViews.RelatedPaper> related = job.page() ? store.related(paper.id()) : List.of();
            jobs.submit(() -> {
                String bibtex = renderer.renderText("paper-bib.vm", paper.bibHref(), new PaperBibFile(paper),
                        Escaping.BIBTEX);
                if (job.bib()) {
                    output.write(paper.bibHref(), bibtex.getBytes(StandardCharsets.UTF_8), job.bibKey());
                }
                if (job.page()) {
                    renderer.renderPage("paper.vm", paper.href(), new PaperPage(paper, categoryHref, monthHref,
                            bibtex, reading.paper(paper.id()), related), job.pageKey());
                }
            });
        }

        /**
         * The pages of one index (categories, months or letters), each list split into pages of
         * {@value #LIST_PAGE_SIZE} papers: {@code channels/cs.CL.html}, then {@code channels/cs.CL/2.html}.
         */
        private void addPaperLists(PageJobs jobs, ReadingListStore.PaperList list, String kind,
                Map<String, Integer> counts, Map<String, String> pages, List<IndexLink> siblings, String indexPage)
                throws IOException {
            String siblingsKey = siblings.toString();
            for (Map.Entry<String, Integer> group : counts.entrySet()) {
                String first = pages.get(group.getKey());
                String folder = first.substring(0, first.length() - ".html".length());
                int total = group.getValue();
                List<IndexLink> parts = new ArrayList<>();
                for (int from = 0, n = 1; from < total; from += LIST_PAGE_SIZE, n++) {
                    int count = Math.min(LIST_PAGE_SIZE, total - from);
                    parts.add(new IndexLink(Integer.toString(n), n == 1 ? first : folder + "/" + n + ".html", count));
                }
                int[] part = {0};
                List<IOException> failed = new ArrayList<>();
                store.forEachSlice(list, group.getKey(), LIST_PAGE_SIZE, slice -> {
                    if (part[0] == parts.size() || !failed.isEmpty()) {
                        return;
                    }
                    IndexLink at = parts.get(part[0]);
                    int from = part[0]++ * LIST_PAGE_SIZE;
                    MessageDigest rows = ReadingListStore.sha256();
                    rows.update(slice.rows());
                    try {
                        addListPage(jobs, kind, group.getKey(), HexFormat.of().formatHex(rows.digest()),
                                reading.statusKey(slice.ids()), () -> store.stamps(list, group.getKey(), from,
                                        at.count()), total, parts, at, siblings, siblingsKey, indexPage);
                    } catch (IOException e) {
                        failed.add(e);
                    }
                });
                if (!failed.isEmpty()) {
                    throw failed.get(0);
                }
            }
        }

        /** What the rows of a list show of {@code papers}, as a key. */
        private static String rowsKey(List<PaperStamp> papers) {
            MessageDigest rows = ReadingListStore.sha256();
            for (PaperStamp paper : papers) {
                update(rows, paper.id());
                update(rows, paper.title());
                update(rows, paper.translatedTitle());
                update(rows, paper.category());
                update(rows, paper.month().orElse(""));
            }
            return HexFormat.of().formatHex(rows.digest());
        }

        /** The papers of a list page, read only when the page is rendered. */
        private interface ListPapers {
            List<PaperStamp> read() throws IOException;
        }

        /**
         * A page of a list, keyed by what its rows show ({@code rowsKey}: the stamps' fields, not the
         * rest of the paper, so that an edit of a digest that leaves its papers' titles as they were
         * rewrites none of the lists they are on) and their reading statuses.
         */
        private void addListPage(PageJobs jobs, String kind, String heading, String rowsKey, String statusKey,
                ListPapers papers, int total, List<IndexLink> parts, IndexLink part, List<IndexLink> siblings,
                String siblingsKey, String indexPage) throws IOException {
            String key = key("list", kind, heading, Integer.toString(total), parts.toString(), part.href(),
                    kind.equals("letter") || kind.equals("tag") ? siblingsKey : "", indexPage, rowsKey, statusKey);
            if (output.keep(part.href(), key)) {
                jobs.skipped();
                return;
            }
            PaperListPage model = new PaperListPage(kind, heading, papers.read(), total, parts, part, siblings,
                    indexPage, reading);
            jobs.submit(() -> renderer.renderPage("paper-list.vm", part.href(), model, key));
        }

        private IndexPage indexModel(List<DigestRef> digests, List<IndexLink> categories,
                List<IndexLink> listedMonths, BarChart listedChart, int paperCount, int entryCount,
                int channelCount, ReadingProgress progress) {
            Map<String, Integer> topCategories = new LinkedHashMap<>();
            Map<String, String> categoryHrefs = new LinkedHashMap<>();
            categories.stream()
                    .sorted((a, b) -> Integer.compare(b.count(), a.count()))
                    .limit(CHART_CATEGORIES)
                    .forEach(link -> {
                        topCategories.put(link.label(), link.count());
                        categoryHrefs.put(link.label(), link.href());
                    });
            List<DigestRef> newest = dateGroups(digests).stream().flatMap(g -> g.digests().stream())
                    .limit(NEWEST_DIGESTS).toList();
            return new IndexPage(digests.size(), entryCount, paperCount, channelCount, categories.size(),
                    listedMonths.size(), findings.count(Severity.ERROR), findings.count(Severity.WARNING),
                    findings.count(Severity.INFO), listedChart,
                    BarChart.rows("categories", topCategories, categoryHrefs), newest, progress);
        }

        /** The overview's progress: papers read by month of their first digest and by its channel. */
        private ReadingProgress progressModel(Map<String, String> listedPages, Map<String, String> channelPages,
                List<IndexLink> tags) throws IOException {
            // Without a reading file the overview shows no progress: the two scans of the papers are not made.
            Map<String, ReadingListStore.ReadCount> byMonth = reading.present() ? store.readByMonth() : Map.of();
            Map<String, ReadingListStore.ReadCount> byChannel = reading.present() ? store.readByChannel() : Map.of();
            List<ProgressRow> months = new ArrayList<>();
            Map<String, Integer> readPerMonth = new TreeMap<>();
            byMonth.forEach((month, count) -> {
                months.add(new ProgressRow(month, listedPages.getOrDefault(month, ""), count.read(), count.papers()));
                readPerMonth.put(month, count.read());
            });
            List<ProgressRow> channels = new ArrayList<>();
            int read = 0;
            int papers = 0;
            for (Map.Entry<String, ReadingListStore.ReadCount> channel : byChannel.entrySet()) {
                ReadingListStore.ReadCount count = channel.getValue();
                channels.add(new ProgressRow(channel.getKey(), channelPages.getOrDefault(channel.getKey(), ""),
                        count.read(), count.papers()));
                read += count.read();
                papers += count.papers();
            }
            return new ReadingProgress(reading.present(), read, papers, months, channels,
                    BarChart.months("read", readPerMonth, listedPages), reading.entriesJson(), tags);
        }

        /**
         * The newest papers (of {@code channel}, or of all) with the time each was announced: the
         * date of its first digest (of that channel), else its arXiv month.
         */
        private FeedFile feedModel(ReadingListStore reader, Optional<String> channel, String selfName)
                throws IOException {
            List<Paper> newest = new ArrayList<>(FEED_SIZE);
            List<String> ids = channel.isPresent() ? reader.newestIdsInChannel(channel.get(), FEED_SIZE)
                    : reader.newestIds(FEED_SIZE);
            for (String id : ids) {
                reader.paper(id).ifPresent(newest::add);
            }
            Map<String, String> updated = new LinkedHashMap<>();
            String latest = "1970-01-01T00:00:00Z";
            for (Paper paper : newest) {
                Appearance first = paper.appearances().stream()
                        .filter(a -> channel.isEmpty() || a.digest().channel().equals(channel.get()))
                        .findFirst().orElse(paper.firstSeen());
                String day = first.digest().date().map(LocalDate::toString)
                        .or(() -> paper.month().map(month -> month + "-01"))
                        .orElse("1970-01-01");
                String time = day + "T00:00:00Z";
                updated.put(paper.id(), time);
                latest = time.compareTo(latest) > 0 ? time : latest;
            }
            String name = request.title() + channel.map(c -> "\u0000" + c).orElse("");
            return new FeedFile(channel.orElse(""), newest, updated, latest,
                    "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)), selfName);
        }
    }

    /**
     * The pages of one channel's digests ({@code own}, oldest first), newest first: one page, or
     * past {@value #CHANNEL_PAGE_SIZE} digests one per year, the newest year (and the undated
     * digests) on {@code first}, the others in its folder as {@code 2023.html}.
     */
    static List<ChannelPage> channelPages(String channel, List<DigestRef> own, String first) {
        List<DigestRef> newestFirst = new ArrayList<>(own.size());
        own.stream().filter(d -> d.date().isPresent()).forEach(d -> newestFirst.add(0, d));
        List<DigestRef> undated = own.stream().filter(d -> d.date().isEmpty()).toList();
        int entries = own.stream().mapToInt(DigestRef::entryCount).sum();
        Map<String, List<DigestRef>> years = new LinkedHashMap<>();
        if (own.size() > CHANNEL_PAGE_SIZE) {
            newestFirst.forEach(d -> years.computeIfAbsent(Integer.toString(d.date().get().getYear()),
                    y -> new ArrayList<>()).add(d));
        }
        if (years.size() <= 1) {
            List<DigestRef> all = new ArrayList<>(newestFirst);
            all.addAll(undated);
            IndexLink only = new IndexLink(channel, first, all.size());
            return List.of(new ChannelPage(channel, all, own.size(), entries, List.of(only), only));
        }
        String folder = first.substring(0, first.length() - ".html".length());
        List<IndexLink> parts = new ArrayList<>();
        List<List<DigestRef>> lists = new ArrayList<>();
        for (Map.Entry<String, List<DigestRef>> year : years.entrySet()) {
            List<DigestRef> list = new ArrayList<>(year.getValue());
            if (parts.isEmpty()) {
                list.addAll(undated);
            }
            parts.add(new IndexLink(year.getKey(), parts.isEmpty() ? first : folder + "/" + year.getKey() + ".html",
                    list.size()));
            lists.add(list);
        }
        List<ChannelPage> pages = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            pages.add(new ChannelPage(channel, lists.get(i), own.size(), entries, parts, parts.get(i)));
        }
        return pages;
    }

    /**
     * The pages of the digests by date ({@code groups}, newest first, of {@code count} digests):
     * {@code dates.html}, or past {@value #CHANNEL_PAGE_SIZE} digests one per year, the newest
     * year (and the undated digests) on {@code dates.html}, the others as {@code dates/2023.html}.
     */
    static List<DatesPage> datePages(List<DateGroup> groups, int count) {
        Map<String, List<DateGroup>> years = new LinkedHashMap<>();
        List<DateGroup> undated = new ArrayList<>();
        for (DateGroup group : groups) {
            if (group.date().isEmpty()) {
                undated.add(group);
            } else {
                years.computeIfAbsent(group.date().substring(0, 4), y -> new ArrayList<>()).add(group);
            }
        }
        if (count <= CHANNEL_PAGE_SIZE || years.size() <= 1) {
            IndexLink only = new IndexLink("", "dates.html", count);
            return List.of(new DatesPage(groups, List.of(only), only));
        }
        List<IndexLink> parts = new ArrayList<>();
        List<List<DateGroup>> lists = new ArrayList<>();
        for (Map.Entry<String, List<DateGroup>> year : years.entrySet()) {
            List<DateGroup> list = new ArrayList<>(year.getValue());
            if (parts.isEmpty()) {
                list.addAll(undated);
            }
            int digests = list.stream().mapToInt(g -> g.digests().size()).sum();
            parts.add(new IndexLink(year.getKey(), parts.isEmpty() ? "dates.html" : "dates/" + year.getKey() + ".html",
                    digests));
            lists.add(list);
        }
        List<DatesPage> pages = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            pages.add(new DatesPage(lists.get(i), parts, parts.get(i)));
        }
        return pages;
    }

    /**
     * A digest's page from its entries and its errors and warnings: each entry with at most a
     * badge, its most severe finding (the first of that severity), linking to it on the problems page.
     */
    private static DigestPage digestModel(DigestSummary digest, List<Finding> findings, String channelHref,
            Optional<DigestRef> previous, Optional<DigestRef> next, ReadingMarks reading) {
        EntryLines lines = new EntryLines(digest.entries().stream().map(EntrySummary::span).toList());
        Finding[] worst = new Finding[digest.entries().size()];
        long errors = 0;
        for (Finding finding : findings) {
            errors += finding.severity() == Severity.ERROR ? 1 : 0;
            int index = lines.indexAt(finding.position().line());
            if (index >= 0 && (worst[index] == null || finding.severity().ordinal() < worst[index].severity().ordinal())) {
                worst[index] = finding;
            }
        }
        String fileHref = ProblemsModel.FILES_PAGE + "#" + ProblemsModel.fileAnchor(digest.name());
        List<DigestRow> rows = new ArrayList<>(digest.entries().size());
        for (int i = 0; i < digest.entries().size(); i++) {
            EntrySummary entry = digest.entries().get(i);
            String href = entry.paperId().map(Paper::hrefOf).orElse("");
            Finding badge = worst[i];
            String problem = badge != null ? badge.severity().label() : entry.malformed() ? Severity.ERROR.label() : "";
            String problemHref = badge != null
                    ? ProblemsModel.rulePage(badge.ruleId()) + "#" + ProblemsModel.anchor(digest.name(), badge)
                    : entry.malformed() ? fileHref : "";
            rows.add(new DigestRow(entry, href, MarkdownFields.render(entry.title()),
                    MarkdownFields.render(entry.summaryZh()), problem, problemHref));
        }
        return new DigestPage(digest, rows, errors, findings.size() - errors, fileHref, channelHref, previous, next,
                reading);
    }

    /** What a digest page shows of its errors and warnings, as one key. */
    private static String findingsKey(List<Finding> findings) {
        MessageDigest sha = ReadingListStore.sha256();
        for (Finding finding : findings) {
            update(sha, finding.format(""));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** How many list pages the groups of an index fill. */
    private static int listPages(Map<String, Integer> counts) {
        int pages = 0;
        for (int count : counts.values()) {
            pages += (count + LIST_PAGE_SIZE - 1) / LIST_PAGE_SIZE;
        }
        return pages;
    }

    private static List<IndexLink> links(Map<String, Integer> counts, Map<String, String> pages) {
        return counts.entrySet().stream()
                .map(e -> new IndexLink(e.getKey(), pages.get(e.getKey()), e.getValue()))
                .toList();
    }

    /** Digests grouped by date, newest first; undated digests last under the empty key. */
    static List<DateGroup> dateGroups(List<DigestRef> digests) {
        List<DigestRef> newestFirst = new ArrayList<>(digests);
        java.util.Collections.reverse(newestFirst);
        newestFirst.sort(java.util.Comparator.comparing((DigestRef d) -> d.date().isEmpty())
                .thenComparing(java.util.Comparator.comparing(DigestRef::dateText).reversed())
                .thenComparing(DigestRef::name));
        Map<String, List<DigestRef>> groups = new LinkedHashMap<>();
        for (DigestRef digest : newestFirst) {
            groups.computeIfAbsent(digest.dateText(), d -> new ArrayList<>()).add(digest);
        }
        return groups.entrySet().stream().map(e -> new DateGroup(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /**
     * One search document per paper, in the papers' order (by id), each made only when the index
     * reads it: its category and the date of its first digest, titles, summaries and abstracts.
     */
    static Iterable<SearchDocument> searchDocuments(Iterable<Paper> papers) {
        return () -> StreamSupport.stream(papers.spliterator(), false).map(ReportGenerator::searchDocument).iterator();
    }

    /** A paper's search document: its category and the date of its first digest, titles, summaries and abstracts. */
    static SearchDocument searchDocument(Paper p) {
        return new SearchDocument(p.id(), p.href(), p.category(), p.firstSeen().digest().dateText(), p.title(),
                p.translatedTitle(), p.summaryZh(), p.summaryEn(), p.abstractZh(), p.abstractEn());
    }

    /** Writes one paper's record of an export. */
    @FunctionalInterface
    private interface PaperRecord {
        void write(Paper paper, java.io.Writer out) throws IOException;
    }

    /**
     * The records of an export that must be made, asked for in id order: read one by one, or,
     * when nearly all are asked for, from one pass over every paper.
     */
    private static final class PaperRecords implements SplicedFile.Records, AutoCloseable {
        private final ReadingListStore reader;
        private final boolean abstracts;
        private final PaperRecord record;
        private ReadingListStore.PaperCursor all;
        /** Records made from a paper read on its own, past which the papers are read in one pass. */
        private static final int ONE_BY_ONE = 256;
        private int lookedUp;

        PaperRecords(ReadingListStore reader, boolean abstracts, PaperRecord record) {
            this.reader = reader;
            this.abstracts = abstracts;
            this.record = record;
        }

        @Override
        public void start(boolean every) throws IOException {
            if (every) {
                openCursor();
            }
        }

        private void openCursor() throws IOException {
            all = abstracts ? reader.papers() : reader.papersWithoutAbstracts();
        }

        @Override
        public void write(String id, java.io.Writer out) throws IOException {
            Optional<Paper> paper = Optional.empty();
            if (all == null && ++lookedUp > ONE_BY_ONE) {
                // Many records changed (new templates, say): the rest are read in one pass.
                openCursor();
            }
            if (all == null) {
                paper = reader.paper(id);
            } else {
                while (all.hasNext()) {
                    Paper next = all.next();
                    if (next.id().equals(id)) {
                        paper = Optional.of(next);
                        break;
                    }
                }
            }
            if (paper.isEmpty()) {
                throw new IOException("The report's working store lost the paper " + id + " during the run");
            }
            record.write(paper.get(), out);
        }

        @Override
        public void close() throws IOException {
            if (all != null) {
                all.close();
            }
        }
    }

    /** A cursor as an Iterable, for code that iterates once. */
    private static <T> Iterable<T> once(java.util.Iterator<T> cursor) {
        return () -> cursor;
    }

    static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
