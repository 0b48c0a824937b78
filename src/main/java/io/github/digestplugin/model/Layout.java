package io.github.digestplugin.model;

/** The field layouts of a definition found in real digests, told apart by their field count. */
public enum Layout {
    /** title, url, summary zh, summary en, abstract zh, abstract en. */
    STANDARD(6),
    /** title, url, abstract zh, abstract en: the first day's digests had no summaries. */
    NO_SUMMARIES(4),
    /** any other count: a damaged or hand-edited definition. */
    IRREGULAR(-1);

    private final int fieldCount;

    Layout(int fieldCount) {
        this.fieldCount = fieldCount;
    }

    public int fieldCount() {
        return fieldCount;
    }

    public static Layout of(int fieldCount) {
        if (fieldCount == STANDARD.fieldCount) {
            return STANDARD;
        }
        return fieldCount == NO_SUMMARIES.fieldCount ? NO_SUMMARIES : IRREGULAR;
    }
}
