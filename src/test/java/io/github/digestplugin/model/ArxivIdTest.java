package io.github.digestplugin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArxivIdTest {

    @Test
    void readsIdsByHandExactlyAsTheDocumentedPatternDoes() {
        List<String> samples = new ArrayList<>(List.of(
                "2403.19243", "2403.1924", "2403.192431", "240.19243", "2403-19243", "2403.19243v2", "24031.9243",
                "hep-th/9901001", "math.GT/0309136", "cs/0112017", "a/1234567", "-a/1234567", "Hep-th/9901001",
                "hep-th/990100", "hep-th/99010011", "math.gt/0309136", "math.G/0309136", "ab.CD.EF/1234567",
                "/1234567", ".CD/1234567", "a.CD/1234567", "math.GT0309136", "2403.1924x", "２４０３.19243", ""));
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
            String shaped = random.nextBoolean() ? "2403.19243" : "math.GT/0309136";
            int at = random.nextInt(shaped.length());
            samples.add(shaped.substring(0, at) + alphabet.charAt(random.nextInt(alphabet.length()))
                    + shaped.substring(at + 1));
        }
        for (String sample : samples) {
            assertThat(ArxivId.isId(sample)).as(sample).isEqualTo(sample.matches(ArxivId.ID_TEXT));
        }
    }

    @Test
    void refusesWhatIsNotAnId() {
        assertThatThrownBy(() -> new ArxivId("2403.192", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ArxivId("math.GT/0309136", 2).withVersion()).isEqualTo("math.GT/0309136v2");
    }
}
