package io.github.digestplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.model.ArxivId;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArxivUrlTest {

    @Test
    void tellsCanonicalNonCanonicalAndOtherUrlsApart() {
        assertThat(ArxivUrl.of("https://arxiv.org/abs/2403.19243"))
                .isEqualTo(new ArxivUrl(ArxivUrl.Kind.CANONICAL, "https://arxiv.org/abs/2403.19243"));
        assertThat(ArxivUrl.of(" http://RSS.arxiv.org/abs/2403.19243v2/ "))
                .isEqualTo(new ArxivUrl(ArxivUrl.Kind.NON_CANONICAL, "https://arxiv.org/abs/2403.19243v2"));
        assertThat(ArxivUrl.of("https://export.arxiv.org/abs/hep-th/9901001v3"))
                .isEqualTo(new ArxivUrl(ArxivUrl.Kind.NON_CANONICAL, "https://arxiv.org/abs/hep-th/9901001v3"));
        assertThat(ArxivUrl.of("https://arxiv.org/pdf/2403.19243").kind()).isEqualTo(ArxivUrl.Kind.NOT_ARXIV_ABSTRACT);
        assertThat(ArxivUrl.of("https://arxiv.org/abs/2403.192").kind()).isEqualTo(ArxivUrl.Kind.NOT_ARXIV_ABSTRACT);
        assertThat(ArxivUrl.of("javascript:alert(1)").kind()).isEqualTo(ArxivUrl.Kind.NOT_HTTP);
    }

    /** Read in place, a url stands exactly as when it is taken apart into substrings. */
    @Test
    void readsGeneratedUrlsAsTheSubstringReadingDoes() {
        String[] spaces = {"", " ", "\t", "\u3000"};
        String[] schemes = {"https://", "http://", "HTTPS://", "HtTp://", "ftp://", "httpſ://", ""};
        String[] hosts = {"arxiv.org", "ARXIV.ORG", "rss.arxiv.org", "export.arxiv.org", "www.arxiv.org",
            "arxiv.org.example.com", "arx\u0130v.org", "example.com", ""};
        String[] paths = {"/abs/", "/pdf/", "/ABS/", "/abs", "//abs/", "", "/"};
        String[] ids = {"2403.19243", "2403.19243v2", "2403.1924", "2403.192431", "24031.9243", "hep-th/9901001",
            "hep-th/9901001v3", "2403.19243v1234", "2403.19243v", "", "2403.19243/x", "24a3.19243", "2403.19243v12"};
        String[] ends = {"", "/", "//", ".pdf", "?x=1", "#frag"};
        Random random = new Random(20261127);
        for (int i = 0; i < 40_000; i++) {
            String url = pick(random, spaces) + pick(random, schemes) + pick(random, hosts) + pick(random, paths)
                    + pick(random, ids) + pick(random, ends) + pick(random, spaces);
            assertThat(ArxivUrl.of(url)).as(url).isEqualTo(bySubstrings(url));
        }
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** The plain reading: strip, cut off the scheme, split host and path at the first slash. */
    private static ArxivUrl bySubstrings(String url) {
        String text = url.strip();
        boolean https = text.regionMatches(true, 0, "https://", 0, 8);
        if (!https && !text.regionMatches(true, 0, "http://", 0, 7)) {
            return new ArxivUrl(ArxivUrl.Kind.NOT_HTTP, "");
        }
        String rest = text.substring(https ? 8 : 7);
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return new ArxivUrl(ArxivUrl.Kind.NOT_ARXIV_ABSTRACT, "");
        }
        String host = rest.substring(0, slash).toLowerCase(Locale.ROOT);
        String path = rest.substring(slash);
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        boolean arxivHost = host.equals("arxiv.org") || host.equals("rss.arxiv.org")
                || host.equals("export.arxiv.org") || host.equals("www.arxiv.org");
        if (!arxivHost || !path.startsWith("/abs/")) {
            return new ArxivUrl(ArxivUrl.Kind.NOT_ARXIV_ABSTRACT, "");
        }
        String id = path.substring(5);
        boolean isId = id.matches("\\d{4}\\.\\d{4,5}(v\\d{1,3})?")
                || id.contains("/") && ArxivId.parse(id).isPresent();
        if (!isId) {
            return new ArxivUrl(ArxivUrl.Kind.NOT_ARXIV_ABSTRACT, "");
        }
        String canonical = "https://arxiv.org/abs/" + id;
        return new ArxivUrl(text.equals(canonical) ? ArxivUrl.Kind.CANONICAL : ArxivUrl.Kind.NON_CANONICAL, canonical);
    }
}
