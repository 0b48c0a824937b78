package io.github.digestplugin.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.parse.ReadingFile;
import io.github.digestplugin.parse.ReadingFileParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reading.yaml the browser's export writes (src/test/js/reading.test.mjs makes each
 * {@code NAME.yaml} of {@code src/test/resources/reading-vectors/} from {@code NAME.input.json})
 * parses here without a problem to the entries the export merged: {@code NAME.entries.json},
 * which the Node test holds against its own merge. So the file the export downloads is the file
 * the check accepts and the report reads back.
 */
class ReadingExportVectorsTest {

    static final Path VECTORS = Path.of("src/test/resources/reading-vectors");

    @Test
    void everyExportParsesToTheEntriesItWasMadeFrom() throws IOException {
        List<Path> exports;
        try (Stream<Path> files = Files.list(VECTORS)) {
            exports = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(exports).hasSizeGreaterThanOrEqualTo(2);
        for (Path yaml : exports) {
            String name = yaml.getFileName().toString().replace(".yaml", "");
            ReadingFile file = ReadingFileParser.parse(Files.readAllBytes(yaml));
            assertThat(file.problems()).as(name).isEmpty();
            String json = new ReadingMarks(file).entriesJson();
            Path expected = VECTORS.resolve(name + ".entries.json");
            if (Boolean.getBoolean("digest.writeReadingVectors")) {
                Files.writeString(expected, json + "\n", StandardCharsets.UTF_8);
            }
            assertThat(json).as(name).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8).strip());
        }
    }
}
