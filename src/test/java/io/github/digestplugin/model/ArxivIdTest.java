package io.github.digestplugin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ArxivIdTest {

    /** The documented grammar, the reference the hand-written reading is held to. */
    private static final String ID_TEXT = "\\d{4}\\.\\d{4,5}|[a-z][a-z-]*(?:\\.[A-Z]{2})?/\\d{7}";
    private static final Pattern ID_WITH_VERSION = Pattern.compile("(" + ID_TEXT + ")(?:v(\\d{1,3}))?");

    @Test
    void readsIdsByHandExactlyAsTheDocumentedPatternDoes() {
        for (String sample : samples()) {
            assertThat(ArxivId.isId(sample)).as(sample).isEqualTo(sample.matches(ID_TEXT));
        }
    }

    /** At every position of every sample, {@code end} is where the pattern's lookingAt ends. */
    @Test
    void findsTheEndOfAnIdWhereThePatternWould() {
        for (String sample : samples()) {
            String text = "arXiv:" + sample + " [cs.CL]";
            Matcher matcher = ID_WITH_VERSION.matcher(text);
            for (int from = 0; from <= text.length(); from++) {
                boolean found = matcher.region(from, text.length()).lookingAt();
                int end = ArxivId.end(text, from);
                assertThat(end).as(text + " from " + from).isEqualTo(found ? matcher.end() : -1);
                if (found) {
                    int version = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
                    assertThat(ArxivId.of(text, from, end)).isEqualTo(new ArxivId(matcher.group(1), version));
                }
            }
            assertThat(ArxivId.parse(sample)).as(sample).isEqualTo(ID_WITH_VERSION.matcher(sample).matches()
                    ? Optional.of(ArxivId.of(sample, 0, sample.length()))
                    : Optional.empty());
        }
    }

    private static final String[] SHAPES = {"2403.19243", "math.GT/0309136", "2403.19243v12", "hep-th/9901001v3"};

    private static List<String> samples() {
        List<String> samples = new ArrayList<>(List.of(
                "2403.19243", "2403.1924", "2403.192431", "240.19243", "2403-19243", "2403.19243v2", "24031.9243",
                "hep-th/9901001", "math.GT/0309136", "cs/0112017", "a/1234567", "-a/1234567", "Hep-th/9901001",
                "hep-th/990100", "hep-th/99010011", "math.gt/0309136", "math.G/0309136", "ab.CD.EF/1234567",
                "/1234567", ".CD/1234567", "a.CD/1234567", "math.GT0309136", "2403.1924x", "２４０３.19243", "",
                "2403.19243v", "2403.19243v1234", "2403.19243v12x", "hep-th/9901001v3", "solv-int/9901001v12"));
        Random random = new Random(42);
        String alphabet = "0123456789.-/aAzZvx";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 5 + random.nextInt(12);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            samples.add(text.toString());
            // Mostly well-formed shapes with one character changed, where the two could part ways.
            String shaped = SHAPES[random.nextInt(SHAPES.length)];
            int at = random.nextInt(shaped.length());
            samples.add(shaped.substring(0, at) + alphabet.charAt(random.nextInt(alphabet.length()))
                    + shaped.substring(at + 1));
        }
        return samples;
    }

    @Test
    void refusesWhatIsNotAnId() {
        assertThatThrownBy(() -> new ArxivId("2403.192", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ArxivId("math.GT/0309136", 2).withVersion()).isEqualTo("math.GT/0309136v2");
    }
}
