package io.github.digestplugin.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spliced file holds exactly the bytes a fresh write of the same records gives, whichever of its
 * records were copied from the last run's file and whichever were made anew.
 */
class SplicedFileTest {

    private static final SplicedFile.Layout JSON = new SplicedFile.Layout("{\"r\": [", "\n", ",\n", "\n]}\n");

    @TempDir
    Path out;

    @TempDir
    Path state;

    @TempDir
    Path fresh;

    @TempDir
    Path freshState;

    @Test
    void randomEditsGiveTheBytesOfAFreshWriteAndMakeOnlyTheChangedRecords() throws IOException {
        Random random = new Random(11);
        TreeMap<String, String> records = new TreeMap<>();
        for (int i = 0; i < 300; i++) {
            records.put(id(i), "r" + i + "-0 甲");
        }
        assertThat(write(out, state, records).made()).isEqualTo(300);
        for (int round = 1; round <= 40; round++) {
            List<String> changed = new ArrayList<>();
            for (int edit = 0; edit < 1 + random.nextInt(6); edit++) {
                String id = id(random.nextInt(400));
                switch (random.nextInt(3)) {
                    case 0 -> records.remove(id);
                    default -> {
                        records.put(id, "r" + id + "-" + round + "x".repeat(random.nextInt(5)));
                        changed.add(id);
                    }
                }
            }
            Result spliced = write(out, state, records);
            assertThat(spliced.made()).isEqualTo(changed.stream().distinct().filter(records::containsKey).count());
            write(fresh, freshState, records);
            assertThat(Files.readString(out.resolve("all.json"))).isEqualTo(Files.readString(fresh.resolve("all.json")));
            clean(fresh, freshState);
        }
    }

    @Test
    void aFileEditedByHandOrAnIndexOfAnotherLayoutIsNotSplicedFrom() throws IOException {
        TreeMap<String, String> records = new TreeMap<>();
        records.put("a", "one");
        records.put("b", "two");
        write(out, state, records);
        Files.writeString(out.resolve("all.json"), "{\"r\": [\nONE,\ntwo\n]}\n");
        assertThat(write(out, state, records).made()).isEqualTo(2);
        assertThat(Files.readString(out.resolve("all.json"))).isEqualTo("{\"r\": [\none,\ntwo\n]}\n");

        SplicedFile.Layout lines = new SplicedFile.Layout("", "", "\n", "\n");
        assertThat(write(out, state, records, lines).made()).isEqualTo(2);
        assertThat(Files.readString(out.resolve("all.json"))).isEqualTo("one\ntwo\n");
        assertThat(write(out, state, records, lines).made()).isZero();
    }

    @Test
    void anEmptyFileHasTheHeaderAndFooterAlone() throws IOException {
        write(out, state, new TreeMap<>());
        assertThat(Files.readString(out.resolve("all.json"))).isEqualTo("{\"r\": [\n]}\n");
    }

    private record Result(int made) {}

    private Result write(Path root, Path stateFolder, TreeMap<String, String> records) throws IOException {
        return write(root, stateFolder, records, JSON);
    }

    private Result write(Path root, Path stateFolder, TreeMap<String, String> records, SplicedFile.Layout layout)
            throws IOException {
        OutputFiles files = OutputFiles.begin(root, stateFolder);
        int made = SplicedFile.write(files, "all.json", layout, "input", each -> {
            for (var record : records.entrySet()) {
                each.accept(new SplicedFile.Key(record.getKey(), Integer.toHexString(record.getValue().hashCode())));
            }
        }, new SplicedFile.Records() {
            @Override
            public void start(boolean most) {}

            @Override
            public void write(String id, Writer w) throws IOException {
                w.write(records.get(id));
            }
        });
        files.finish();
        files.complete();
        return new Result(made);
    }

    private static void clean(Path root, Path stateFolder) throws IOException {
        for (Path folder : List.of(root, stateFolder)) {
            try (var walk = Files.walk(folder)) {
                walk.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(folder)).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String id(int n) {
        return String.format("%04d.%05d", 2400 + n % 7, n);
    }
}
