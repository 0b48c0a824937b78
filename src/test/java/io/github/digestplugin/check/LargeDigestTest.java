package io.github.digestplugin.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.parse.ParserOptions;
import io.github.digestplugin.testing.Fixtures;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 50 MB digest is checked in bounded memory: a separate JVM with a 128 MB heap checks it and
 * finds every entry.
 */
class LargeDigestTest {

    private static final Pattern NUMBER = Pattern.compile("\\[\\^(\\d+)\\]");
    private static final long SIZE = 50L << 20;

    @TempDir
    Path temp;

    @Test
    void fiftyMegabyteDigestIsCheckedWithinA128MegabyteHeap() throws Exception {
        Path digest = temp.resolve("large.md");
        int entries = writeLargeDigest(Fixtures.sample("2026-08-21T0916_newest.md"), digest);
        assertThat(Files.size(digest)).isGreaterThanOrEqualTo(SIZE);

        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx128m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        CheckOneDirectory.class.getName(),
                        temp.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("1 digest, " + entries + " entries: 0 errors");
    }

    /** Repeats the sample's entries, renumbered, until the file is 50 MB. */
    private static int writeLargeDigest(Path sample, Path target) throws IOException {
        List<String> lines = Files.readAllLines(sample);
        int details = lines.indexOf("# 详细");
        List<String> rows = lines.subList(4, details).stream().filter(l -> l.startsWith("| [^")).toList();
        List<String> definitions = new ArrayList<>(lines.subList(details + 1, lines.size()));
        // Only the rows and definitions repeat: the headings of a small sample are a good part of its size.
        long bytesPerCopy = Stream.concat(rows.stream(), definitions.stream())
                .mapToLong(line -> line.getBytes(StandardCharsets.UTF_8).length + 1L).sum();
        int copies = (int) (SIZE / bytesPerCopy) + 1;
        int perCopy = rows.size();
        try (BufferedWriter out = Files.newBufferedWriter(target)) {
            out.write("# 摘要\n\n| Ref | Title | Summary |\n| --- | --- | --- |\n");
            for (int copy = 0; copy < copies; copy++) {
                for (String row : rows) {
                    out.write(renumber(row, copy * perCopy));
                    out.write('\n');
                }
            }
            out.write("\n# 详细\n");
            for (int copy = 0; copy < copies; copy++) {
                for (String line : definitions) {
                    out.write(line.startsWith("[^") ? renumber(line, copy * perCopy) : line);
                    out.write('\n');
                }
            }
        }
        return copies * perCopy;
    }

    private static String renumber(String line, int offset) {
        Matcher m = NUMBER.matcher(line);
        if (!m.find()) {
            return line;
        }
        return line.substring(0, m.start(1)) + (Integer.parseInt(m.group(1)) + offset) + line.substring(m.end(1));
    }

    /** The child JVM: checks one directory with the duplicate-paper rule off (the copies repeat ids). */
    public static final class CheckOneDirectory {
        public static void main(String[] args) throws IOException {
            Path directory = Path.of(args[0]);
            RuleConfiguration rules = RuleConfiguration.of(Rules.all(), Rules.all().stream()
                    .filter(r -> r.id().equals("duplicate-paper"))
                    .collect(java.util.stream.Collectors.toMap(Rule::id, r -> RuleConfiguration.OFF)));
            CheckResult result = new DigestChecker(ParserOptions.defaults(), rules)
                    .check(directory, List.of(Path.of("large.md")));
            System.out.println(result.summary());
        }
    }
}
