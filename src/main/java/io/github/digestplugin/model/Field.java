package io.github.digestplugin.model;

import java.util.Objects;

/**
 * One text field of a digest with the position of its first character. An empty field keeps
 * the position where its text would stand, so a finding about it can still point at a line.
 */
public record Field(String text, SourcePosition position) {

    public Field {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(position, "position");
    }

    public boolean isEmpty() {
        return text.isBlank();
    }

    /** The position {@code offset} characters into this field's text. */
    public SourcePosition at(int offset) {
        return new SourcePosition(position.line(), position.column() + offset);
    }
}
