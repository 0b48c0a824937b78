package io.github.digestplugin.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of a digest's bytes, the way damaged or hostile files differ from generated
 * ones: flipped bits, truncation, lines duplicated, deleted or swapped, hostile text put into
 * fields, huge lines, bytes that are not UTF-8, CR and NUL. The same seed gives the same mutant.
 */
final class DigestMutations {

    /** Markup that must never become active on a page, in the spellings that slipped past before. */
    static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "'><svg/onload=alert(1)>",
            "\"><iframe src=javascript:alert(1)></iframe>",
            "<svg><script>alert(1)</script></svg>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=&#106;avascript:alert(1)>x</a>",
            "<details open ontoggle=alert(1)>",
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](&#106;avascript:alert(1))",
            "[x](&#x6A;avascript&#58;alert(1))",
            "[x](javascript&colon;alert(1))",
            "[x](java&#9;script:alert(1))",
            "[x](java&#x0A;script:alert(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[x](vbscript:msgbox(1))",
            "[x]( javascript:alert(1) \"t\")",
            "<javascript:alert(1)>",
            "![x](javascript:alert(1))",
            "![x](https://evil.example/x.png)",
            "[x]: javascript:alert(1)",
            "[x](https://example.org/\"onmouseover=alert(1))",
            "`<script>alert(1)</script>`",
            "\\<script>alert(1)\\</script>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "[a](b)",
            "*a* _b_ **c** `d` \\| $x|y$");

    /** Texts that made flexmark recurse past any stack or work for seconds. */
    static final List<String> BOMBS = List.of(
            "<!-- " + "x".repeat(2000),
            "x <!-- " + "x > y ".repeat(400) + "-->",
            "[a](<" + "x".repeat(2000),
            "<a " + " b=\"c\"".repeat(600),
            "<a" + " b=c".repeat(600) + ">",
            "[a](b \"" + "x".repeat(2000),
            "[a](b (" + "x".repeat(2000),
            "[a](<b>\"" + "x".repeat(2000),
            "<a@" + "b.".repeat(1500) + "c>",
            "[" + "y".repeat(998) + "]: x",
            "x [a][" + "y".repeat(1500),
            "*_".repeat(3000) + "x" + "_*".repeat(3000),
            "![".repeat(2000) + "x" + "](y)".repeat(2000),
            "[".repeat(3000) + "x" + "]".repeat(3000),
            "`".repeat(2000) + "x",
            "<?".repeat(2000),
            "<!A ".repeat(1000),
            "<![CDATA[".repeat(500),
            "`a".repeat(2000),
            "a*b*".repeat(1000));

    private static final String[] HUGE_UNITS = {
        "[a](b)", "&#1234;", "<x@y>", "*a_b", "[a][b]", "`` `", "\\*", "中文"};

    private final Random random;
    private final List<String> applied = new ArrayList<>();

    DigestMutations(long seed) {
        this.random = new Random(seed);
    }

    /** What the last {@link #mutate} did, for a failure message. */
    String description() {
        return String.join(", ", applied);
    }

    /** One to three mutations of {@code original}. */
    byte[] mutate(byte[] original) {
        applied.clear();
        byte[] bytes = original;
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            bytes = switch (random.nextInt(10)) {
                case 0 -> flipBits(bytes);
                case 1 -> truncate(bytes);
                case 2, 3 -> editLines(bytes);
                case 4, 5 -> intoEveryField(bytes);
                case 6 -> intoOneField(bytes, bomb());
                case 7 -> intoOneField(bytes, huge());
                case 8 -> invalidUtf8(bytes);
                default -> controls(bytes);
            };
        }
        return bytes;
    }

    private byte[] flipBits(byte[] bytes) {
        byte[] copy = bytes.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        applied.add(flips + " bit flips");
        return copy;
    }

    private byte[] truncate(byte[] bytes) {
        int length = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        applied.add("cut at byte " + length);
        return Arrays.copyOf(bytes, length);
    }

    private byte[] editLines(byte[] bytes) {
        List<String> lines = lines(bytes);
        if (lines.isEmpty()) {
            return bytes;
        }
        int at = random.nextInt(lines.size());
        switch (random.nextInt(3)) {
            case 0 -> {
                lines.add(at, lines.get(at));
                applied.add("line " + (at + 1) + " doubled");
            }
            case 1 -> {
                lines.remove(at);
                applied.add("line " + (at + 1) + " deleted");
            }
            default -> {
                int other = random.nextInt(lines.size());
                String line = lines.get(at);
                lines.set(at, lines.get(other));
                lines.set(other, line);
                applied.add("lines " + (at + 1) + " and " + (other + 1) + " swapped");
            }
        }
        return join(lines);
    }

    /** A hostile text at a random place of every field: each cell, label text and indented line. */
    private byte[] intoEveryField(byte[] bytes) {
        List<String> lines = lines(bytes);
        String hostile = random.nextInt(4) == 0 ? bomb() : HOSTILE.get(random.nextInt(HOSTILE.size()));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("|") && !line.startsWith("| ---") && !line.startsWith("| Ref")) {
                lines.set(i, intoCells(line, hostile));
            } else if (line.startsWith("    ") || line.startsWith("[^")) {
                lines.set(i, insertAt(line, hostile));
            }
        }
        applied.add("into every field: " + shortened(hostile));
        return join(lines);
    }

    private String intoCells(String row, String hostile) {
        String escaped = hostile.replace("|", "\\|");
        String[] cells = row.split("(?<!\\\\)\\|", -1);
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                out.append('|');
            }
            out.append(c > 0 && c < cells.length - 1 ? insertAt(cells[c], escaped) : cells[c]);
        }
        return out.toString();
    }

    private byte[] intoOneField(byte[] bytes, String text) {
        List<String> lines = lines(bytes);
        List<Integer> fields = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("    ") || lines.get(i).startsWith("| [^") || lines.get(i).startsWith("[^")) {
                fields.add(i);
            }
        }
        if (fields.isEmpty()) {
            return bytes;
        }
        int at = fields.get(random.nextInt(fields.size()));
        String line = lines.get(at);
        lines.set(at, line.startsWith("|") ? intoCells(line, text) : insertAt(line, text));
        applied.add("line " + (at + 1) + " holds " + shortened(text));
        return join(lines);
    }

    private byte[] invalidUtf8(byte[] bytes) {
        byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xE2, (byte) 0x82}};
        byte[] insert = bad[random.nextInt(bad.length)];
        applied.add("invalid UTF-8 " + insert.length + " bytes");
        return spliced(bytes, insert);
    }

    private byte[] controls(byte[] bytes) {
        String[] inserts = {"\r", "\u0000", "\r\n", "\u000B", "\u001B[2J", "\uFEFF", "\u2028", "\t"};
        String insert = inserts[random.nextInt(inserts.length)];
        applied.add("control " + insert.codePoints().mapToObj(Integer::toHexString).toList());
        if (random.nextBoolean()) {
            return new String(bytes, StandardCharsets.UTF_8).replace("\n", insert.equals("\r") ? "\r\n" : insert + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        }
        return spliced(bytes, insert.getBytes(StandardCharsets.UTF_8));
    }

    private String bomb() {
        return BOMBS.get(random.nextInt(BOMBS.size()));
    }

    /** A line of 100,000 characters or more, of markup or plain text. */
    private String huge() {
        String unit = HUGE_UNITS[random.nextInt(HUGE_UNITS.length)];
        return unit.repeat(100_000 / unit.length() + 1);
    }

    private String insertAt(String text, String insert) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        return text.substring(0, at) + insert + text.substring(at);
    }

    private byte[] spliced(byte[] bytes, byte[] insert) {
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + insert.length);
        out.write(bytes, 0, at);
        out.write(insert, 0, insert.length);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static List<String> lines(byte[] bytes) {
        return new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
    }

    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static String shortened(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "... (" + text.length() + " chars)" : text;
        return shown.replace("\n", "\\n");
    }
}
