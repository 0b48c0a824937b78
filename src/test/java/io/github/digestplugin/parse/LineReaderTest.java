package io.github.digestplugin.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The reader decodes each line as the JDK does, and flags exactly the lines that are not UTF-8. */
class LineReaderTest {

    /** Pieces lines are made of: ASCII, CJK, an emoji, and bytes no UTF-8 text holds. */
    private static final byte[][] PIECES = {
        "abc ".getBytes(StandardCharsets.UTF_8),
        "    ".getBytes(StandardCharsets.UTF_8),
        "摘要".getBytes(StandardCharsets.UTF_8),
        "\uD83D\uDE00".getBytes(StandardCharsets.UTF_8),
        "\t|".getBytes(StandardCharsets.UTF_8),
        {(byte) 0xC3},
        {(byte) 0xE6, (byte) 0x91},
        {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
        {(byte) 0xFF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0x80, 'x'},
        {'\r'},
        {0},
    };

    @Test
    void decodesEveryLineAsTheJdkDoesAndFlagsTheMalformedOnes() throws IOException {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            List<byte[]> lines = new ArrayList<>();
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            int count = 1 + random.nextInt(40);
            for (int i = 0; i < count; i++) {
                ByteArrayOutputStream line = new ByteArrayOutputStream();
                int pieces = random.nextInt(random.nextInt(10) == 0 ? 5_000 : 12);
                for (int p = 0; p < pieces; p++) {
                    line.writeBytes(PIECES[random.nextInt(PIECES.length)]);
                }
                lines.add(line.toByteArray());
                file.writeBytes(line.toByteArray());
                if (i < count - 1 || line.size() == 0 || random.nextBoolean()) {
                    file.write('\n');
                }
            }
            LineReader reader = new LineReader(new ByteArrayInputStream(file.toByteArray()));
            boolean nul = false;
            for (byte[] line : lines) {
                assertThat(reader.next()).isTrue();
                int length = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
                String expected = new String(line, 0, length, StandardCharsets.UTF_8);
                assertThat(reader.text()).isEqualTo(expected);
                assertThat(reader.malformed()).isEqualTo(!isUtf8(line, length));
                nul |= expected.indexOf('\0') >= 0;
            }
            assertThat(reader.next()).isFalse();
            assertThat(reader.sawNul()).isEqualTo(nul);
        }
    }

    @Test
    void dropsAByteOrderMarkAndTrimsFieldsToWhereTheirTextStands() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(bom);
        file.writeBytes("# 摘要\r\n    中文摘要\u3000 \r\n".getBytes(StandardCharsets.UTF_8));
        LineReader reader = new LineReader(new ByteArrayInputStream(file.toByteArray()));

        assertThat(reader.next()).isTrue();
        assertThat(reader.text()).isEqualTo("# 摘要");
        assertThat(reader.next()).isTrue();
        assertThat(reader.indent()).isEqualTo(4);
        assertThat(reader.trimmed().text()).isEqualTo("中文摘要");
        assertThat(reader.trimmed().position().column()).isEqualTo(5);
        assertThat(reader.next()).isFalse();
        assertThat(reader.endsWithNewline()).isTrue();
    }

    private static boolean isUtf8(byte[] bytes, int length) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
