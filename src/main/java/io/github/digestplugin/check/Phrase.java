package io.github.digestplugin.check;

import java.util.List;

/**
 * A part of a message that is itself translated, such as the name of a field ({@code field 3
 * (summary zh)}, {@code 第 3 个字段（中文总结）}): a key of the rules' bundles with its own
 * arguments, given to a rule's message as one argument.
 */
public record Phrase(String key, List<Object> arguments) {

    public Phrase {
        arguments = List.copyOf(arguments);
    }

    public static Phrase of(String key, Object... arguments) {
        return new Phrase(key, List.of(arguments));
    }
}
