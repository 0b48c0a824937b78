package io.github.digestplugin.parse;

import io.github.digestplugin.model.SuppressionComment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads suppression comments: a line that holds nothing but {@code <!-- digest-disable ... -->},
 * {@code <!-- digest-enable ... -->} or {@code <!-- digest-disable-next-line ... -->} (indented or
 * not), with rule ids separated by spaces or commas. Anything else, a comment that is not closed
 * on its line or a keyword spelled otherwise, is ordinary text for the rules to judge.
 */
public final class SuppressionComments {

    private static final String OPEN = "<!--";
    private static final String CLOSE = "-->";
    /** Longer than any real comment: a long line is not read any further. */
    private static final int MAX_LENGTH = 2_000;

    private SuppressionComments() {}

    /** Whether a line may be a suppression comment: its first non-blank characters open a comment. */
    static boolean mayBe(LineReader line) {
        int indent = line.indent();
        return line.length() - indent >= OPEN.length() + CLOSE.length() && line.length() <= MAX_LENGTH
                && line.charAt(indent) == '<' && line.charAt(indent + 1) == '!';
    }

    /** The suppression comment the line is, if it is one. */
    public static Optional<SuppressionComment> read(String line, int number) {
        String text = line.strip();
        if (text.length() > MAX_LENGTH || !text.startsWith(OPEN) || !text.endsWith(CLOSE)) {
            return Optional.empty();
        }
        String inside = text.substring(OPEN.length(), text.length() - CLOSE.length()).strip();
        if (inside.contains("--")) {
            // Ends the comment early, or is a comment of something else.
            return Optional.empty();
        }
        String[] words = inside.split("[\\s,]+");
        SuppressionComment.Kind kind = null;
        for (SuppressionComment.Kind candidate : SuppressionComment.Kind.values()) {
            if (candidate.keyword().equals(words[0])) {
                kind = candidate;
            }
        }
        if (kind == null) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>();
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty()) {
                ids.add(words[i]);
            }
        }
        return Optional.of(new SuppressionComment(number, kind, ids));
    }
}
