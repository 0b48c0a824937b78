package io.github.digestplugin.model;

import java.util.Optional;

/**
 * An arXiv identifier: new style {@code 2403.19243} (4+4 or 4+5 digits) or old style
 * {@code hep-th/9901001}, with an optional version. Two ids name the same paper when their
 * {@link #id()} is equal, whatever the versions.
 *
 * <p>As a regular expression the id is {@code \d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[A-Z]{2})?/\d{7}}
 * and the version {@code v\d{1,3}}; {@link #end} reads that grammar by hand.
 *
 * @param id the identifier without version
 * @param version the version number, or 0 where the text names none
 */
public record ArxivId(String id, int version) {

    public ArxivId {
        if (!isId(id)) {
            throw new IllegalArgumentException("not an arXiv id: " + id);
        }
        if (version < 0) {
            throw new IllegalArgumentException("negative version: " + version);
        }
    }

    /** Whether text is exactly an id without version. */
    static boolean isId(String text) {
        return idEnd(text, 0) == text.length();
    }

    /** Parses text that is exactly an id with optional version, such as {@code 2403.19243v2}. */
    public static Optional<ArxivId> parse(String text) {
        int end = end(text, 0);
        return end == text.length() ? Optional.of(of(text, 0, end)) : Optional.empty();
    }

    /**
     * Where the longest id with optional version that starts at {@code from} ends, or -1 where none
     * starts there (where a regular expression's {@code lookingAt} would end). Read by hand: every
     * entry's url, title and abstract name an id, and in a short-lived JVM matching them by regular
     * expression cost more than the rest of the entry.
     */
    public static int end(String text, int from) {
        int idEnd = idEnd(text, from);
        if (idEnd < 0 || idEnd == text.length() || text.charAt(idEnd) != 'v') {
            return idEnd;
        }
        int version = digitCount(text, idEnd + 1, 3);
        return version > 0 ? idEnd + 1 + version : idEnd;
    }

    /** The id with optional version from {@code from} to {@code end}, where {@link #end} found one. */
    public static ArxivId of(String text, int from, int end) {
        int idEnd = idEnd(text, from);
        int version = 0;
        for (int i = idEnd + 1; i < end; i++) {
            version = version * 10 + text.charAt(i) - '0';
        }
        return new ArxivId(text.substring(from, idEnd), version);
    }

    /** Where the longest id without version that starts at {@code from} ends, or -1. */
    private static int idEnd(String text, int from) {
        int length = text.length();
        if (from >= length) {
            return -1;
        }
        if (isDigit(text.charAt(from))) {
            if (digitCount(text, from, 4) != 4 || from + 4 >= length || text.charAt(from + 4) != '.') {
                return -1;
            }
            int number = digitCount(text, from + 5, 5);
            return number >= 4 ? from + 5 + number : -1;
        }
        if (!isLower(text.charAt(from))) {
            return -1;
        }
        int i = from + 1;
        while (i < length && (isLower(text.charAt(i)) || text.charAt(i) == '-')) {
            i++;
        }
        // An optional subject class such as .CL, which a slash must follow.
        if (i + 3 < length && text.charAt(i) == '.' && isUpper(text.charAt(i + 1)) && isUpper(text.charAt(i + 2))
                && text.charAt(i + 3) == '/') {
            i += 3;
        }
        if (i >= length || text.charAt(i) != '/') {
            return -1;
        }
        return digitCount(text, i + 1, 7) == 7 ? i + 8 : -1;
    }

    /** How many ASCII digits, at most {@code max}, stand in {@code text} from {@code from} on. */
    private static int digitCount(String text, int from, int max) {
        int count = 0;
        while (count < max && from + count < text.length() && isDigit(text.charAt(from + count))) {
            count++;
        }
        return count;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    public boolean hasVersion() {
        return version > 0;
    }

    /** The id as arXiv writes it, with {@code vN} where a version is known. */
    public String withVersion() {
        return hasVersion() ? id + "v" + version : id;
    }

    /** Year and month from a new-style id ({@code 2403.19243} is 2024-03), empty for old style. */
    public Optional<String> yearMonth() {
        if (id.indexOf('/') >= 0) {
            String digits = id.substring(id.indexOf('/') + 1);
            int yy = Integer.parseInt(digits.substring(0, 2));
            return Optional.of((yy > 90 ? "19" : "20") + digits.substring(0, 2) + "-" + digits.substring(2, 4));
        }
        return Optional.of("20" + id.substring(0, 2) + "-" + id.substring(2, 4));
    }

    @Override
    public String toString() {
        return withVersion();
    }
}
