package io.github.digestplugin.fix;

import java.util.List;
import java.util.Optional;

/**
 * The repair of one finding, decided from the parsed digest: the line it changes and how. Where
 * the line's text is not what the digest said it was, the repair does nothing rather than guess.
 *
 * @param ruleId the rule whose finding it repairs
 * @param line the 1-based line it changes
 * @param edit the spans to replace in that line's text, or empty when the text does not hold what
 *     the repair expects
 * @param findingLine the line of the finding repaired, which may be another than the line changed
 */
record Repair(String ruleId, int line, LineEdit edit, int findingLine) {

    /** The repair of a finding on the line it changes. */
    Repair(String ruleId, int line, LineEdit edit) {
        this(ruleId, line, edit, line);
    }

    /** How a repair changes a line's text. */
    @FunctionalInterface
    interface LineEdit {
        /** @param lineEnd the line end a line added after this one takes */
        Optional<List<Span>> spans(String lineText, String lineEnd);
    }
}
