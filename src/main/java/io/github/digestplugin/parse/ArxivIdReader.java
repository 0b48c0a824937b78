package io.github.digestplugin.parse;

import io.github.digestplugin.model.AbstractPrefix;
import io.github.digestplugin.model.ArxivId;
import io.github.digestplugin.model.Field;
import io.github.digestplugin.model.TitleSuffix;
import java.util.Optional;

/**
 * Reads the three places an entry names its arXiv id: the url, the title suffix and the abstract
 * prefix. By hand rather than by regular expression, since every entry passes through here and a
 * short-lived JVM paid more for the matching than for the rest of the entry. Each method reads
 * exactly what the regular expression in its comment matches ({@code ID} being the id with
 * optional version that {@link ArxivId#end} reads); {@code \s} is {@code [ \t\n\x0B\f\r]}.
 */
final class ArxivIdReader {

    private static final String TITLE_SUFFIX_START = "(arXiv:";
    private static final String UPDATED = " UPDATED";
    private static final String CROSS_LISTED = " CROSS LISTED";
    private static final String ABSTRACT_PREFIX_START = "arXiv:";
    private static final String ANNOUNCE_TYPE = "Announce Type:";
    private static final String ABSTRACT = "Abstract:";
    private static final String ARXIV_HOST = "arxiv.org";
    private static final String PDF = ".pdf";

    private ArxivIdReader() {}

    /**
     * The suffix {@code \(arXiv:ID \[([^\]\s]+)\]( UPDATED| CROSS LISTED)?\)\s*$} that starts at
     * {@code open} in a definition's title. Besides {@code UPDATED}, the 2023 digests also flag
     * {@code CROSS LISTED}.
     */
    static Optional<TitleSuffix> titleSuffix(Field title, int open) {
        String text = title.text();
        if (!text.startsWith(TITLE_SUFFIX_START, open)) {
            return Optional.empty();
        }
        int idStart = open + TITLE_SUFFIX_START.length();
        int idEnd = ArxivId.end(text, idStart);
        if (idEnd < 0 || !text.startsWith(" [", idEnd)) {
            return Optional.empty();
        }
        int categoryStart = idEnd + 2;
        int categoryEnd = categoryStart;
        while (categoryEnd < text.length() && text.charAt(categoryEnd) != ']' && !isSpace(text.charAt(categoryEnd))) {
            categoryEnd++;
        }
        if (categoryEnd == categoryStart || categoryEnd == text.length() || text.charAt(categoryEnd) != ']') {
            return Optional.empty();
        }
        int flagEnd = categoryEnd + 1;
        boolean updated = text.startsWith(UPDATED + ")", flagEnd);
        if (updated) {
            flagEnd += UPDATED.length();
        } else if (text.startsWith(CROSS_LISTED + ")", flagEnd)) {
            flagEnd += CROSS_LISTED.length();
        }
        if (!text.startsWith(")", flagEnd) || !endsAfterSpace(text, flagEnd + 1)) {
            return Optional.empty();
        }
        return Optional.of(new TitleSuffix(ArxivId.of(text, idStart, idEnd),
                text.substring(categoryStart, categoryEnd), updated, title.at(open)));
    }

    /**
     * The prefix {@code arXiv:ID\s+Announce Type:\s*([a-z-]+)\s+Abstract:\s*} at the start of an
     * English abstract.
     */
    static Optional<AbstractPrefix> abstractPrefix(Field abstractEn) {
        String text = abstractEn.text();
        if (!text.startsWith(ABSTRACT_PREFIX_START)) {
            return Optional.empty();
        }
        int idStart = ABSTRACT_PREFIX_START.length();
        int idEnd = ArxivId.end(text, idStart);
        if (idEnd < 0) {
            return Optional.empty();
        }
        int announce = skipSpace(text, idEnd);
        if (announce == idEnd || !text.startsWith(ANNOUNCE_TYPE, announce)) {
            return Optional.empty();
        }
        int typeStart = skipSpace(text, announce + ANNOUNCE_TYPE.length());
        int typeEnd = typeStart;
        while (typeEnd < text.length() && (isLower(text.charAt(typeEnd)) || text.charAt(typeEnd) == '-')) {
            typeEnd++;
        }
        int abstractStart = skipSpace(text, typeEnd);
        if (typeEnd == typeStart || abstractStart == typeEnd || !text.startsWith(ABSTRACT, abstractStart)) {
            return Optional.empty();
        }
        int length = skipSpace(text, abstractStart + ABSTRACT.length());
        return Optional.of(new AbstractPrefix(ArxivId.of(text, idStart, idEnd),
                text.substring(typeStart, typeEnd), length, abstractEn.position()));
    }

    /**
     * The id of an arXiv abstract or pdf url, all of
     * {@code https?://(?:[a-z]+\.)?arxiv\.org/(?:abs|pdf)/ID(?:\.pdf)?/?}.
     */
    static Optional<ArxivId> ofUrl(String url) {
        int hostStart = url.startsWith("https://") ? 8 : url.startsWith("http://") ? 7 : -1;
        int slash = hostStart < 0 ? -1 : url.indexOf('/', hostStart);
        if (slash < 0 || !isArxivHost(url, hostStart, slash)
                || !url.startsWith("abs/", slash + 1) && !url.startsWith("pdf/", slash + 1)) {
            return Optional.empty();
        }
        int idStart = slash + 5;
        int idEnd = ArxivId.end(url, idStart);
        if (idEnd < 0) {
            return Optional.empty();
        }
        int end = url.startsWith(PDF, idEnd) ? idEnd + PDF.length() : idEnd;
        if (end < url.length() && url.charAt(end) == '/') {
            end++;
        }
        return end == url.length() ? Optional.of(ArxivId.of(url, idStart, idEnd)) : Optional.empty();
    }

    /** {@code arxiv.org}, or one lower-case label and {@code arxiv.org}, such as {@code rss.arxiv.org}. */
    private static boolean isArxivHost(String url, int from, int to) {
        int labelEnd = to - ARXIV_HOST.length();
        if (labelEnd < from || !url.startsWith(ARXIV_HOST, labelEnd)) {
            return false;
        }
        if (labelEnd == from) {
            return true;
        }
        if (labelEnd - 1 == from || url.charAt(labelEnd - 1) != '.') {
            return false;
        }
        for (int i = from; i < labelEnd - 1; i++) {
            if (!isLower(url.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether only {@code \s} characters follow {@code from}, but for one final line terminator
     * that {@code $} also accepts ({@code \u0085}, {@code \u2028} or {@code \u2029}).
     */
    private static boolean endsAfterSpace(String text, int from) {
        int end = skipSpace(text, from);
        if (end == text.length()) {
            return true;
        }
        char last = text.charAt(end);
        return end == text.length() - 1 && (last == '\u0085' || last == '\u2028' || last == '\u2029');
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code \s} of a regular expression: ASCII white space only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }
}
