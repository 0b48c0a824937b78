package io.github.digestplugin.report.render;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface text of the report in one language, from
 * {@code io/github/digestplugin/report/messages*.properties}. Templates read {@code $msg.key}
 * or {@code $msg.format("key", $arg)}.
 */
public final class Messages {

    static final String BUNDLE = "io.github.digestplugin.report.messages";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final ThreadLocal<Formats> formats;

    public Messages(Locale locale) {
        // No fallback to the JVM's default locale: an English report on a Chinese machine stays English.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.locale = locale;
        this.formats = ThreadLocal.withInitial(() -> new Formats(NumberFormat.getIntegerInstance(locale), new HashMap<>()));
    }

    /** The language tag for {@code <html lang>}: the bundle's language, {@code en} for the default one. */
    public String languageTag() {
        String language = bundle.getLocale().getLanguage();
        return language.isEmpty() ? "en" : bundle.getLocale().toLanguageTag();
    }

    /** The text of {@code key}; Velocity calls this for {@code $msg.key}. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No interface text '" + key + "' in " + BUNDLE, e);
        }
    }

    /** {@code number} as this language writes it: {@code 234,683} in English. */
    public String number(long number) {
        return formats.get().integers().format(number);
    }

    public String format(String key, Object... arguments) {
        return formats.get().messages().computeIfAbsent(key, k -> new MessageFormat(get(k), locale)).format(arguments);
    }

    /** A thread's formats, made once: neither kind is thread-safe, and making one costs more than using it. */
    private record Formats(NumberFormat integers, Map<String, MessageFormat> messages) {}
}
