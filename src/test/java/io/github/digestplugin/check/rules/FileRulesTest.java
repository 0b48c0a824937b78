package io.github.digestplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.SourcePosition;
import io.github.digestplugin.parse.DigestParser;
import io.github.digestplugin.parse.ParserOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The whole-file rules: bytes that are not UTF-8, and binary files. */
class FileRulesTest {

    private static Digest parse(byte[] bytes) throws IOException {
        return new DigestParser(ParserOptions.defaults()).parse(new ByteArrayInputStream(bytes), Path.of("d.md"));
    }

    private static byte[] validWith(int line, byte[] inserted) {
        String[] lines = RuleTester.VALID.split("\n", -1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < lines.length; i++) {
            byte[] text = lines[i].getBytes(StandardCharsets.UTF_8);
            out.write(text, 0, text.length);
            if (i + 1 == line) {
                out.write(inserted, 0, inserted.length);
            }
            if (i + 1 < lines.length) {
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    @Test
    void encodingRuleReportsTheLineWithBadBytes() throws IOException {
        Digest digest = parse(validWith(20, new byte[] {(byte) 0xC3, (byte) 0x28}));

        assertThat(RuleTester.check(new EncodingRule(), digest)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(new SourcePosition(20, 1));
            assertThat(found.message()).contains("not valid UTF-8");
        });
        assertThat(RuleTester.check(new EncodingRule(), RuleTester.VALID)).isEmpty();
    }

    @Test
    void unreadableFileRuleReportsABinaryFile() throws IOException {
        Digest digest = parse(validWith(1, new byte[] {0, 1, 2}));

        assertThat(RuleTester.check(new UnreadableFileRule(), digest)).singleElement().satisfies(found -> {
            assertThat(found.position()).isEqualTo(new SourcePosition(1, 1));
            assertThat(found.message()).contains("binary");
        });
        assertThat(RuleTester.check(new UnreadableFileRule(), RuleTester.VALID)).isEmpty();
    }
}
