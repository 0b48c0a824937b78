package io.github.digestplugin.check;

import io.github.digestplugin.check.rules.EncodingRule;
import io.github.digestplugin.check.rules.UnreadableFileRule;
import java.util.List;

/** The rule catalogue, in the order the documentation lists it. */
public final class Rules {

    private static final List<Rule> ALL = List.of(
            new EncodingRule(),
            new UnreadableFileRule());

    private Rules() {}

    public static List<Rule> all() {
        return ALL;
    }
}
