package io.github.digestplugin.check;

import io.github.digestplugin.model.SourcePosition;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One problem found in a digest. Its text is rendered in English when it is made ({@code message},
 * what the log, the result files and a baseline read by default), and kept as key and arguments
 * beside it, so a report can show it in its reader's language ({@link #messageIn(Locale)}).
 *
 * @param path the digest, relative to the checked directory
 * @param message the English text
 * @param messageKey the key of the rule's message ({@link MessageKey}), empty for a text made without one
 * @param arguments the message's arguments: strings, integers and {@link Phrase}s
 */
public record Finding(Path path, SourcePosition position, Severity severity, String ruleId, String message,
        String messageKey, List<Object> arguments) {

    public Finding {
        arguments = List.copyOf(arguments);
    }

    /** A finding whose text has no key: shown as it is in every language. */
    public Finding(Path path, SourcePosition position, Severity severity, String ruleId, String message) {
        this(path, position, severity, ruleId, message, "", List.of());
    }

    /**
     * A finding of {@code key} with {@code arguments}, its English text rendered now.
     *
     * @throws IllegalArgumentException when the arguments do not match the key
     */
    public static Finding of(Path path, SourcePosition position, Severity severity, String ruleId, MessageKey key,
            Object... arguments) {
        if (arguments.length != key.arguments()) {
            throw new IllegalArgumentException("The message " + key.key() + " takes " + key.arguments()
                    + " arguments, not " + arguments.length);
        }
        List<Object> values = Arrays.asList(arguments);
        for (Object argument : values) {
            if (!RuleMessages.isArgument(argument)) {
                throw new IllegalArgumentException("The message " + key.key() + " cannot take " + argument);
            }
        }
        return new Finding(path, position, severity, ruleId, RuleMessages.english().format(key.key(), values),
                key.key(), values);
    }

    /** The text in {@code locale}'s language (Chinese or English), from the key and arguments. */
    public String messageIn(Locale locale) {
        return messageKey.isEmpty() ? message : RuleMessages.in(locale).format(messageKey, arguments);
    }

    /**
     * By path, position, rule id and message. Written out rather than chained from
     * {@code Comparator.comparing}: a chain of lambdas costs a short-lived JVM over 0.1 s of JIT
     * compilation when 25,000 findings are sorted.
     */
    public static final Comparator<Finding> ORDER = Finding::compare;

    private static int compare(Finding a, Finding b) {
        int order = a.path.equals(b.path) ? 0 : a.path.toString().compareTo(b.path.toString());
        if (order == 0) {
            order = a.position.compareTo(b.position);
        }
        if (order == 0) {
            order = a.ruleId.compareTo(b.ruleId);
        }
        return order != 0 ? order : a.message.compareTo(b.message);
    }

    /** {@code path:line:col: severity [rule-id] message}, as compilers and the log print it. */
    public String format(String shownPath) {
        return format(shownPath, message);
    }

    /** {@link #format(String)} with the message in {@code locale}'s language. */
    public String format(String shownPath, Locale locale) {
        return format(shownPath, messageIn(locale));
    }

    private String format(String shownPath, String text) {
        return shownPath + ":" + position.line() + ":" + position.column() + ": " + severity.label() + " ["
                + ruleId + "] " + text;
    }
}
