package io.github.digestplugin.report.render;

import java.io.Writer;

/**
 * An unsynchronized in-memory writer: Velocity writes a page in many small pieces, which
 * {@link java.io.StringWriter} (synchronized) and an encoding writer each make costly.
 */
final class TextBuffer extends Writer {

    private final StringBuilder text;

    TextBuffer(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        text.append(buffer, offset, length);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence sequence) {
        text.append(sequence);
        return this;
    }

    @Override
    public void flush() {
        // Nothing buffered beyond the text itself.
    }

    @Override
    public void close() {
        // Nothing to release.
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
