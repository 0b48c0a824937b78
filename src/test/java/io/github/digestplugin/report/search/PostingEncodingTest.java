package io.github.digestplugin.report.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PostingEncodingTest {

    @Test
    void sparseListsAreGapsOfOneCharacterWhenSmall() {
        int[] docs = {0, 3, 35, 36, 5000};
        String encoded = PostingEncoding.encode(docs, docs.length);
        // 0 -> "A"; gap 3 -> 2 -> "C"; gap 32 -> 31 -> "f"; gap 1 -> 0 -> "A"; gap 4964 -> 4963 = 4*1024 + 27*32 + 3 -> "k7D"
        assertThat(encoded).isEqualTo("ACfA" + "k7D");
        assertThat(PostingEncoding.decode(encoded)).containsExactly(docs);
    }

    @Test
    void denseListsBecomeBitmaps() {
        int[] docs = IntStream.range(0, 1000).filter(i -> i % 3 != 0).toArray();
        String encoded = PostingEncoding.encode(docs, docs.length);
        assertThat(encoded).startsWith("~").hasSize(1 + 999 / 6 + 1);
        assertThat(PostingEncoding.decode(encoded)).containsExactly(docs);
    }

    @Test
    void largeNumbersRoundTrip() {
        int[] docs = {31, 32, 1023, 1024, 32767, 32768, 1_048_575, 1_048_576, 40_000_000};
        assertThat(PostingEncoding.decode(PostingEncoding.encode(docs, docs.length))).containsExactly(docs);
        assertThat(PostingEncoding.encode(new int[0], 0)).isEmpty();
    }
}
