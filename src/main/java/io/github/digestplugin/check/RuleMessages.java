package io.github.digestplugin.check;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of the rules in one language, from {@code io/github/digestplugin/check/rules/messages*.properties}
 * ({@code zh} and the default, English): each rule's description ({@code <rule-id>.description}), why it
 * matters ({@code <rule-id>.rationale}), its messages ({@link MessageKey}) and the {@link Phrase}s they
 * take. Patterns are {@link MessageFormat}s; an integer argument in a plain {@code {n}} is written
 * without grouping, as a line number is.
 */
public final class RuleMessages {

    static final String BUNDLE = "io.github.digestplugin.check.rules.messages";

    private static final Map<Locale, RuleMessages> BY_LOCALE = new ConcurrentHashMap<>();

    /** The language the log and the result files use unless told otherwise. */
    public static final Locale ENGLISH = Locale.ROOT;

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Map<String, MessageFormat> patterns = new ConcurrentHashMap<>();

    private RuleMessages(Locale locale) {
        // No fallback to the JVM's default locale: English stays English on a Chinese machine.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.locale = locale;
    }

    public static RuleMessages english() {
        return in(ENGLISH);
    }

    /** The texts in {@code locale}: Chinese for {@code zh}, English for any other. */
    public static RuleMessages in(Locale locale) {
        Locale language = locale.getLanguage().equals("zh") ? Locale.CHINESE : ENGLISH;
        return BY_LOCALE.computeIfAbsent(language, RuleMessages::new);
    }

    /** The language of these texts: {@code zh}, or the root locale for English. */
    public Locale locale() {
        return locale;
    }

    /** Whether the bundle holds {@code key} (for tests of the bundles). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The raw pattern of {@code key}. */
    public String pattern(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No rule text '" + key + "' in " + BUNDLE + " for " + locale, e);
        }
    }

    /** How many arguments the pattern of {@code key} refers to (its highest index plus one). */
    public int argumentCount(String key) {
        return new MessageFormat(pattern(key), locale).getFormatsByArgumentIndex().length;
    }

    /** The one-line description of a rule. */
    public String description(String ruleId) {
        return pattern(ruleId + ".description");
    }

    /** Why a rule matters, a sentence or two beyond its description. */
    public String rationale(String ruleId) {
        return pattern(ruleId + ".rationale");
    }

    /** The text of {@code key} with its arguments: strings, integers and {@link Phrase}s. */
    public String format(String key, List<Object> arguments) {
        Object[] values = new Object[arguments.size()];
        StringBuilder numbers = new StringBuilder(key).append('/');
        for (int i = 0; i < values.length; i++) {
            Object argument = arguments.get(i);
            values[i] = argument instanceof Phrase phrase ? format(phrase.key(), phrase.arguments()) : argument;
            numbers.append(argument instanceof Number ? 'n' : '-');
        }
        MessageFormat format = (MessageFormat) patterns.computeIfAbsent(numbers.toString(),
                k -> new MessageFormat(plainNumbers(pattern(key), values), locale)).clone();
        return format.format(values);
    }

    /**
     * The pattern with each plain {@code {n}} of a number argument written {@code {n,number,#}}:
     * MessageFormat would group its digits ({@code 29,999}), which reads wrong for a line or a count
     * of cells.
     */
    private static String plainNumbers(String pattern, Object[] values) {
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        Matcher plain = PLAIN_ARGUMENT.matcher(pattern);
        int last = 0;
        while (plain.find()) {
            int index = Integer.parseInt(plain.group(1));
            if (index < values.length && values[index] instanceof Number) {
                out.append(pattern, last, plain.start()).append('{').append(index).append(",number,#}");
                last = plain.end();
            }
        }
        return out.append(pattern, last, pattern.length()).toString();
    }

    private static final Pattern PLAIN_ARGUMENT = Pattern.compile("\\{(\\d+)}");

    /** Whether {@code argument} is of a type a message takes and can be stored. */
    static boolean isArgument(Object argument) {
        return argument instanceof String || argument instanceof Integer || argument instanceof Long
                || argument instanceof Phrase phrase && phrase.arguments().stream().allMatch(RuleMessages::isArgument);
    }

    /**
     * Arguments as one string, for the working store and the forked check's lines: each as a type
     * letter ({@code s}tring, {@code i}nteger, {@code p}hrase), its length, {@code :} and its text;
     * a phrase's text is its key and arguments encoded the same way.
     */
    public static String encode(List<Object> arguments) {
        StringBuilder out = new StringBuilder();
        for (Object argument : arguments) {
            if (argument instanceof Phrase phrase) {
                List<Object> parts = new ArrayList<>(phrase.arguments().size() + 1);
                parts.add(phrase.key());
                parts.addAll(phrase.arguments());
                append(out, 'p', encode(parts));
            } else if (argument instanceof Integer || argument instanceof Long) {
                append(out, 'i', argument.toString());
            } else if (argument instanceof String text) {
                append(out, 's', text);
            } else {
                throw new IllegalArgumentException("Not a message argument: " + argument);
            }
        }
        return out.toString();
    }

    private static void append(StringBuilder out, char type, String text) {
        out.append(type).append(text.length()).append(':').append(text);
    }

    /** @throws IllegalArgumentException when {@code encoded} is not what {@link #encode} writes */
    public static List<Object> decode(String encoded) {
        List<Object> arguments = new ArrayList<>();
        int at = 0;
        while (at < encoded.length()) {
            char type = encoded.charAt(at);
            int colon = encoded.indexOf(':', at + 1);
            if (colon < 0) {
                throw new IllegalArgumentException("Not encoded message arguments: " + encoded);
            }
            int length;
            try {
                length = Integer.parseInt(encoded, at + 1, colon, 10);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not encoded message arguments: " + encoded, e);
            }
            int end = colon + 1 + length;
            if (length < 0 || end > encoded.length()) {
                throw new IllegalArgumentException("Not encoded message arguments: " + encoded);
            }
            String text = encoded.substring(colon + 1, end);
            arguments.add(switch (type) {
                case 's' -> text;
                case 'i' -> {
                    long value = Long.parseLong(text);
                    yield value == (int) value ? (Object) (int) value : (Object) value;
                }
                case 'p' -> {
                    List<Object> parts = decode(text);
                    if (parts.isEmpty() || !(parts.get(0) instanceof String key)) {
                        throw new IllegalArgumentException("Not an encoded phrase: " + text);
                    }
                    yield new Phrase(key, parts.subList(1, parts.size()));
                }
                default -> throw new IllegalArgumentException("Not encoded message arguments: " + encoded);
            });
            at = end;
        }
        return arguments;
    }
}
