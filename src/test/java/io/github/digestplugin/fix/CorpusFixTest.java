package io.github.digestplugin.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.check.DigestChecker;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.parse.ParserOptions;
import io.github.digestplugin.testing.CorpusSuite;
import io.github.digestplugin.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fix on the whole cs.CL corpus, as a dry run (the shared corpus is never written): every
 * non-canonical url and every split row is repaired, nothing is left, and the repaired bytes
 * check clean of both rules and are a fixed point.
 */
@CorpusSuite
class CorpusFixTest {

    @Test
    void everyFixableFindingOfTheCorpusIsRepaired() throws IOException {
        Path corpus = SharedData.fullCorpus();
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.map(corpus::relativize).sorted().toList();
        }
        DigestFixer fixer = new DigestFixer(ParserOptions.defaults(), Rules.defaults());
        DigestChecker checker = new DigestChecker(ParserOptions.defaults(), Rules.defaults());

        FixRun.Result result = new FixRun(fixer, false).run(corpus, files);

        System.out.println("Fix of the corpus (dry run): " + result.fixedPerRule() + " in " + result.changed().size()
                + " of " + result.digests().size() + " digests, left " + result.leftPerRule() + ", "
                + result.elapsed().toMillis() + " ms");
        assertThat(result.problems()).isEmpty();
        assertThat(result.fixedPerRule())
                .containsExactlyInAnyOrderEntriesOf(Map.of("cell-pipe", 8, "url-canonical", 49_930));
        assertThat(result.leftPerRule()).isEmpty();
        // The run keeps no bytes: each changed digest is fixed again here, checked, and fixed once more.
        result.changed().parallelStream().forEach(digest -> {
            Path file = corpus.resolve(digest.path());
            byte[] fixed;
            try {
                fixed = fixer.fix(Files.readAllBytes(file), file, digest.path(), false).fixed();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<Finding> after = checker.checkContent(fixed, file, digest.path()).findings();
            assertThat(after).as(digest.path().toString())
                    .noneMatch(f -> f.ruleId().equals("url-canonical") || f.ruleId().equals("cell-pipe"));
            assertThat(fixer.fix(fixed, file, digest.path(), false).changed()).as(digest.path().toString()).isFalse();
        });
    }
}
