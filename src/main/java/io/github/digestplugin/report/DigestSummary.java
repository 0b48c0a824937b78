package io.github.digestplugin.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A digest as the report keeps it: where its page is and its table in order, without the long
 * texts (those live once per paper in {@link Paper}).
 *
 * @param path the file, relative to the digest directory
 * @param name the path as the pages show it, with forward slashes
 * @param href its page, relative to the report root ({@code digests/2024-02-05T0907_2a99baa7.html})
 * @param channel the arXiv channel the digest belongs to
 * @param date the date its file name starts with
 * @param entries its entries in table order
 */
public record DigestSummary(Path path, String name, String href, String channel, Optional<LocalDate> date,
        List<EntrySummary> entries) {

    /** Dated digests by date, then undated ones; by path within a day. */
    public static final Comparator<DigestSummary> ORDER = Comparator
            .comparing((DigestSummary d) -> d.date().orElse(LocalDate.MAX))
            .thenComparing(DigestSummary::name);

    public DigestSummary {
        entries = List.copyOf(entries);
    }

    DigestSummary(Path path, String href, String channel, Optional<LocalDate> date, List<EntrySummary> entries) {
        this(path, path.toString().replace('\\', '/'), href, channel, date, entries);
    }

    /** The date as ISO text, or empty for an undated digest. */
    public String dateText() {
        return date.map(LocalDate::toString).orElse("");
    }

    public long malformedCount() {
        return entries.stream().filter(EntrySummary::malformed).count();
    }
}
