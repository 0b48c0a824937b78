package io.github.digestplugin.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Entry;
import io.github.digestplugin.testing.CorpusSuite;
import io.github.digestplugin.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every digest of the real cs.CL corpus parses into as many entries as it has definitions. */
@CorpusSuite
class CorpusParseTest {

    private static final Pattern LABEL = Pattern.compile("(?m)^\\[\\^\\d+\\]:");

    @Test
    void everyCorpusFileHasOneEntryPerDefinition() throws IOException {
        Path corpus = SharedData.fullCorpus();
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.sorted().toList();
        }
        DigestParser parser = new DigestParser(ParserOptions.defaults());
        long total = 0;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            long labels = LABEL.matcher(text).results().count();
            Digest digest = parser.parse(file, corpus.relativize(file));
            assertThat(digest.entries()).as(file.getFileName().toString()).hasSize((int) labels);
            assertThat(digest.entries()).as(file + " pairs every entry")
                    .allSatisfy(e -> assertThat(e.row()).isPresent())
                    .allSatisfy(e -> assertThat(e.definition()).isPresent());
            assertThat(digest.channel()).isEqualTo("cs.CL");
            assertThat(digest.date()).isPresent();
            total += digest.entries().size();
        }
        assertThat(files).hasSize(871);
        assertThat(total).isEqualTo(36_728);
    }
}
