package io.github.digestplugin.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    /** The check values of both CRCs ("123456789"), CRC-32C first. */
    @Test
    void isCrc32cThenCrc32InHex() {
        assertThat(ContentHash.of("123456789".getBytes(StandardCharsets.US_ASCII))).isEqualTo("e3069283cbf43926");
        assertThat(ContentHash.of(new byte[0])).isEqualTo("0000000000000000").hasSize(ContentHash.LENGTH);
    }

    @Test
    void aStreamHashesWhatPassesThroughItAsTheWholeContentDoes() throws IOException {
        byte[] content = new byte[100_000];
        new Random(11).nextBytes(content);
        ContentHash hash = new ContentHash();
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        try (OutputStream out = ContentHash.hashing(copy, hash)) {
            out.write(content, 0, 10);
            out.write(content[10]);
            out.write(content, 11, content.length - 11);
        }
        assertThat(copy.toByteArray()).isEqualTo(content);
        assertThat(hash.value()).isEqualTo(ContentHash.of(content));
    }

    /** Every one-bit change of a page is told, and no two of them share a hash. */
    @Test
    void everyOneBitChangeGivesAnotherHash() {
        byte[] page = "<p>2403.10100 LongRoPE</p>\n".repeat(40).getBytes(StandardCharsets.UTF_8);
        Set<String> hashes = new HashSet<>(Set.of(ContentHash.of(page)));
        for (int bit = 0; bit < page.length * 8; bit++) {
            page[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThat(hashes.add(ContentHash.of(page))).as("bit %d", bit).isTrue();
            page[bit / 8] ^= (byte) (1 << (bit % 8));
        }
    }
}
