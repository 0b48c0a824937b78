package io.github.digestplugin.check;

import io.github.digestplugin.model.SourcePosition;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * One problem found in a digest.
 *
 * @param path the digest, relative to the checked directory
 */
public record Finding(Path path, SourcePosition position, Severity severity, String ruleId, String message) {

    public static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.path().toString())
            .thenComparing(Finding::position)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    /** {@code path:line:col: severity [rule-id] message}, as compilers and the log print it. */
    public String format(String shownPath) {
        return shownPath + ":" + position.line() + ":" + position.column() + ": " + severity.label() + " ["
                + ruleId + "] " + message;
    }
}
