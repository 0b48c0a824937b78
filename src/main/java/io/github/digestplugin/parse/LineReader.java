package io.github.digestplugin.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a digest line by line from bytes, in one pass and bounded memory (one line at a time).
 * Accepts LF and CRLF and a leading UTF-8 byte order mark. A line whose bytes are not valid UTF-8
 * is decoded with replacement characters and reported through {@link #lastLineMalformed()}, so a
 * checker can point at it while the rest of the file is still read.
 */
final class LineReader {

    private static final int BUFFER_SIZE = 1 << 16;

    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int bufferPos;
    private int bufferEnd;
    private byte[] line = new byte[256];
    private int lineLength;
    private int lineNumber;
    private boolean lastLineMalformed;
    private boolean endsWithNewline = true;
    private boolean sawNul;
    private final CharsetDecoder strictDecoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    LineReader(InputStream in) {
        this.in = in;
    }

    /** The next line without its line end, or null at the end of input. */
    String readLine() throws IOException {
        lineLength = 0;
        boolean any = false;
        while (true) {
            if (bufferPos == bufferEnd) {
                bufferEnd = in.read(buffer, 0, buffer.length);
                bufferPos = 0;
                if (bufferEnd <= 0) {
                    bufferEnd = 0;
                    if (!any) {
                        return null;
                    }
                    endsWithNewline = false;
                    return finishLine();
                }
            }
            any = true;
            int start = bufferPos;
            int newline = -1;
            for (int i = start; i < bufferEnd; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int end = newline < 0 ? bufferEnd : newline;
            append(start, end);
            bufferPos = newline < 0 ? bufferEnd : newline + 1;
            if (newline >= 0) {
                return finishLine();
            }
        }
    }

    private void append(int start, int end) {
        int count = end - start;
        if (lineLength + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + count));
        }
        System.arraycopy(buffer, start, line, lineLength, count);
        lineLength += count;
    }

    private String finishLine() {
        lineNumber++;
        int from = 0;
        int length = lineLength;
        if (lineNumber == 1 && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
                && (line[2] & 0xFF) == 0xBF) {
            from = 3;
            length -= 3;
        }
        if (length > 0 && line[from + length - 1] == '\r') {
            length--;
        }
        String text = new String(line, from, length, StandardCharsets.UTF_8);
        // The fast decoder replaces bad bytes silently; a replacement character means we look again,
        // strictly, since a digest may also hold a genuine U+FFFD.
        lastLineMalformed = text.indexOf('\uFFFD') >= 0 && !isValidUtf8(from, length);
        if (text.indexOf('\0') >= 0) {
            sawNul = true;
        }
        return text;
    }

    private boolean isValidUtf8(int from, int length) {
        try {
            strictDecoder.reset();
            CharBuffer out = strictDecoder.decode(ByteBuffer.wrap(line, from, length));
            return out != null;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    int lineNumber() {
        return lineNumber;
    }

    boolean lastLineMalformed() {
        return lastLineMalformed;
    }

    boolean endsWithNewline() {
        return endsWithNewline;
    }

    /** Whether any line held a NUL character, the mark of a binary file. */
    boolean sawNul() {
        return sawNul;
    }
}
