package io.github.digestplugin.model;

/**
 * A place in a digest's source text: 1-based line, 1-based column counted in UTF-16 code units
 * (the unit SARIF and most editors use).
 */
public record SourcePosition(int line, int column) implements Comparable<SourcePosition> {

    public SourcePosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column start at 1: " + line + ":" + column);
        }
    }

    public static SourcePosition lineStart(int line) {
        return new SourcePosition(line, 1);
    }

    @Override
    public int compareTo(SourcePosition other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
