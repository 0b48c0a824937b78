package io.github.digestplugin.fix;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A digest's bytes cut into lines the way the parser cuts them (at {@code \n}, one {@code \r}
 * before it and a leading byte order mark not part of the line), so that a line number and a
 * column of the parsed digest name the same characters here. Edits replace characters of a line's
 * text; every other byte (the mark, the line ends, the lines not edited) is copied as it was.
 */
final class SourceText {

    private static final int BOM_LENGTH = 3;

    private final byte[] bytes;
    /** Per line: where its text starts and ends, and where its line end ends. */
    private final int[] textStart;
    private final int[] textEnd;
    private final int[] lineEnd;

    private SourceText(byte[] bytes, int[] textStart, int[] textEnd, int[] lineEnd) {
        this.bytes = bytes;
        this.textStart = textStart;
        this.textEnd = textEnd;
        this.lineEnd = lineEnd;
    }

    static SourceText of(byte[] bytes) {
        List<int[]> lines = new ArrayList<>();
        int start = hasBom(bytes) ? BOM_LENGTH : 0;
        while (start < bytes.length) {
            int newline = start;
            while (newline < bytes.length && bytes[newline] != '\n') {
                newline++;
            }
            int end = newline;
            if (end > start && bytes[end - 1] == '\r') {
                end--;
            }
            lines.add(new int[] {start, end, newline < bytes.length ? newline + 1 : newline});
            start = newline + 1;
        }
        int count = lines.size();
        int[] textStart = new int[count];
        int[] textEnd = new int[count];
        int[] lineEnd = new int[count];
        for (int i = 0; i < count; i++) {
            textStart[i] = lines.get(i)[0];
            textEnd[i] = lines.get(i)[1];
            lineEnd[i] = lines.get(i)[2];
        }
        return new SourceText(bytes, textStart, textEnd, lineEnd);
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= BOM_LENGTH && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }

    int lineCount() {
        return textStart.length;
    }

    /**
     * The text of line {@code number} (1-based) without its line end; empty past the end of the
     * file and for a line whose bytes are not UTF-8, which no fix may touch: its columns do not name
     * its bytes.
     */
    Optional<String> line(int number) {
        if (number < 1 || number > lineCount()) {
            return Optional.empty();
        }
        int i = number - 1;
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, textStart[i], textEnd[i] - textStart[i]))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The text of line {@code number} for showing it: bytes that are not UTF-8 as replacement characters. */
    String shownLine(int number) {
        int i = number - 1;
        return new String(bytes, textStart[i], textEnd[i] - textStart[i], StandardCharsets.UTF_8);
    }

    /**
     * The line end a line added after line {@code number} takes: that line's own, else (the last line
     * of a file without a final line end) the first line end of the file, else {@code \n}.
     */
    String lineEndAfter(int number) {
        String own = lineEndOf(number - 1);
        if (!own.isEmpty()) {
            return own;
        }
        for (int i = 0; i < lineCount(); i++) {
            if (!lineEndOf(i).isEmpty()) {
                return lineEndOf(i);
            }
        }
        return "\n";
    }

    private String lineEndOf(int index) {
        return new String(bytes, textEnd[index], lineEnd[index] - textEnd[index], StandardCharsets.ISO_8859_1);
    }

    /** The bytes with each line of {@code newTexts} (1-based line number to its new text) replaced. */
    byte[] with(Map<Integer, String> newTexts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64 * newTexts.size());
        int copied = 0;
        for (Map.Entry<Integer, String> line : new TreeMap<>(newTexts).entrySet()) {
            int i = line.getKey() - 1;
            out.write(bytes, copied, textStart[i] - copied);
            byte[] text = line.getValue().getBytes(StandardCharsets.UTF_8);
            out.write(text, 0, text.length);
            copied = textEnd[i];
        }
        out.write(bytes, copied, bytes.length - copied);
        return out.toByteArray();
    }
}
