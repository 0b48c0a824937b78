package io.github.digestplugin.model;

/** An ATX heading line of a digest ({@code # 摘要}, {@code # 详细}, or any other). */
public record Heading(int level, Field text, Kind kind) {

    /** What a heading is to the format. */
    public enum Kind {
        SUMMARY,
        DETAILS,
        OTHER
    }

    public SourcePosition position() {
        return SourcePosition.lineStart(text.position().line());
    }
}
