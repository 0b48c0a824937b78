package io.github.digestplugin.model;

import java.util.List;

/**
 * One footnote definition {@code [^N]: translated title} with its positional fields.
 *
 * @param number the footnote number N
 * @param position where the {@code [^N]:} label starts
 * @param translatedTitle the text after the label
 * @param fields the indented field lines in order, indentation removed; empty fields kept
 * @param endLine the last source line of the definition (its terminating blank line where present)
 * @param terminated whether the definition ends with its closing line of spaces; false when the
 *     file ends inside it, or the next definition or another line comes before that line
 */
public record Definition(
        int number,
        SourcePosition position,
        Field translatedTitle,
        List<Field> fields,
        int endLine,
        boolean terminated) {

    public Definition {
        fields = List.copyOf(fields);
    }

    public Layout layout() {
        return Layout.of(fields.size());
    }
}
