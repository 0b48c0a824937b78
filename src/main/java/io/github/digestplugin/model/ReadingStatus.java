package io.github.digestplugin.model;

import java.util.Arrays;
import java.util.Optional;

/** Where a paper stands in its reader's reading, as {@code reading.yaml} writes it. */
public enum ReadingStatus {
    TO_READ("to-read"),
    READING("reading"),
    READ("read"),
    SKIPPED("skipped");

    private final String label;

    ReadingStatus(String label) {
        this.label = label;
    }

    /** The word the file uses, such as {@code to-read}. */
    public String label() {
        return label;
    }

    /** The status a file's word names, exactly as written; empty for any other word. */
    public static Optional<ReadingStatus> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.label.equals(text)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
