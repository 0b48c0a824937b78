package io.github.digestplugin.parse;

import io.github.digestplugin.model.SourcePosition;
import java.util.List;

/**
 * Something wrong in {@code reading.yaml}, where it is and what the check's message says of it. The
 * parser finds all but {@link Kind#UNKNOWN_PAPER}, which needs the digests; the check's rules
 * turn each into a finding.
 *
 * @param details the message's arguments, as many as the kind takes
 */
public record ReadingProblem(Kind kind, SourcePosition position, List<String> details) {

    public ReadingProblem {
        details = List.copyOf(details);
    }

    public ReadingProblem(Kind kind, SourcePosition position, String... details) {
        this(kind, position, List.of(details));
    }

    public enum Kind {
        /** Not YAML: the parser's own words. */
        SYNTAX,
        /** Larger than the parser reads: the limit in bytes. */
        TOO_LARGE,
        /** Collections nested deeper than any reading file needs: the limit. */
        TOO_DEEP,
        /** An alias ({@code *name}): never expanded, so no file can blow up in memory. */
        ALIAS,
        /** A second document after the first. */
        MORE_DOCUMENTS,
        /** Not UTF-8, or not readable at all: the reason. */
        UNREADABLE,
        /** The document is not a mapping of papers. */
        NOT_A_MAPPING,
        /** A key that is not an arXiv id: the key as written. */
        KEY_NOT_ID,
        /** A paper named twice: its id and the line of its first key. */
        KEY_DUPLICATE,
        /** A paper's value is not a mapping of its fields. */
        ENTRY_NOT_A_MAPPING,
        /** A field that is not one of status, rating, tags, notes: its name. */
        UNKNOWN_FIELD,
        /** A field given twice in one paper: its name. */
        REPEATED_FIELD,
        /** A field whose value is of the wrong kind (a list for a text): the field. */
        WRONG_TYPE,
        /** A status other than to-read, reading, read, skipped: the value. */
        UNKNOWN_STATUS,
        /** A rating that is not a whole number from 1 to 5: the value. */
        RATING_RANGE,
        /** A paper no digest lists: its id. */
        UNKNOWN_PAPER
    }
}
