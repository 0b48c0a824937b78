package io.github.digestplugin.report;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything the report shows, aggregated and immutable: the digests in order, one {@link Paper}
 * per arXiv id, the indexes (category, month, title, date) and the checker's findings.
 */
public final class ReadingList {

    /** Newest paper first: by the digest it first appeared in, then by id, highest first. */
    public static final Comparator<Paper> NEWEST_FIRST = Comparator
            .comparing((Paper p) -> p.firstSeen().digest(), DigestSummary.ORDER.reversed())
            .thenComparing(Paper::id, Comparator.reverseOrder());
    public static final Comparator<Paper> BY_TITLE = Comparator
            .comparing((Paper p) -> p.displayTitle().toLowerCase(Locale.ROOT))
            .thenComparing(Paper::id);
    /** Bucket of titles that start with a digit, and of titles starting with anything else. */
    public static final String DIGITS = "0-9";
    public static final String OTHER = "other";

    private final List<DigestSummary> digests;
    private final List<Paper> papers;
    private final Map<String, Paper> papersById;
    private final CheckResult check;
    private final Map<String, List<Finding>> findingsByDigest;
    private final SortedMap<String, List<Paper>> byCategory;
    private final SortedMap<String, List<Paper>> byMonth;
    private final SortedMap<String, List<Paper>> byLetter;
    private final SortedMap<String, List<DigestSummary>> byChannel;
    private final int entries;

    ReadingList(List<DigestSummary> digests, List<Paper> papers, CheckResult check) {
        this.digests = List.copyOf(digests);
        List<Paper> byId = new ArrayList<>(papers);
        byId.sort(Comparator.comparing(Paper::id));
        this.papers = List.copyOf(byId);
        this.papersById = this.papers.stream().collect(Collectors.toUnmodifiableMap(Paper::id, p -> p));
        this.check = check;
        this.findingsByDigest = check.findings().stream().collect(Collectors.groupingBy(
                f -> f.path().toString().replace('\\', '/'), LinkedHashMap::new, Collectors.toUnmodifiableList()));
        this.byCategory = group(this.papers, Paper::category, NEWEST_FIRST);
        this.byMonth = group(this.papers.stream().filter(p -> p.month().isPresent()).toList(),
                p -> p.month().orElseThrow(), NEWEST_FIRST);
        this.byLetter = group(this.papers, ReadingList::letterOf, BY_TITLE);
        SortedMap<String, List<DigestSummary>> channels = new TreeMap<>();
        for (DigestSummary digest : this.digests) {
            channels.computeIfAbsent(digest.channel(), c -> new ArrayList<>()).add(digest);
        }
        channels.replaceAll((c, list) -> List.copyOf(list));
        this.byChannel = Collections.unmodifiableSortedMap(channels);
        this.entries = this.digests.stream().mapToInt(d -> d.entries().size()).sum();
    }

    private static SortedMap<String, List<Paper>> group(List<Paper> papers,
            java.util.function.Function<Paper, String> key, Comparator<Paper> order) {
        SortedMap<String, List<Paper>> groups = new TreeMap<>();
        for (Paper paper : papers) {
            groups.computeIfAbsent(key.apply(paper), k -> new ArrayList<>()).add(paper);
        }
        groups.replaceAll((k, list) -> {
            list.sort(order);
            return List.copyOf(list);
        });
        return Collections.unmodifiableSortedMap(groups);
    }

    /** The A to Z bucket of a paper: the first letter of its title, {@value #DIGITS} or {@value #OTHER}. */
    static String letterOf(Paper paper) {
        String title = paper.displayTitle();
        for (int i = 0; i < title.length(); i++) {
            char c = Character.toUpperCase(title.charAt(i));
            if (c >= 'A' && c <= 'Z') {
                return String.valueOf(c);
            }
            if (c >= '0' && c <= '9') {
                return DIGITS;
            }
            if (Character.isLetter(c)) {
                return OTHER;
            }
        }
        return OTHER;
    }

    public List<DigestSummary> digests() {
        return digests;
    }

    /** Every paper, by arXiv id. */
    public List<Paper> papers() {
        return papers;
    }

    public Optional<Paper> paper(String id) {
        return Optional.ofNullable(papersById.get(id));
    }

    /** The findings of the digest at {@code name} (its relative path with forward slashes). */
    public List<Finding> findingsOf(String name) {
        return findingsByDigest.getOrDefault(name, List.of());
    }

    /** Findings grouped by digest, in path order. */
    public Map<String, List<Finding>> findingsByDigest() {
        return Collections.unmodifiableMap(findingsByDigest);
    }

    public SortedMap<String, List<Paper>> byCategory() {
        return byCategory;
    }

    public SortedMap<String, List<Paper>> byMonth() {
        return byMonth;
    }

    public SortedMap<String, List<Paper>> byLetter() {
        return byLetter;
    }

    public SortedMap<String, List<DigestSummary>> byChannel() {
        return byChannel;
    }

    /** Digests grouped by date, newest first; undated digests last under the empty key. */
    public Map<String, List<DigestSummary>> byDate() {
        Map<String, List<DigestSummary>> groups = new LinkedHashMap<>();
        List<DigestSummary> newestFirst = new ArrayList<>(digests);
        Collections.reverse(newestFirst);
        newestFirst.sort(Comparator.comparing((DigestSummary d) -> d.date().isEmpty())
                .thenComparing(Comparator.comparing((DigestSummary d) -> d.dateText()).reversed())
                .thenComparing(DigestSummary::name));
        for (DigestSummary digest : newestFirst) {
            groups.computeIfAbsent(digest.dateText(), d -> new ArrayList<>()).add(digest);
        }
        return groups;
    }

    /** The {@code limit} newest papers, newest first. */
    public List<Paper> newest(int limit) {
        return papers.stream().sorted(NEWEST_FIRST).limit(limit).toList();
    }

    public int entries() {
        return entries;
    }

    public long count(Severity severity) {
        return check.count(severity);
    }
}
