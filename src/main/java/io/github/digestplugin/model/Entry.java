package io.github.digestplugin.model;

import java.util.Optional;

/**
 * One paper of a digest: its table row and its footnote definition paired by number, with every
 * field resolved. Either side may be missing in a damaged digest; its fields are then empty and
 * point at the side that exists.
 *
 * @param title the English title without its arXiv suffix (definition field 1, else the row's link)
 * @param url the url (definition field 2's link target, else the row's link target)
 * @param summaryZh the Chinese one-line summary (definition field 3 in the standard layout, else
 *     the row's Summary cell)
 * @param urlId the arXiv id the url names, if it names one
 */
public record Entry(
        int number,
        Optional<TableRow> row,
        Optional<Definition> definition,
        Field translatedTitle,
        Field title,
        Field url,
        Field summaryZh,
        Field summaryEn,
        Field abstractZh,
        Field abstractEn,
        Optional<TitleSuffix> titleSuffix,
        Optional<AbstractPrefix> abstractPrefix,
        Optional<ArxivId> urlId) {

    /** The paper's id: from the url, else the title suffix, else the abstract prefix. */
    public Optional<ArxivId> arxivId() {
        if (urlId.isPresent()) {
            return urlId;
        }
        if (titleSuffix.isPresent()) {
            return Optional.of(titleSuffix.get().id());
        }
        return abstractPrefix.map(AbstractPrefix::id);
    }

    /** The highest version any of the entry's sources names, or 0. */
    public int version() {
        int version = urlId.map(ArxivId::version).orElse(0);
        version = Math.max(version, titleSuffix.map(s -> s.id().version()).orElse(0));
        return Math.max(version, abstractPrefix.map(p -> p.id().version()).orElse(0));
    }

    public Optional<String> primaryCategory() {
        return titleSuffix.map(TitleSuffix::primaryCategory);
    }

    /** new, cross, replace or replace-cross, where the abstract says. */
    public Optional<String> announceType() {
        return abstractPrefix.map(AbstractPrefix::announceType);
    }

    /** The English abstract without its {@code arXiv:ID Announce Type: ...} prefix. */
    public String abstractEnText() {
        return abstractPrefix.map(p -> abstractEn.text().substring(p.length())).orElse(abstractEn.text());
    }

    /**
     * How long the generator lets the English abstract field grow, prefix included, before it cuts
     * it (often inside a word); the spaces at the cut go with the line's end, so a cut field may be
     * a few characters shorter.
     */
    public static final int ABSTRACT_CUT = 1000;
    private static final int CUT_SLACK = 10;

    /**
     * Whether the digest cut the English abstract short: the field ends with an ellipsis, or it
     * reaches the generator's cut and does not end a sentence.
     */
    public boolean abstractEnCutShort() {
        String text = abstractEn.text().stripTrailing();
        if (text.isEmpty()) {
            return false;
        }
        if (text.endsWith("\u2026") || text.endsWith("...")) {
            return true;
        }
        char last = text.charAt(text.length() - 1);
        boolean endsSentence = ".!?)]\"'\u201d\u2019".indexOf(last) >= 0;
        return text.codePointCount(0, text.length()) >= ABSTRACT_CUT - CUT_SLACK && !endsSentence;
    }

    /** Where the entry starts: its row, else its definition. */
    public SourcePosition position() {
        return row.map(TableRow::position).orElseGet(() -> definition.orElseThrow().position());
    }
}
