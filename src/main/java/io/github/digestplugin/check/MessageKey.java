package io.github.digestplugin.check;

/**
 * A message a rule reports, as checkstyle keeps its messages: a key of the rules' bundles
 * ({@code check/rules/messages*.properties}) and the number of arguments its pattern takes. A
 * rule declares its keys as constants and lists them in {@link Rule#messages()}.
 *
 * @param key {@code <rule-id>.<name>}, such as {@code url-canonical.not-canonical}
 */
public record MessageKey(String key, int arguments) {}
