package io.github.digestplugin.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What {@code reading.yaml} records of one paper: its status, rating, tags and notes, each where
 * the file has it.
 *
 * @param id the paper's arXiv id, without version
 * @param rating 1 to 5, when given
 * @param tags in the file's order, each stripped and given once
 * @param notes Markdown, empty when none
 */
public record ReadingEntry(String id, Optional<ReadingStatus> status, OptionalInt rating, List<String> tags,
        String notes, Positions positions) {

    public ReadingEntry {
        tags = List.copyOf(tags);
    }

    /** Where the key and each value stand in the file; a value not given has its key's position. */
    public record Positions(SourcePosition key, SourcePosition status, SourcePosition rating, SourcePosition tags,
            SourcePosition notes) {

        public static Positions at(SourcePosition key) {
            return new Positions(key, key, key, key, key);
        }
    }

    /** The entry's values without their positions: what a page made from it depends on. */
    public String contentKey() {
        return id + '\u0000' + status.map(ReadingStatus::label).orElse("") + '\u0000'
                + (rating.isPresent() ? Integer.toString(rating.getAsInt()) : "") + '\u0000'
                + String.join("\u0001", tags) + '\u0000' + notes;
    }

    /** The status's word, or the empty string. */
    public String statusLabel() {
        return status.map(ReadingStatus::label).orElse("");
    }
}
