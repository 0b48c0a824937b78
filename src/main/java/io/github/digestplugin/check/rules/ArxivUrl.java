package io.github.digestplugin.check.rules;

import io.github.digestplugin.model.ArxivId;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Entry;
import io.github.digestplugin.model.Field;
import java.util.Locale;

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

    /** How a finding names an entry's url: {@code Url `…` of [^N]}. */
    static String named(Entry entry) {
        return "Url " + RuleText.quote(entry.url().text()) + " of [^" + entry.number() + "]";
    }

    static ArxivUrl of(String url) {
        String text = url.strip();
        boolean https = RuleText.startsWithIgnoreCase(text, HTTPS);
        if (!https && !RuleText.startsWithIgnoreCase(text, HTTP)) {
            return new ArxivUrl(Kind.NOT_HTTP, "");
        }
        String rest = text.substring(https ? HTTPS.length() : HTTP.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return new ArxivUrl(Kind.NOT_ARXIV_ABSTRACT, "");
        }
        String host = rest.substring(0, slash).toLowerCase(Locale.ROOT);
        String path = rest.substring(slash);
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        boolean arxivHost = host.equals(CANONICAL_HOST) || host.equals("rss.arxiv.org")
                || host.equals("export.arxiv.org") || host.equals("www.arxiv.org");
        if (!arxivHost || !path.startsWith(ABSTRACT_PATH)) {
            return new ArxivUrl(Kind.NOT_ARXIV_ABSTRACT, "");
        }
        String id = path.substring(ABSTRACT_PATH.length());
        if (!isArxivId(id)) {
            return new ArxivUrl(Kind.NOT_ARXIV_ABSTRACT, "");
        }
        String canonical = HTTPS + CANONICAL_HOST + ABSTRACT_PATH + id;
        return new ArxivUrl(text.equals(canonical) ? Kind.CANONICAL : Kind.NON_CANONICAL, canonical);
    }

    /**
     * Whether text is an arXiv id with optional version. New-style ids ({@code 2403.19243v2}), which
     * nearly every url holds, are checked by hand; old-style ones go to {@link ArxivId#parse}.
     */
    static boolean isArxivId(String text) {
        if (text.indexOf('/') >= 0) {
            return ArxivId.parse(text).isPresent();
        }
        int dot = text.indexOf('.');
        if (dot != 4 || !digits(text, 0, 4)) {
            return false;
        }
        int version = text.indexOf('v', dot);
        int end = version < 0 ? text.length() : version;
        int numberLength = end - dot - 1;
        if (numberLength < 4 || numberLength > 5 || !digits(text, dot + 1, end)) {
            return false;
        }
        int versionLength = version < 0 ? 0 : text.length() - version - 1;
        return version < 0 || versionLength >= 1 && versionLength <= 3 && digits(text, version + 1, text.length());
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
