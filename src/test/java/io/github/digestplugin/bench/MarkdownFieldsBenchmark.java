package io.github.digestplugin.bench;

import io.github.digestplugin.parse.MarkdownLimits;
import io.github.digestplugin.report.render.MarkdownFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times {@link MarkdownFields#render} on fields made of one piece of markup repeated, at several
 * lengths up to past {@link MarkdownLimits#MAX_LENGTH}, and prints the time per character: it
 * stays flat where the rendering is linear. Figures, never asserts; run by hand:
 * {@code java -cp target/classes:target/test-classes:<classpath> io.github.digestplugin.bench.MarkdownFieldsBenchmark}.
 */
public final class MarkdownFieldsBenchmark {

    private static final List<String> UNITS = List.of("[a](b)", "&#1234;", "`a", "<x@y>", "a*b*", "*a_b", "[a][b]",
            "![a](b)", "<?", "<!A ", "<![CDATA[", "\\*", "<a b=c>", "中文 ");
    private static final int[] LENGTHS = {500, 1000, 2000, 4000, 100_000};

    private MarkdownFieldsBenchmark() {}

    public static void main(String[] args) {
        measure(false);
        measure(true);
    }

    /** One round over every unit and length; the first, unprinted, lets the JIT compile the parser. */
    private static void measure(boolean print) {
        if (!print) {
            for (String unit : UNITS) {
                for (int length : LENGTHS) {
                    MarkdownFields.render(unit.repeat(Math.max(1, length / unit.length())));
                }
            }
            return;
        }
        System.out.printf(Locale.ROOT, "%-12s  ns per character at lengths %s%n", "unit", Arrays.toString(LENGTHS));
        for (String unit : UNITS) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-12s", unit));
            for (int length : LENGTHS) {
                String text = unit.repeat(Math.max(1, length / unit.length()));
                long best = Long.MAX_VALUE;
                for (int run = 0; run < 7; run++) {
                    long start = System.nanoTime();
                    MarkdownFields.render(text);
                    best = Math.min(best, System.nanoTime() - start);
                }
                line.append(String.format(Locale.ROOT, " %8.1f", (double) best / text.length()));
            }
            System.out.println(line);
        }
    }
}
