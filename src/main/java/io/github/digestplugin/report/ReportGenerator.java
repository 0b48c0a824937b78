package io.github.digestplugin.report;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.DigestChecker;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.parse.DigestFiles;
import io.github.digestplugin.report.PageViews.DateGroup;
import io.github.digestplugin.report.PageViews.DigestRow;
import io.github.digestplugin.report.PageViews.IndexLink;
import io.github.digestplugin.report.PageViews.Problem;
import io.github.digestplugin.report.PageViews.ProblemFile;
import io.github.digestplugin.report.PageViews.RuleCount;
import io.github.digestplugin.report.render.Escaping;
import io.github.digestplugin.report.render.MarkdownFields;
import io.github.digestplugin.report.render.Messages;
import io.github.digestplugin.report.render.OutputFiles;
import io.github.digestplugin.report.render.PageRenderer;
import io.github.digestplugin.report.render.TemplateSource;
import io.github.digestplugin.report.search.SearchDocument;
import io.github.digestplugin.report.search.SearchIndexWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.StreamSupport;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;

/** Reads, checks and aggregates the digests, then renders the reading-list site. */
public final class ReportGenerator {

    /** Static files copied from the templates to the same path in the report. */
    static final List<String> ASSETS = List.of("style.css", "assets/search.js", "assets/search.css");
    static final int NEWEST_DIGESTS = 10;
    static final int FEED_SIZE = 50;
    static final int CHART_CATEGORIES = 20;
    static final int LIST_PAGE_SIZE = 1000;

    /** One page or file to write; run in parallel with the others. */
    private interface Job {
        void run() throws IOException;
    }

    public ReportResult generate(ReportRequest request) throws IOException {
        return generate(request, ReportProgress.NONE);
    }

    /** Generates the report, telling {@code progress} of each phase of a run that renders. */
    public ReportResult generate(ReportRequest request, ReportProgress progress) throws IOException {
        Path out = request.outputDirectory().toAbsolutePath().normalize();
        DigestFiles.Listing listing = new DigestFiles(request.includes(), request.excludes()).find(request.directory());
        TemplateSource templates = new TemplateSource(request.templateDirectory());
        if (request.templateDirectory().isPresent() && !Files.isDirectory(request.templateDirectory().get())) {
            throw new IOException("The template directory " + request.templateDirectory().get() + " does not exist");
        }
        String fingerprint = Fingerprint.of(request, listing, templates);
        Path state = stateFolder(request);
        Optional<Fingerprint.StoredRun> stored = Fingerprint.read(state);
        if (stored.isPresent() && stored.get().fingerprint().equals(fingerprint) && OutputFiles.isIntact(out, state)) {
            Fingerprint.StoredRun run = stored.get();
            return new ReportResult(run.digests(), run.entries(), run.papers(), true, 0, 0, run.errors(),
                    out.resolve("index.html"));
        }
        Files.createDirectories(state);
        Fingerprint.invalidate(state);
        try (OutputFiles output = OutputFiles.begin(out, state)) {
            return render(request, listing, templates, output, fingerprint, progress);
        }
    }

    /**
     * The folder of the state directory that holds the record of the runs into this request's
     * output: named by the output's real path, so two reports (a site's and a standalone one)
     * sharing a build directory keep apart.
     */
    static Path stateFolder(ReportRequest request) throws IOException {
        byte[] output = realPath(request.outputDirectory()).toString().getBytes(StandardCharsets.UTF_8);
        String key;
        try {
            key = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(output));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
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

    private ReportResult render(ReportRequest request, DigestFiles.Listing listing, TemplateSource templates,
            OutputFiles output, String fingerprint, ReportProgress progress) throws IOException {
        Path out = output.root();
        List<Path> files = listing.files();
        progress.started(ReportProgress.Phase.READ_AND_CHECK, files.size());
        Map<Path, String> digestPages = PageNames.digests(files);
        ReadingListBuilder builder = new ReadingListBuilder(digestPages);
        CheckResult check = new DigestChecker(request.parserOptions(), request.rules())
                .check(request.directory(), files, listing.problems(), builder);
        progress.finished(ReportProgress.Phase.READ_AND_CHECK, files.size());
        progress.started(ReportProgress.Phase.AGGREGATE, files.size());
        ReadingList list = builder.build(check);
        progress.finished(ReportProgress.Phase.AGGREGATE, list.papers().size());

        Messages messages = new Messages(request.locale());
        PageRenderer renderer = new PageRenderer(templates, output, Map.of(
                "msg", messages,
                "lang", messages.languageTag(),
                "reportTitle", request.title(),
                "md", new MarkdownFields()));
        List<Job> pages = pages(list, renderer);
        PageCounter counter = new PageCounter(progress, pages.size());
        List<Job> batch = new ArrayList<>(pages.size() + 1);
        // The search index is the longest single job: first in the batch, so it runs alongside the
        // pages on the other threads; its phase overlaps theirs, which then ends when both have.
        batch.add(() -> {
            progress.started(ReportProgress.Phase.SEARCH, list.papers().size());
            new SearchIndexWriter().write(searchDocuments(list.papers()), output);
            progress.finished(ReportProgress.Phase.SEARCH, list.papers().size());
        });
        pages.forEach(page -> batch.add(() -> {
            page.run();
            counter.pageWritten();
        }));
        progress.started(ReportProgress.Phase.PAGES, pages.size());
        runAll(batch);
        progress.finished(ReportProgress.Phase.PAGES, pages.size());

        List<Job> exports = exports(list, renderer, output, request.title());
        progress.started(ReportProgress.Phase.EXPORTS, exports.size());
        runAll(exports);
        progress.finished(ReportProgress.Phase.EXPORTS, exports.size());
        output.finish();
        long errors = check.count(Severity.ERROR);
        Fingerprint.write(output.state(), new Fingerprint.StoredRun(fingerprint, list.digests().size(),
                list.entries(), list.papers().size(), errors));
        output.complete();
        return new ReportResult(list.digests().size(), list.entries(), list.papers().size(), false,
                output.written(), output.unchanged(), errors, out.resolve("index.html"));
    }

    private static void runAll(List<Job> jobs) throws IOException {
        try {
            jobs.parallelStream().forEach(job -> {
                try {
                    job.run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Counts the pages written on all threads, telling each count in turn so that none goes back. */
    private static final class PageCounter {
        private final ReportProgress progress;
        private final int total;
        private int written;

        PageCounter(ReportProgress progress, int total) {
            this.progress = progress;
            this.total = total;
        }

        synchronized void pageWritten() {
            progress.advanced(ReportProgress.Phase.PAGES, ++written, total);
        }
    }

    /** The HTML pages of the report. */
    private List<Job> pages(ReadingList list, PageRenderer renderer) {
        List<Job> jobs = new ArrayList<>(list.papers().size() + list.digests().size() + 64);
        Map<String, String> categoryPages = PageNames.pages(list.byCategory().keySet(), "channels");
        Map<String, String> monthPages = PageNames.pages(list.byMonth().keySet(), "months");
        Map<String, String> letterPages = PageNames.pages(list.byLetter().keySet(), "titles");
        List<IndexLink> categories = links(list.byCategory(), categoryPages);
        List<IndexLink> months = links(list.byMonth(), monthPages);
        List<IndexLink> letters = links(list.byLetter(), letterPages);

        jobs.add(() -> renderer.renderPage("index.vm", "index.html", indexModel(list, categories, months)));
        jobs.add(() -> renderer.renderPage("search.vm", "search.html", Map.of()));
        jobs.add(() -> renderer.renderPage("channels.vm", "channels.html", Map.of(
                "categories", categories, "channels", channelLinks(list))));
        jobs.add(() -> renderer.renderPage("months.vm", "months.html", Map.of(
                "months", months, "monthChart", BarChart.of("months", counts(list.byMonth()), 6))));
        jobs.add(() -> renderer.renderPage("titles.vm", "titles.html", Map.of("letters", letters)));
        jobs.add(() -> renderer.renderPage("dates.vm", "dates.html", Map.of("groups", dateGroups(list))));
        jobs.add(() -> renderer.renderPage("problems.vm", "problems.html", problemsModel(list)));
        addPaperLists(jobs, renderer, "category", list.byCategory(), categoryPages, categories, "channels.html");
        addPaperLists(jobs, renderer, "month", list.byMonth(), monthPages, months, "months.html");
        addPaperLists(jobs, renderer, "letter", list.byLetter(), letterPages, letters, "titles.html");
        for (DigestSummary digest : list.digests()) {
            jobs.add(() -> renderer.renderPage("digest.vm", digest.href(), digestModel(list, digest)));
        }
        for (Paper paper : list.papers()) {
            jobs.add(() -> renderer.renderPage("paper.vm", paper.href(), Map.of(
                    "paper", paper, "categoryHref", categoryPages.get(paper.category()),
                    "monthHref", paper.month().map(monthPages::get).orElse(""))));
        }
        return jobs;
    }

    /** The exports (BibTeX, Atom, JSON) and the static files the pages load. */
    private List<Job> exports(ReadingList list, PageRenderer renderer, OutputFiles output, String title) {
        List<Job> jobs = new ArrayList<>();
        for (String asset : ASSETS) {
            jobs.add(() -> renderer.copyAsset(asset));
        }
        jobs.add(() -> renderer.renderFile("bib.vm", "reading-list.bib", Map.of("papers", list.papers()),
                Escaping.BIBTEX));
        jobs.add(() -> renderer.renderFile("atom.vm", "feed.atom", feedModel(list, title), Escaping.HTML));
        jobs.add(() -> output.writeText("reading-list.json", out -> JsonExport.write(list.papers(), out)));
        return jobs;
    }

    private static Map<String, Object> indexModel(ReadingList list, List<IndexLink> categories,
            List<IndexLink> months) {
        Map<String, Integer> topCategories = new LinkedHashMap<>();
        categories.stream()
                .sorted((a, b) -> Integer.compare(b.count(), a.count()))
                .limit(CHART_CATEGORIES)
                .forEach(link -> topCategories.put(link.label(), link.count()));
        List<DigestSummary> newest = new ArrayList<>(list.byDate().values().stream().flatMap(List::stream)
                .limit(NEWEST_DIGESTS).toList());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("digestCount", list.digests().size());
        model.put("entryCount", list.entries());
        model.put("paperCount", list.papers().size());
        model.put("channelCount", list.byChannel().size());
        model.put("categoryCount", list.byCategory().size());
        model.put("monthCount", list.byMonth().size());
        model.put("errorCount", list.count(Severity.ERROR));
        model.put("warningCount", list.count(Severity.WARNING));
        model.put("infoCount", list.count(Severity.INFO));
        model.put("monthChart", BarChart.of("months", counts(list.byMonth()), 6));
        model.put("categoryChart", BarChart.of("categories", topCategories, 28));
        model.put("newestDigests", newest);
        return model;
    }

    /**
     * The pages of one index (categories, months or letters), each list split into pages of
     * {@value #LIST_PAGE_SIZE} papers: {@code channels/cs.CL.html}, then {@code channels/cs.CL/2.html}.
     */
    private static void addPaperLists(List<Job> jobs, PageRenderer renderer, String kind,
            Map<String, List<Paper>> groups, Map<String, String> pages, List<IndexLink> siblings, String indexPage) {
        for (Map.Entry<String, List<Paper>> group : groups.entrySet()) {
            List<Paper> papers = group.getValue();
            String first = pages.get(group.getKey());
            String folder = first.substring(0, first.length() - ".html".length());
            List<IndexLink> parts = new ArrayList<>();
            for (int from = 0, n = 1; from < papers.size(); from += LIST_PAGE_SIZE, n++) {
                int count = Math.min(LIST_PAGE_SIZE, papers.size() - from);
                parts.add(new IndexLink(Integer.toString(n), n == 1 ? first : folder + "/" + n + ".html", count));
            }
            for (int i = 0; i < parts.size(); i++) {
                IndexLink part = parts.get(i);
                List<Paper> slice = papers.subList(i * LIST_PAGE_SIZE, i * LIST_PAGE_SIZE + part.count());
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("kind", kind);
                model.put("heading", group.getKey());
                model.put("papers", slice);
                model.put("total", papers.size());
                model.put("parts", parts);
                model.put("part", part);
                model.put("siblings", siblings);
                model.put("indexPage", indexPage);
                jobs.add(() -> renderer.renderPage("paper-list.vm", part.href(), model));
            }
        }
    }

    /** The newest papers with the time each was announced: its first digest's date, else its arXiv month. */
    private static Map<String, Object> feedModel(ReadingList list, String title) {
        List<Paper> newest = list.newest(FEED_SIZE);
        Map<String, String> updated = new LinkedHashMap<>();
        String latest = "1970-01-01T00:00:00Z";
        for (Paper paper : newest) {
            String day = paper.firstSeen().digest().date().map(LocalDate::toString)
                    .or(() -> paper.month().map(month -> month + "-01"))
                    .orElse("1970-01-01");
            String time = day + "T00:00:00Z";
            updated.put(paper.id(), time);
            latest = time.compareTo(latest) > 0 ? time : latest;
        }
        return Map.of("papers", newest, "updated", updated, "feedUpdated", latest,
                "feedId", "urn:uuid:" + UUID.nameUUIDFromBytes(title.getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, Object> digestModel(ReadingList list, DigestSummary digest) {
        List<Finding> findings = list.findingsOf(digest.name());
        EntryLines lines = new EntryLines(digest.entries());
        List<List<Finding>> own = new ArrayList<>(digest.entries().size());
        digest.entries().forEach(entry -> own.add(new ArrayList<>(0)));
        for (Finding finding : findings) {
            int index = lines.indexAt(finding.position().line());
            if (index >= 0) {
                own.get(index).add(finding);
            }
        }
        List<DigestRow> rows = new ArrayList<>(digest.entries().size());
        for (int i = 0; i < digest.entries().size(); i++) {
            EntrySummary entry = digest.entries().get(i);
            String href = entry.paperId().flatMap(list::paper).map(Paper::href).orElse("");
            rows.add(new DigestRow(entry, href, MarkdownFields.render(entry.title()),
                    MarkdownFields.render(entry.summaryZh()), List.copyOf(own.get(i))));
        }
        return Map.of("digest", digest, "rows", rows, "findings", problems(digest, lines, findings));
    }

    private static List<Problem> problems(DigestSummary digest, EntryLines lines, List<Finding> findings) {
        List<Problem> problems = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            String target = lines.at(finding.position().line()).map(EntrySummary::anchor).orElse("findings");
            problems.add(new Problem(finding, digest.href() + "#" + target));
        }
        return problems;
    }

    /**
     * The problems page: counts per rule and per file, and every finding of warning or error in
     * full. Infos (tens of thousands of non-canonical urls in a real corpus) are counted here and
     * listed on their digest's page, which keeps this page small.
     */
    private static Map<String, Object> problemsModel(ReadingList list) {
        Map<String, DigestSummary> digests = new LinkedHashMap<>();
        list.digests().forEach(d -> digests.put(d.name(), d));
        List<ProblemFile> files = new ArrayList<>();
        Map<String, RuleCount> rules = new TreeMap<>();
        for (Map.Entry<String, List<Finding>> file : list.findingsByDigest().entrySet()) {
            List<Finding> findings = file.getValue();
            List<Finding> shown = findings.stream().filter(f -> f.severity().isAtLeast(Severity.WARNING)).toList();
            DigestSummary digest = digests.get(file.getKey());
            List<Problem> problems;
            if (digest == null) {
                problems = shown.stream().map(f -> new Problem(f, "")).toList();
            } else {
                problems = shown.isEmpty() ? List.of() : problems(digest, new EntryLines(digest.entries()), shown);
            }
            files.add(new ProblemFile(file.getKey(), digest == null ? "" : digest.href(),
                    count(findings, Severity.ERROR), count(findings, Severity.WARNING), count(findings, Severity.INFO),
                    problems));
            for (Finding finding : findings) {
                rules.merge(finding.ruleId(), new RuleCount(finding.ruleId(), finding.severity(), 1),
                        (a, b) -> new RuleCount(a.ruleId(), a.severity(), a.count() + 1));
            }
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("files", files);
        model.put("rules", List.copyOf(rules.values()));
        model.put("errorCount", list.count(Severity.ERROR));
        model.put("warningCount", list.count(Severity.WARNING));
        model.put("infoCount", list.count(Severity.INFO));
        return model;
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    private static List<IndexLink> links(Map<String, List<Paper>> groups, Map<String, String> pages) {
        return groups.entrySet().stream()
                .map(e -> new IndexLink(e.getKey(), pages.get(e.getKey()), e.getValue().size()))
                .toList();
    }

    private static List<IndexLink> channelLinks(ReadingList list) {
        return list.byChannel().entrySet().stream()
                .map(e -> new IndexLink(e.getKey(), "", e.getValue().size()))
                .toList();
    }

    private static List<DateGroup> dateGroups(ReadingList list) {
        return list.byDate().entrySet().stream().map(e -> new DateGroup(e.getKey(), e.getValue())).toList();
    }

    private static Map<String, Integer> counts(Map<String, List<Paper>> groups) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        groups.forEach((key, papers) -> counts.put(key, papers.size()));
        return counts;
    }

    /**
     * One search document per paper, in the papers' order (by id), each made only when the index
     * reads it: titles apart, summaries and abstracts as plain text.
     */
    static Iterable<SearchDocument> searchDocuments(Iterable<Paper> papers) {
        return () -> StreamSupport.stream(papers.spliterator(), false).map(p -> new SearchDocument(p.id(), p.href(),
                p.title(), p.translatedTitle(),
                String.join("\n", p.summaryZh(), p.summaryEn(), p.abstractZh(), p.abstractEn()).strip())).iterator();
    }
}
