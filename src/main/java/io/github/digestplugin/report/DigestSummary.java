package io.github.digestplugin.report;

import java.util.List;
import java.util.Optional;
import java.time.LocalDate;

/**
 * A digest's page: the digest and its table in order, without the long texts (those live once per
 * paper in {@link Paper}).
 *
 * @param ref the digest as lists name it
 * @param entries its entries in table order
 */
public record DigestSummary(DigestRef ref, List<EntrySummary> entries) {

    public DigestSummary {
        entries = List.copyOf(entries);
    }

    public String name() {
        return ref.name();
    }

    public String href() {
        return ref.href();
    }

    /** The digest as people name it: see {@link DigestRef#title()}. */
    public String title() {
        return ref.title();
    }

    public String channel() {
        return ref.channel();
    }

    public Optional<LocalDate> date() {
        return ref.date();
    }

    public String dateText() {
        return ref.dateText();
    }

    public long malformedCount() {
        return ref.malformedCount();
    }
}
