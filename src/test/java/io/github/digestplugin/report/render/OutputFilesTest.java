package io.github.digestplugin.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streamed write: a file is replaced only when its content changed, and never left half written. */
class OutputFilesTest {

    private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path out;

    @TempDir
    Path state;

    @Test
    void aStreamedFileWithTheContentItHasIsNotRewrittenAndTheRecordMatchesTheWholeWrite() throws IOException {
        run(files -> files.writeText("feed.atom", w -> w.write("<feed>甲</feed>\n")));
        Files.setLastModifiedTime(out.resolve("feed.atom"), OLD);
        // A file the manifest no longer vouches for (its time changed) is compared with the new content.
        OutputFiles again = run(files -> files.writeText("feed.atom", w -> w.write("<feed>甲</feed>\n")));
        assertThat(again.written()).isZero();
        assertThat(again.unchanged()).isOne();
        assertThat(Files.getLastModifiedTime(out.resolve("feed.atom"))).isEqualTo(OLD);

        // Now the manifest vouches for it; the whole-content write agrees with the streamed one.
        OutputFiles whole = run(files -> files.write("feed.atom", "<feed>甲</feed>\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(whole.unchanged()).isOne();
        assertThat(Files.getLastModifiedTime(out.resolve("feed.atom"))).isEqualTo(OLD);
        assertThat(OutputFiles.isIntact(out, state)).isTrue();
        assertThat(visibleAndHidden()).containsExactly("feed.atom");
    }

    @Test
    void changedContentIsWrittenWhetherTheManifestKnowsTheFileOrNot() throws IOException {
        run(files -> files.writeText("a/b.json", w -> w.write("[1]")));
        OutputFiles known = run(files -> files.writeText("a/b.json", w -> w.write("[2]")));
        assertThat(known.written()).isOne();
        assertThat(Files.readString(out.resolve("a/b.json"))).isEqualTo("[2]");

        // A killed run leaves no manifest: the same size, other bytes, must still be told apart.
        Files.delete(state.resolve(OutputFiles.MANIFEST));
        Files.setLastModifiedTime(out.resolve("a/b.json"), OLD);
        OutputFiles unknown = run(files -> files.writeText("a/b.json", w -> w.write("[3]")));
        assertThat(unknown.written()).isOne();
        assertThat(Files.readString(out.resolve("a/b.json"))).isEqualTo("[3]");
        assertThat(visibleAndHidden()).containsExactly("a", "a/b.json");
    }

    @Test
    void aContentThatFailsLeavesTheOldFileAndNoTemporary() throws IOException {
        run(files -> files.writeText("reading-list.bib", w -> w.write("@article{old}\n")));
        OutputFiles failing = OutputFiles.begin(out, state);
        assertThatThrownBy(() -> failing.write("reading-list.bib", stream -> {
            stream.write("@article{half".getBytes(StandardCharsets.UTF_8));
            stream.flush();
            throw new IOException("the store went away");
        })).isInstanceOf(IOException.class).hasMessage("the store went away");
        failing.close();
        assertThat(Files.readString(out.resolve("reading-list.bib"))).isEqualTo("@article{old}\n");
        assertThat(visibleAndHidden()).containsExactly("reading-list.bib");
    }

    @Test
    void aNewStreamedFileIsJournalledBeforeItExistsAndAFileIsWrittenOnlyOnce() throws IOException {
        OutputFiles files = OutputFiles.begin(out, state);
        files.write("search/docs-0.js", stream -> {
            assertThat(Files.readString(state.resolve(OutputFiles.JOURNAL))).doesNotContain("search/docs-0.js");
            stream.write('x');
        });
        assertThat(Files.readAllLines(state.resolve(OutputFiles.JOURNAL))).contains("+search/docs-0.js");
        assertThatThrownBy(() -> files.write("search/docs-0.js", stream -> stream.write('y')))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("search/docs-0.js");
        files.finish();
        assertThat(Files.readString(out.resolve("search/docs-0.js"))).isEqualTo("x");
    }

    @Test
    void aKilledRunJournalsOnlyWhatTheRecordLacksAndTheNextRunStillOwnsBoth() throws IOException {
        run(files -> {
            files.write("a.html", "a".getBytes(StandardCharsets.UTF_8));
            files.write("b.html", "b".getBytes(StandardCharsets.UTF_8));
        });
        OutputFiles killed = OutputFiles.begin(out, state);
        killed.write("c.html", "c".getBytes(StandardCharsets.UTF_8));
        killed.close();
        assertThat(Files.readAllLines(state.resolve(OutputFiles.JOURNAL))).containsExactly("+c.html");

        run(files -> files.write("a.html", "a".getBytes(StandardCharsets.UTF_8)));

        // b.html from the last record and c.html from the killed run are no file of this run: both are gone.
        assertThat(visibleAndHidden()).containsExactly("a.html");
    }

    private interface Writes {
        void into(OutputFiles files) throws IOException;
    }

    /** One complete run that writes what {@code writes} writes. */
    private OutputFiles run(Writes writes) throws IOException {
        OutputFiles files = OutputFiles.begin(out, state);
        writes.into(files);
        files.finish();
        files.complete();
        return files;
    }

    /** Everything in the output, hidden temporaries included, relative and with forward slashes. */
    private List<String> visibleAndHidden() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> !p.equals(out)).map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
