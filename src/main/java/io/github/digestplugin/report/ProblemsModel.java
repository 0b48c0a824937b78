package io.github.digestplugin.report;

import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.Rule;
import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.report.PageModels.ProblemFilesPage;
import io.github.digestplugin.report.PageModels.ProblemRulePage;
import io.github.digestplugin.report.PageModels.ProblemsPage;
import io.github.digestplugin.report.PageViews.Problem;
import io.github.digestplugin.report.PageViews.ProblemFile;
import io.github.digestplugin.report.PageViews.RuleGroup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The problems pages, the only pages of the report that show the check's findings.
 * {@code problems.html} leads with the errors, then the warnings, grouped by rule, each rule with
 * its first {@value #PREVIEW} findings linked to their entries on their digests' pages; then the
 * infos, counted per rule, at most {@value #INFO_LIMIT} of each listed in a folded list (a real
 * corpus has tens of thousands of non-canonical urls). Each rule of errors or warnings has a page of
 * all its findings ({@code problems/<rule-id>.html}), and {@code problems/files.html} lists the
 * files that hold errors or warnings: so the first page stays small on any archive. Reading pages
 * carry only a badge per entry, linking to its finding on its rule's page by {@link #anchor}.
 */
final class ProblemsModel {

    /** How many infos of one rule the page lists; the check's SARIF and checkstyle files list them all. */
    static final int INFO_LIMIT = 100;
    /** How many errors or warnings of one rule the first page lists; the rule's page lists them all. */
    static final int PREVIEW = 10;
    static final String PAGE = "problems.html";
    static final String FILES_PAGE = "problems/files.html";

    /** The pages of one run's findings. */
    record Pages(ProblemsPage first, List<ProblemRulePage> rules, ProblemFilesPage files) {}

    /** The page of all findings of one rule, relative to the report root. */
    static String rulePage(String ruleId) {
        return "problems/" + ruleId + ".html";
    }

    private ProblemsModel() {}

    /** A finding's place on the problems page, made from the finding alone so a digest page can link to it. */
    static String anchor(String name, Finding finding) {
        MessageDigest sha = ReadingListStore.sha256();
        sha.update((name + "\u0000" + finding.position().line() + "\u0000" + finding.position().column() + "\u0000"
                + finding.ruleId() + "\u0000" + finding.message()).getBytes(StandardCharsets.UTF_8));
        return "p-" + HexFormat.of().formatHex(sha.digest(), 0, 6);
    }

    /** A file's row in the problems page's table of files. */
    static String fileAnchor(String name) {
        MessageDigest sha = ReadingListStore.sha256();
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        return "f-" + HexFormat.of().formatHex(sha.digest(), 0, 6);
    }

    /** Where a finding points on its digest's page: its entry, else the top of the page. */
    static String target(DigestRef digest, EntryLines lines, Finding finding) {
        return digest.href() + lines.at(finding.position().line()).map(e -> "#" + e.anchor()).orElse("");
    }

    /**
     * The page's model from every finding of the run, file by file in path order.
     *
     * @param digests the digests with a page, by name
     * @param entries the entry lines of a digest, read only for the files with a finding to link
     */
    static Pages build(ReportFindings findings, Map<String, DigestRef> digests, EntriesOf entries,
            Locale locale) throws IOException {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Rule rule : Rules.all()) {
            groups.put(rule.id(), new Group(rule));
        }
        List<ProblemFile> files = new ArrayList<>();
        for (String name : findings.files()) {
            DigestRef digest = digests.get(name);
            EntryLines lines = null;
            long errors = 0;
            long warnings = 0;
            // A large archive holds hundreds of thousands of infos, of which the pages list the first
            // few of each rule: past those, a file's infos are counted by the store and only its
            // errors and warnings read.
            Map<String, Map<Severity, Long>> counts = findings.counts(name);
            boolean counted = infosListed(groups, counts);
            List<Finding> listed;
            if (counted) {
                for (Map.Entry<String, Map<Severity, Long>> rule : counts.entrySet()) {
                    Group group = groups.get(rule.getKey());
                    rule.getValue().forEach((severity, count) -> group.counts.merge(severity, count, Long::sum));
                    errors += rule.getValue().getOrDefault(Severity.ERROR, 0L);
                    warnings += rule.getValue().getOrDefault(Severity.WARNING, 0L);
                }
                listed = findings.aboveInfo(name);
            } else {
                listed = findings.of(name);
            }
            for (Finding finding : listed) {
                Group group = groups.computeIfAbsent(finding.ruleId(), id -> new Group(null));
                if (!counted) {
                    group.counts.merge(finding.severity(), 1L, Long::sum);
                    if (finding.severity() == Severity.ERROR) {
                        errors++;
                    } else if (finding.severity() == Severity.WARNING) {
                        warnings++;
                    }
                }
                if (finding.severity() == Severity.INFO && group.infos.size() >= INFO_LIMIT) {
                    continue;
                }
                String href = "";
                if (digest != null) {
                    if (lines == null) {
                        lines = new EntryLines(entries.of(name));
                    }
                    href = target(digest, lines, finding);
                }
                group.listOf(finding.severity()).add(new Problem(finding, name, href, anchor(name, finding),
                        finding.messageIn(locale)));
            }
            if (errors + warnings > 0) {
                files.add(new ProblemFile(name, digest == null ? "" : digest.href(), fileAnchor(name), errors,
                        warnings));
            }
        }
        List<RuleGroup> errorGroups = new ArrayList<>();
        List<RuleGroup> warningGroups = new ArrayList<>();
        List<RuleGroup> infoGroups = new ArrayList<>();
        List<ProblemRulePage> rulePages = new ArrayList<>();
        for (Map.Entry<String, Group> entry : groups.entrySet()) {
            Group group = entry.getValue();
            String id = entry.getKey();
            String description = group.rule == null ? "" : group.rule.description(locale);
            String helpUri = group.rule == null ? "" : group.rule.helpUri();
            for (Severity severity : Severity.values()) {
                long count = group.counts.getOrDefault(severity, 0L);
                if (count == 0) {
                    continue;
                }
                List<Problem> problems = group.listOf(severity);
                if (severity == Severity.INFO) {
                    infoGroups.add(new RuleGroup(id, severity, description, helpUri, "", count,
                            List.copyOf(problems), count - problems.size()));
                    continue;
                }
                String page = rulePage(id);
                rulePages.add(new ProblemRulePage(page, new RuleGroup(id, severity, description, helpUri, page, count,
                        List.copyOf(problems), 0)));
                List<Problem> preview = List.copyOf(problems.subList(0, Math.min(PREVIEW, problems.size())));
                (severity == Severity.ERROR ? errorGroups : warningGroups).add(new RuleGroup(id, severity, description,
                        helpUri, page, count, preview, count - preview.size()));
            }
        }
        ProblemsPage first = new ProblemsPage(errorGroups, warningGroups, infoGroups, findings.count(Severity.ERROR),
                findings.count(Severity.WARNING), findings.count(Severity.INFO), files.size(), INFO_LIMIT);
        return new Pages(first, List.copyOf(rulePages), new ProblemFilesPage(List.copyOf(files)));
    }

    /**
     * Whether every rule with infos in a file's {@code counts} already lists all the infos its page
     * shows, so that the file adds none to any list (and every rule of the file has its group).
     */
    private static boolean infosListed(Map<String, Group> groups, Map<String, Map<Severity, Long>> counts) {
        for (Map.Entry<String, Map<Severity, Long>> rule : counts.entrySet()) {
            Group group = groups.get(rule.getKey());
            if (group == null || rule.getValue().getOrDefault(Severity.INFO, 0L) > 0 && group.infos.size() < INFO_LIMIT) {
                return false;
            }
        }
        return true;
    }

    /** Where the entries of a digest are in its source, read from the store. */
    @FunctionalInterface
    interface EntriesOf {
        List<EntrySummary.Span> of(String name) throws IOException;
    }

    /** One rule's findings as they are gathered, by severity (a rule's severity is one per run). */
    private static final class Group {
        final Rule rule;
        final Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        final List<Problem> errors = new ArrayList<>();
        final List<Problem> warnings = new ArrayList<>();
        final List<Problem> infos = new ArrayList<>();

        Group(Rule rule) {
            this.rule = rule;
        }

        List<Problem> listOf(Severity severity) {
            return switch (severity) {
                case ERROR -> errors;
                case WARNING -> warnings;
                case INFO -> infos;
            };
        }
    }
}
