package io.github.digestplugin.check;

import java.util.Arrays;
import java.util.List;

/** A rule's message before it becomes a {@link Finding}: its key and arguments. */
public record RuleMessage(MessageKey key, List<Object> arguments) {

    public RuleMessage {
        arguments = List.copyOf(arguments);
    }

    public static RuleMessage of(MessageKey key, Object... arguments) {
        return new RuleMessage(key, Arrays.asList(arguments));
    }

    /** The English text. */
    public String english() {
        return RuleMessages.english().format(key.key(), arguments);
    }
}
