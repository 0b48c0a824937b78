package io.github.digestplugin.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportLanguageTest {

    @Test
    void theLocaleParameterWinsOverTheSiteAndTheJvm() {
        assertThat(ReportLanguage.choose("en", Locale.SIMPLIFIED_CHINESE, Locale.CHINA)).isEqualTo(Locale.ENGLISH);
        assertThat(ReportLanguage.choose("zh", Locale.ENGLISH, Locale.US)).isEqualTo(Locale.CHINESE);
        assertThat(ReportLanguage.choose("zh_CN", Locale.ROOT, Locale.US)).isEqualTo(Locale.CHINESE);
        assertThat(ReportLanguage.choose("zh-TW", Locale.ROOT, Locale.US)).isEqualTo(Locale.CHINESE);
    }

    @Test
    void withoutTheParameterTheSiteLocaleDecides() {
        assertThat(ReportLanguage.choose(null, Locale.SIMPLIFIED_CHINESE, Locale.US)).isEqualTo(Locale.CHINESE);
        assertThat(ReportLanguage.choose("default", Locale.ENGLISH, Locale.CHINA)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theJvmDefaultDecidesWhenTheSiteNamesNoLocale() {
        assertThat(ReportLanguage.choose(null, Locale.ROOT, Locale.CHINA)).isEqualTo(Locale.CHINESE);
        assertThat(ReportLanguage.choose(" ", null, Locale.US)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void otherLanguagesFallBackToEnglish() {
        assertThat(ReportLanguage.choose("fr", Locale.ROOT, Locale.CHINA)).isEqualTo(Locale.ENGLISH);
        assertThat(ReportLanguage.choose(null, Locale.GERMAN, Locale.CHINA)).isEqualTo(Locale.ENGLISH);
        assertThat(ReportLanguage.isSupported(Locale.FRENCH)).isFalse();
        assertThat(ReportLanguage.isSupported(Locale.UK)).isTrue();
        assertThat(ReportLanguage.isSupported(Locale.TRADITIONAL_CHINESE)).isTrue();
    }

    @Test
    void menuTextsAreLocalizedWhateverTheJvmDefault() {
        Locale jvmDefault = Locale.getDefault();
        try {
            Locale.setDefault(Locale.CHINA);
            assertThat(ReportLanguage.text("report.name", Locale.ENGLISH)).isEqualTo("Reading List");
            Locale.setDefault(Locale.US);
            assertThat(ReportLanguage.text("report.name", Locale.CHINESE)).isEqualTo("阅读列表");
            assertThat(ReportLanguage.text("report.description", Locale.CHINESE)).contains("论文");
        } finally {
            Locale.setDefault(jvmDefault);
        }
    }
}
