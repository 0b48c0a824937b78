package io.github.digestplugin.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * A digest as lists and paper pages name it: its page, channel, date and counts, without its table.
 *
 * @param name the path relative to the digest directory, with forward slashes
 * @param href its page, relative to the report root ({@code digests/2024-02-05T0907_2a99baa7.html})
 * @param channel the arXiv channel the digest belongs to
 * @param date the date its file name starts with
 * @param entryCount how many entries its table and definitions hold
 * @param malformedCount how many of them could not be read whole
 */
public record DigestRef(String name, String href, String channel, Optional<LocalDate> date, int entryCount,
        int malformedCount) {

    /** Dated digests by date, then undated ones; by path within a day. */
    public static final Comparator<DigestRef> ORDER = Comparator
            .comparing((DigestRef d) -> d.date().orElse(LocalDate.MAX))
            .thenComparing(DigestRef::name);

    /** The date as ISO text, or empty for an undated digest. */
    public String dateText() {
        return date.map(LocalDate::toString).orElse("");
    }
}
