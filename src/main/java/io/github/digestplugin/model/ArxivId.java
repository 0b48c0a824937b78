package io.github.digestplugin.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An arXiv identifier: new style {@code 2403.19243} (4+4 or 4+5 digits) or old style
 * {@code hep-th/9901001}, with an optional version. Two ids name the same paper when their
 * {@link #id()} is equal, whatever the versions.
 *
 * @param id the identifier without version
 * @param version the version number, or 0 where the text names none
 */
public record ArxivId(String id, int version) {

    /** The id without version; group 1 of {@link #PATTERN_TEXT}, the version is group 2. */
    static final String ID_TEXT = "\\d{4}\\.\\d{4,5}|[a-z][a-z-]*(?:\\.[A-Z]{2})?/\\d{7}";
    public static final String PATTERN_TEXT = "(" + ID_TEXT + ")(?:v(\\d{1,3}))?";
    private static final Pattern EXACT = Pattern.compile(PATTERN_TEXT);

    public ArxivId {
        if (!isId(id)) {
            throw new IllegalArgumentException("not an arXiv id: " + id);
        }
        if (version < 0) {
            throw new IllegalArgumentException("negative version: " + version);
        }
    }

    /**
     * Whether text is an id without version, as {@link #ID_TEXT} describes it; read by hand, since
     * every entry makes several ids.
     */
    static boolean isId(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return text.length() >= 9 && text.length() <= 10 && text.charAt(4) == '.' && digits(text, 0, 4)
                    && digits(text, 5, text.length());
        }
        if (text.length() - slash - 1 != 7 || !digits(text, slash + 1, text.length())) {
            return false;
        }
        // The archive: [a-z][a-z-]*, then optionally a subject class such as .CL (two capitals).
        int archiveEnd = slash;
        if (slash >= 3 && text.charAt(slash - 3) == '.') {
            if (!isUpper(text.charAt(slash - 2)) || !isUpper(text.charAt(slash - 1))) {
                return false;
            }
            archiveEnd = slash - 3;
        }
        if (archiveEnd < 1 || text.charAt(0) < 'a' || text.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < archiveEnd; i++) {
            char c = text.charAt(i);
            if ((c < 'a' || c > 'z') && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** Parses text that is exactly an id with optional version, such as {@code 2403.19243v2}. */
    public static Optional<ArxivId> parse(String text) {
        Matcher m = EXACT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(fromMatch(m.group(1), m.group(2)));
    }

    public static ArxivId fromMatch(String id, String version) {
        return new ArxivId(id, version == null ? 0 : Integer.parseInt(version));
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
