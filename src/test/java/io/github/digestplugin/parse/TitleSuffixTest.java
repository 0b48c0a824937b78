package io.github.digestplugin.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.model.Entry;
import io.github.digestplugin.model.SourcePosition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The title suffix flags seen in the 2023 digests: none, {@code UPDATED}, {@code CROSS LISTED}. */
class TitleSuffixTest {

    private static Entry entryWithTitle(String title) throws IOException {
        String text = "# 摘要\n\n| Ref | Title | Summary |\n| --- | --- | --- |\n"
                + "| [^1] | [A Title.](http://arxiv.org/abs/2109.04587) | 总结 |\n\n# 详细\n\n"
                + "[^1]: 标题\n\n    " + title + "\n\n    [http://arxiv.org/abs/2109.04587](http://arxiv.org/abs/2109.04587)"
                + "\n\n    总结\n\n    \n\n    摘要\n\n    Abstract.\n    \n";
        return new DigestParser(ParserOptions.defaults())
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Path.of("d.md"))
                .entries().get(0);
    }

    @Test
    void crossListedSuffixIsTakenOffTheTitle() throws IOException {
        Entry entry = entryWithTitle("A Title. (arXiv:2109.04587v1 [cs.CL] CROSS LISTED)");

        assertThat(entry.title().text()).isEqualTo("A Title.");
        assertThat(entry.titleSuffix()).hasValueSatisfying(suffix -> {
            assertThat(suffix.id().withVersion()).isEqualTo("2109.04587v1");
            assertThat(suffix.primaryCategory()).isEqualTo("cs.CL");
            assertThat(suffix.updated()).isFalse();
            assertThat(suffix.position()).isEqualTo(new SourcePosition(11, 14));
        });
    }

    @Test
    void updatedSuffixIsFlagged() throws IOException {
        Entry entry = entryWithTitle("A Title. (arXiv:2109.04587v3 [cs.IR] UPDATED)");

        assertThat(entry.title().text()).isEqualTo("A Title.");
        assertThat(entry.titleSuffix()).hasValueSatisfying(suffix -> assertThat(suffix.updated()).isTrue());
    }
}
