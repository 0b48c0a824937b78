package io.github.digestplugin.check.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFilesTest {

    @TempDir
    Path base;

    @Test
    void writesTheThreeFilesWhileTheCallerGoesOn() throws IOException {
        Path results = base.resolve("target/digest");
        ResultFiles writing = ResultFiles.start(results, ResultFixtures.result(),
                ResultFixtures.checked(base.resolve("src/digests")), "1.2.3-TEST", ResultFixtures.CATALOGUE, base);

        List<Path> files = writing.await();

        assertThat(files).containsExactly(results.resolve(SarifWriter.FILE_NAME),
                results.resolve(CheckstyleWriter.FILE_NAME), results.resolve(GitLabCodeQualityWriter.FILE_NAME));
        assertThat(Files.readString(files.get(0))).startsWith("{").contains("\"ruleId\": \"cell-pipe\"").endsWith("}\n");
        assertThat(Files.readString(files.get(1))).startsWith("<?xml").contains("source=\"digest.cell-pipe\"")
                .endsWith("</checkstyle>\n");
        assertThat(Files.readString(files.get(2))).startsWith("[").contains("\"check_name\": \"cell-pipe\"")
                .endsWith("]\n");
    }

    @Test
    void aFileThatCannotBeWrittenIsAnIoExceptionOnAwait() throws IOException {
        Path results = base.resolve("target/digest");
        // A folder where the SARIF file belongs: opening it for writing fails on the writer's thread.
        Files.createDirectories(results.resolve(SarifWriter.FILE_NAME));
        ResultFiles writing = ResultFiles.start(results, ResultFixtures.result(),
                ResultFixtures.checked(base.resolve("src/digests")), "1.2.3-TEST", ResultFixtures.CATALOGUE, base);

        assertThatThrownBy(writing::await).isInstanceOf(IOException.class)
                .hasMessageContaining(SarifWriter.FILE_NAME);
    }
}
