package io.github.digestplugin.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.model.AbstractPrefix;
import io.github.digestplugin.model.ArxivId;
import io.github.digestplugin.model.Field;
import io.github.digestplugin.model.SourcePosition;
import io.github.digestplugin.model.TitleSuffix;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written readers against the regular expressions they replaced, on texts generated from
 * pieces of real suffixes, prefixes and urls with the near misses where the two could part ways.
 */
class ArxivIdReaderTest {

    private static final String ID = "(\\d{4}\\.\\d{4,5}|[a-z][a-z-]*(?:\\.[A-Z]{2})?/\\d{7})(?:v(\\d{1,3}))?";
    private static final Pattern TITLE_SUFFIX = Pattern.compile(
            "\\(arXiv:" + ID + " \\[([^\\]\\s]+)\\]( UPDATED| CROSS LISTED)?\\)\\s*$");
    private static final Pattern ABSTRACT_PREFIX = Pattern.compile(
            "^arXiv:" + ID + "\\s+Announce Type:\\s*([a-z-]+)\\s+Abstract:\\s*");
    private static final Pattern URL = Pattern.compile(
            "^https?://(?:[a-z]+\\.)?arxiv\\.org/(?:abs|pdf)/" + ID + "(?:\\.pdf)?/?$");
    private static final SourcePosition AT = new SourcePosition(3, 5);
    private static final int SAMPLES = 40_000;

    private static final String[] IDS = {"2403.19243", "2403.19243v2", "2403.1924", "2403.192431", "hep-th/9901001v3",
        "math.GT/0309136", "2403.19243v1234", "2403.19243v", "", "24a3.19243", "2403.19243v12"};
    private static final String[] SPACES = {"", " ", "  ", "\t", "\n", "\u000B", "\u00A0", "\u3000", "\r\n"};
    private static final String[] ENDINGS = {"", " ", "\u0085", "\u2028", " \u2029", "\u2028 ", "\n\u0085", "x", ")"};

    @Test
    void readsTitleSuffixesAsTheRegularExpressionDid() {
        String[] titles = {"A Title.", "A (arXiv:2401.00001v1 [cs.AI]) title", "", "Title [x]"};
        String[] categories = {"cs.CL", "cs.IR", "", "cs CL", "cs]CL", "quant-ph", "cs\u3000CL"};
        String[] flags = {"", " UPDATED", " CROSS LISTED", " UPDATEDX", "UPDATED", " updated", " CROSS"};
        Random random = new Random(11);
        for (int i = 0; i < SAMPLES; i++) {
            String text = pick(random, titles) + pick(random, SPACES) + pick(random, "(arXiv:", "(arXiv: ", "(arxiv:")
                    + pick(random, IDS) + pick(random, " [", "[", "  [") + pick(random, categories) + "]"
                    + pick(random, flags) + pick(random, ")", "", "))") + pick(random, SPACES) + pick(random, ENDINGS);
            int open = text.lastIndexOf("(arXiv:");
            Optional<TitleSuffix> expected = Optional.empty();
            Matcher m = open < 0 ? null : TITLE_SUFFIX.matcher(text).region(open, text.length());
            if (m != null && m.lookingAt()) {
                expected = Optional.of(new TitleSuffix(id(m), m.group(3), " UPDATED".equals(m.group(4)),
                        new SourcePosition(AT.line(), AT.column() + open)));
            }
            Optional<TitleSuffix> read = open < 0 ? Optional.empty() : ArxivIdReader.titleSuffix(new Field(text, AT), open);
            assertThat(read).as(text).isEqualTo(expected);
        }
    }

    @Test
    void readsAbstractPrefixesAsTheRegularExpressionDid() {
        String[] types = {"new", "cross", "replace-cross", "", "New", "re place", "replace-"};
        Random random = new Random(12);
        for (int i = 0; i < SAMPLES; i++) {
            String text = pick(random, "arXiv:", "arxiv:", " arXiv:", "arXiv: ") + pick(random, IDS)
                    + pick(random, SPACES) + pick(random, "Announce Type:", "Announce type:", "Announce Type")
                    + pick(random, SPACES) + pick(random, types) + pick(random, SPACES)
                    + pick(random, "Abstract:", "Abstract", "abstract:") + pick(random, SPACES)
                    + pick(random, "We study x.", "", " x", "\u3000x");
            Matcher m = ABSTRACT_PREFIX.matcher(text);
            Optional<AbstractPrefix> expected = m.lookingAt()
                    ? Optional.of(new AbstractPrefix(id(m), m.group(3), m.end(), AT))
                    : Optional.empty();
            assertThat(ArxivIdReader.abstractPrefix(new Field(text, AT))).as(text).isEqualTo(expected);
        }
    }

    @Test
    void readsUrlIdsAsTheRegularExpressionDid() {
        String[] schemes = {"https://", "http://", "HTTPS://", "ftp://", "", "https:/"};
        String[] hosts = {"arxiv.org", "rss.arxiv.org", "export.arxiv.org", "a.b.arxiv.org", ".arxiv.org",
            "RSS.arxiv.org", "arxiv.org.evil.com", "xarxiv.org", "r1.arxiv.org", "arxiv.orgx", ""};
        String[] paths = {"/abs/", "/pdf/", "/ABS/", "/abs", "//abs/", "/html/", "/"};
        String[] ends = {"", "/", "//", ".pdf", ".pdf/", ".PDF", "?x=1", " ", "\n"};
        Random random = new Random(13);
        for (int i = 0; i < SAMPLES; i++) {
            String url = pick(random, schemes) + pick(random, hosts) + pick(random, paths) + pick(random, IDS)
                    + pick(random, ends);
            Matcher m = URL.matcher(url);
            Optional<ArxivId> expected = m.matches() ? Optional.of(id(m)) : Optional.empty();
            assertThat(ArxivIdReader.ofUrl(url)).as(url).isEqualTo(expected);
        }
    }

    @Test
    void readsTheSuffixOfARealTitle() {
        Field title = new Field("Sparse Attention. (arXiv:2306.01234v2 [cs.CL] UPDATED)", AT);

        assertThat(ArxivIdReader.titleSuffix(title, 18)).contains(
                new TitleSuffix(new ArxivId("2306.01234", 2), "cs.CL", true, new SourcePosition(3, 23)));
    }

    private static ArxivId id(Matcher m) {
        return new ArxivId(m.group(1), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
