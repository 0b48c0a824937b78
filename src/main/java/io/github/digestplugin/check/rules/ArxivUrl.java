package io.github.digestplugin.check.rules;

import io.github.digestplugin.model.ArxivId;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Entry;
import io.github.digestplugin.model.Field;

/**
 * How a url stands to the canonical arXiv abstract page {@code https://arxiv.org/abs/ID}, read
 * without regular expressions since every entry's url passes through here.
 *
 * @param kind what the url is
 * @param canonical the canonical form, for an arXiv abstract page
 */
record ArxivUrl(Kind kind, String canonical) {

    enum Kind {
        /** Not an http or https url at all. */
        NOT_HTTP,
        /** http(s), but not an arXiv abstract page. */
        NOT_ARXIV_ABSTRACT,
        /** An abstract page on another arXiv host or over http: it works, but is not canonical. */
        NON_CANONICAL,
        CANONICAL
    }

    private static final String HTTPS = "https://";
    private static final String HTTP = "http://";
    private static final String ABSTRACT_PATH = "/abs/";
    private static final String CANONICAL_HOST = "arxiv.org";
    private static final String CANONICAL_PREFIX = HTTPS + CANONICAL_HOST + ABSTRACT_PATH;
    private static final ArxivUrl NOT_HTTP = new ArxivUrl(Kind.NOT_HTTP, "");
    private static final ArxivUrl NOT_ARXIV_ABSTRACT = new ArxivUrl(Kind.NOT_ARXIV_ABSTRACT, "");

    /** What {@link #forEachUrl} hands over: an entry, its url field, and how the url stands. */
    interface UrlVisitor {
        void visit(Entry entry, Field url, ArxivUrl arxivUrl);
    }

    /** Every entry's url that is not empty, read: what the url rules look at. */
    static void forEachUrl(Digest digest, UrlVisitor visitor) {
        for (Entry entry : digest.entries()) {
            Field url = entry.url();
            if (!url.isEmpty()) {
                visitor.visit(entry, url, of(url.text()));
            }
        }
    }

    /**
     * Reads a url in place, by index: every entry's url passes through here once per url rule, and
     * taking it apart into substrings cost a check of the cs.CL corpus some 18 MB of garbage.
     */
    static ArxivUrl of(String url) {
        int start = 0;
        int end = url.length();
        while (start < end && Character.isWhitespace(url.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(url.charAt(end - 1))) {
            end--;
        }
        boolean https = url.regionMatches(true, start, HTTPS, 0, HTTPS.length());
        if (!https && !url.regionMatches(true, start, HTTP, 0, HTTP.length())) {
            return NOT_HTTP;
        }
        int hostStart = start + (https ? HTTPS.length() : HTTP.length());
        int slash = url.indexOf('/', hostStart);
        if (slash < 0 || slash >= end) {
            return NOT_ARXIV_ABSTRACT;
        }
        boolean arxivHost = isHost(url, hostStart, slash, CANONICAL_HOST) || isHost(url, hostStart, slash, "rss.arxiv.org")
                || isHost(url, hostStart, slash, "export.arxiv.org") || isHost(url, hostStart, slash, "www.arxiv.org");
        // One trailing slash is allowed after the id.
        int pathEnd = url.charAt(end - 1) == '/' ? end - 1 : end;
        int idStart = slash + ABSTRACT_PATH.length();
        if (!arxivHost || idStart > pathEnd || !url.startsWith(ABSTRACT_PATH, slash)
                || ArxivId.end(url, idStart) != pathEnd) {
            return NOT_ARXIV_ABSTRACT;
        }
        boolean canonical = idStart - start == CANONICAL_PREFIX.length() && pathEnd == end
                && url.startsWith(CANONICAL_PREFIX, start);
        return canonical
                ? new ArxivUrl(Kind.CANONICAL, url.substring(start, end))
                : new ArxivUrl(Kind.NON_CANONICAL, CANONICAL_PREFIX + url.substring(idStart, pathEnd));
    }

    /** Whether {@code url} from {@code from} to {@code to} is {@code host}, in any ASCII case. */
    private static boolean isHost(String url, int from, int to, String host) {
        if (to - from != host.length()) {
            return false;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = url.charAt(from + i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != host.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
