package io.github.digestplugin.parse;

import io.github.digestplugin.model.Field;
import io.github.digestplugin.model.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a digest line by line from bytes, in one pass and bounded memory (one line at a time).
 * Accepts LF and CRLF and a leading UTF-8 byte order mark. Bytes that are not valid UTF-8 become
 * replacement characters and the line is reported through {@link #malformed()}, so a checker can
 * point at it while the rest of the file is still read.
 *
 * <p>Each line is decoded into a reused character buffer, and the parser makes strings only of
 * what it keeps: a definition's field without its indentation, a table row, a label. On a corpus
 * the cost of reading is mostly fresh memory (each new heap page is a page fault), so a line is
 * not first made a string and then trimmed into another.
 */
final class LineReader {

    private static final int BUFFER_SIZE = 1 << 13;

    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int bufferPos;
    private int bufferEnd;
    private byte[] bytes = new byte[256];
    private int byteLength;
    private char[] chars = new char[256];
    private ByteBuffer byteView = ByteBuffer.wrap(bytes);
    private CharBuffer charView = CharBuffer.wrap(chars);
    private int length;
    private int lineNumber;
    private boolean malformed;
    private boolean endsWithNewline = true;
    private boolean sawNul;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    LineReader(InputStream in) {
        this.in = in;
    }

    /** Moves to the next line, without its line end; false at the end of input. */
    boolean next() throws IOException {
        byteLength = 0;
        boolean any = false;
        while (true) {
            if (bufferPos == bufferEnd) {
                bufferEnd = in.read(buffer, 0, buffer.length);
                bufferPos = 0;
                if (bufferEnd <= 0) {
                    bufferEnd = 0;
                    if (!any) {
                        return false;
                    }
                    endsWithNewline = false;
                    finishLine();
                    return true;
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
                finishLine();
                return true;
            }
        }
    }

    private void append(int start, int end) {
        int count = end - start;
        if (byteLength + count > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, byteLength + count));
            byteView = ByteBuffer.wrap(bytes);
        }
        System.arraycopy(buffer, start, bytes, byteLength, count);
        byteLength += count;
    }

    private void finishLine() {
        lineNumber++;
        int from = 0;
        int count = byteLength;
        if (lineNumber == 1 && count >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF) {
            from = 3;
            count -= 3;
        }
        if (count > 0 && bytes[from + count - 1] == '\r') {
            count--;
        }
        decode(from, count);
    }

    /** Decodes into {@link #chars}: ASCII directly, the rest by the JDK's decoder. */
    private void decode(int from, int count) {
        malformed = false;
        if (chars.length < count) {
            chars = new char[Math.max(count, chars.length * 2)];
            charView = CharBuffer.wrap(chars);
        }
        int ascii = 0;
        while (ascii < count) {
            byte b = bytes[from + ascii];
            if (b <= 0) {
                break;
            }
            chars[ascii++] = (char) b;
        }
        length = ascii < count ? decodeRest(from + ascii, count - ascii, ascii) : ascii;
    }

    private int decodeRest(int from, int count, int decoded) {
        decoder.reset();
        ByteBuffer input = byteView.limit(from + count).position(from);
        // UTF-8 never gives more chars than bytes, nor does a replacement, so the output fits.
        CharBuffer output = charView.clear().position(decoded);
        while (true) {
            CoderResult result = decoder.decode(input, output, true);
            if (result.isUnderflow()) {
                decoder.flush(output);
                break;
            }
            malformed = true;
            output.put('\uFFFD');
            input.position(input.position() + result.length());
        }
        int end = output.position();
        for (int i = decoded; i < end && !sawNul; i++) {
            sawNul = chars[i] == '\0';
        }
        return end;
    }

    int lineNumber() {
        return lineNumber;
    }

    /** Whether the current line held bytes that are not UTF-8. */
    boolean malformed() {
        return malformed;
    }

    int length() {
        return length;
    }

    char charAt(int index) {
        return chars[index];
    }

    boolean isEmpty() {
        return length == 0;
    }

    /** Whether the line is empty or only white space, as {@link String#isBlank()}. */
    boolean isBlank() {
        for (int i = 0; i < length; i++) {
            if (!Whitespace.is(chars[i])) {
                return false;
            }
        }
        return true;
    }

    /** The count of leading spaces and tabs. */
    int indent() {
        int i = 0;
        while (i < length && (chars[i] == ' ' || chars[i] == '\t')) {
            i++;
        }
        return i;
    }

    /** The whole line. */
    String text() {
        return new String(chars, 0, length);
    }

    /** The line without surrounding white space, positioned at its first character. */
    Field trimmed() {
        int from = 0;
        int to = length;
        while (from < to && Whitespace.is(chars[from])) {
            from++;
        }
        while (to > from && Whitespace.is(chars[to - 1])) {
            to--;
        }
        return new Field(new String(chars, from, to - from), new SourcePosition(lineNumber, from + 1));
    }

    boolean endsWithNewline() {
        return endsWithNewline;
    }

    /** Whether any line held a NUL character, the mark of a binary file. */
    boolean sawNul() {
        return sawNul;
    }
}
