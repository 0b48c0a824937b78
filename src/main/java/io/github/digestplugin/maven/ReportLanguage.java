package io.github.digestplugin.maven;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The language of the report's interface text. Chinese and English are supported; anything else
 * falls back to English, the base bundle.
 */
final class ReportLanguage {

    /** The value of the {@code locale} parameter meaning "not chosen", as in Maven Site's locale lists. */
    static final String UNSET = "default";

    private static final String BUNDLE = "io.github.digestplugin.maven.report";

    private ReportLanguage() {}

    /**
     * The language to write the report in.
     *
     * @param requested the {@code locale} parameter; blank or {@value #UNSET} when not set
     * @param siteLocale the locale the site is rendered in ({@link Locale#ROOT} when the site names
     *     none, as in a standalone run)
     * @param jvmDefault the JVM's default locale, used when neither is given
     */
    static Locale choose(String requested, Locale siteLocale, Locale jvmDefault) {
        Locale wanted = requestedLocale(requested)
                .orElseGet(() -> siteLocale == null || siteLocale.equals(Locale.ROOT) ? jvmDefault : siteLocale);
        return isChinese(wanted) ? Locale.CHINESE : Locale.ENGLISH;
    }

    /** The locale the user asked for, if any. */
    static Optional<Locale> requestedLocale(String requested) {
        if (requested == null || requested.isBlank() || requested.strip().equalsIgnoreCase(UNSET)) {
            return Optional.empty();
        }
        return Optional.of(Locale.forLanguageTag(requested.strip().replace('_', '-')));
    }

    /** Whether an explicitly requested locale is one the report is written in. */
    static boolean isSupported(Locale locale) {
        return isChinese(locale) || locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
    }

    /** A text of the report's site menu entry, in {@code language}. */
    static String text(String key, Locale language) {
        try {
            return ResourceBundle.getBundle(BUNDLE, language, ResourceBundle.Control.getNoFallbackControl(
                            ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("The plugin's resource bundle " + BUNDLE + " lacks " + key, e);
        }
    }

    private static boolean isChinese(Locale locale) {
        return locale.getLanguage().equals(Locale.CHINESE.getLanguage());
    }
}
