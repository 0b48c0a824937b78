package io.github.digestplugin.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** A file name that starts with a date and, after a {@code T}, the hour and minute: {@code 2023-10-02T0308_x}. */
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T(\\d{2})(\\d{2})(?!\\d).*");

    /** The date as ISO text, or empty for an undated digest. */
    public String dateText() {
        return date.map(LocalDate::toString).orElse("");
    }

    /** The file's name without its folder and extension: {@code 000_reading-list}. */
    public String stem() {
        String file = name.substring(name.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    /** The hour and minute the file name gives after its date ({@code 03:08}), or empty. */
    public String timeText() {
        if (date.isEmpty()) {
            return "";
        }
        Matcher time = DATE_TIME.matcher(stem());
        return time.matches() ? time.group(1) + ":" + time.group(2) : "";
    }

    /**
     * The digest as people name it: {@code cs.CL · 2023-10-02 03:08} for a dated digest (the time
     * where its name has one), its file's name for an undated one such as a curated list.
     */
    public String title() {
        if (date.isEmpty()) {
            return stem();
        }
        String time = timeText();
        return day() + (time.isEmpty() ? "" : " " + time);
    }

    /** The channel and the day, {@code cs.CL · 2023-10-02}, or the file's name for an undated digest. */
    public String day() {
        if (date.isEmpty()) {
            return stem();
        }
        return channel.isEmpty() ? dateText() : channel + " · " + dateText();
    }
}
