package io.github.digestplugin.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.model.Definition;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.SourcePosition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A definition field points at its first character, whatever its indentation. */
class FieldPositionTest {

    @Test
    void fieldsPointAtTheirFirstCharacterWhateverTheIndent() throws IOException {
        String text = "# 摘要\n\n| Ref | Title | Summary |\n| --- | --- | --- |\n\n# 详细\n\n"
                + "[^1]: 标题\n\n      Over-indented title\n\n  [u](u)\n\n    \n    ";
        Digest digest = new DigestParser(ParserOptions.defaults())
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Path.of("d.md"));

        Definition definition = digest.definitions().get(0);
        assertThat(definition.fields().get(0).text()).isEqualTo("Over-indented title");
        assertThat(definition.fields().get(0).position()).isEqualTo(new SourcePosition(10, 7));
        assertThat(definition.fields().get(1).position()).isEqualTo(new SourcePosition(12, 3));
        assertThat(definition.fields().get(2).text()).isEmpty();
        assertThat(definition.fields().get(2).position()).isEqualTo(new SourcePosition(14, 5));
    }
}
