package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.Phrase;
import io.github.digestplugin.model.Definition;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Heading;
import io.github.digestplugin.model.Layout;
import io.github.digestplugin.model.SourcePosition;
import io.github.digestplugin.model.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Text helpers shared by the rules: quoting values in messages, comparing texts, naming fields. */
final class RuleText {

    static final MessageKey THE_ROW = new MessageKey("phrase.the-row", 0);
    static final MessageKey REFERENCE = new MessageKey("phrase.reference", 1);
    static final MessageKey FIELD = new MessageKey("phrase.field", 1);
    static final MessageKey IN_CELL = new MessageKey("phrase.in-cell", 2);
    static final MessageKey IN_TRANSLATED_TITLE = new MessageKey("phrase.in-translated-title", 1);
    static final MessageKey IN_FIELD = new MessageKey("phrase.in-field", 2);

    /** The phrases several rules use; {@link #FIELDS} too. */
    static final List<MessageKey> PHRASES;

    /** How long a quoted value may be in a message before it is shortened. */
    static final int MAX_QUOTED = 80;

    /** The phrases naming the standard layout's definition fields, by index: {@code field 3 (summary zh)}. */
    private static final List<MessageKey> FIELDS = Stream.of("title", "url", "summary-zh", "summary-en",
            "abstract-zh", "abstract-en").map(name -> new MessageKey("phrase.field." + name, 1)).toList();

    /** The first day's four-field layout by index, as indexes of the standard layout's fields. */
    private static final int[] NO_SUMMARY_FIELDS = {0, 1, 4, 5};

    static {
        List<MessageKey> phrases = new ArrayList<>(List.of(THE_ROW, REFERENCE, FIELD, IN_CELL, IN_TRANSLATED_TITLE,
                IN_FIELD));
        phrases.addAll(FIELDS);
        PHRASES = List.copyOf(phrases);
    }

    private RuleText() {}

    /** The value in backticks, cut to {@link #MAX_QUOTED} characters with an ellipsis. */
    static String quote(String value) {
        String shown = value.length() <= MAX_QUOTED ? value : value.substring(0, MAX_QUOTED - 3) + "...";
        return "`" + shown + "`";
    }

    /**
     * Text as a reader sees it, for comparing two copies: trimmed, {@code \|} unescaped, runs of
     * whitespace collapsed into one space.
     */
    static String normalized(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '|') {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Whether two texts read the same after {@link #normalized}; identical texts cost no copy. */
    static boolean sameText(String first, String second) {
        return first.equals(second) || normalized(first).equals(normalized(second));
    }

    /**
     * Two texts that differ, each quoted: whole when both are short, else each from a little before
     * their first difference, so that a message about two long texts shows where they part:
     * {@code `...abc`}, {@code `...abd`}.
     */
    static String[] excerpts(String first, String second) {
        int common = 0;
        int shorter = Math.min(first.length(), second.length());
        while (common < shorter && first.charAt(common) == second.charAt(common)) {
            common++;
        }
        boolean bothFit = first.length() <= MAX_QUOTED && second.length() <= MAX_QUOTED;
        int from = bothFit || common <= CONTEXT ? 0 : common - CONTEXT;
        return new String[] {excerpt(first, from), excerpt(second, from)};
    }

    /** Characters shown before the first difference in {@link #excerpts}. */
    private static final int CONTEXT = 20;

    private static String excerpt(String text, int from) {
        if (from == 0) {
            return quote(text);
        }
        String rest = text.substring(Math.min(from, text.length()));
        String shown = rest.length() <= MAX_QUOTED - 3 ? rest : rest.substring(0, MAX_QUOTED - 6) + "...";
        return "`..." + shown + "`";
    }

    /** {@code field 3 (summary zh)}: the 1-based position and the name it has in the layout. */
    static Phrase fieldName(Definition definition, int index) {
        return fieldName(definition.layout(), index);
    }

    static Phrase fieldName(Layout layout, int index) {
        int standard = layout == Layout.NO_SUMMARIES
                ? (index < NO_SUMMARY_FIELDS.length ? NO_SUMMARY_FIELDS[index] : FIELDS.size())
                : index;
        MessageKey name = standard < FIELDS.size() ? FIELDS.get(standard) : FIELD;
        return Phrase.of(name.key(), index + 1);
    }

    /** A phrase of no arguments. */
    static Phrase phrase(MessageKey key) {
        return Phrase.of(key.key());
    }

    /** The position of a row's reference cell, or of the row when it has no cell. */
    static SourcePosition referencePosition(TableRow row) {
        return row.cells().isEmpty() ? row.position() : row.cells().get(0).position();
    }

    /** {@code [^7]}, or {@code the row} when the row carries no readable number. */
    static Phrase reference(TableRow row) {
        return row.number().map(n -> Phrase.of(REFERENCE.key(), n)).orElse(phrase(THE_ROW));
    }

    /** Where a text stands: {@code cell 2 of row [^7]}. */
    static Phrase inCell(int index, TableRow row) {
        return Phrase.of(IN_CELL.key(), index + 1, reference(row));
    }

    /** {@code the translated title of definition [^7]}. */
    static Phrase inTranslatedTitle(Definition definition) {
        return Phrase.of(IN_TRANSLATED_TITLE.key(), definition.number());
    }

    /** {@code field 3 (summary zh) of definition [^7]}. */
    static Phrase inField(Definition definition, int index) {
        return Phrase.of(IN_FIELD.key(), fieldName(definition, index), definition.number());
    }

    /**
     * The first line of the details section: its heading, else the first definition, else past the
     * end. Lines before it belong to the summary section.
     */
    static int detailsStart(Digest digest) {
        for (Heading heading : digest.headings()) {
            if (heading.kind() == Heading.Kind.DETAILS) {
                return heading.position().line();
            }
        }
        return digest.definitions().isEmpty()
                ? Integer.MAX_VALUE
                : digest.definitions().get(0).position().line();
    }
}
