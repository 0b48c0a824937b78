package io.github.digestplugin.report.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTokenizerTest {

    private final List<String> words = new ArrayList<>();
    private final List<String> bigrams = new ArrayList<>();

    private void split(String text) {
        SearchTokenizer.split(text, words::add, code -> bigrams.add(SearchTokenizer.bigramText(code)));
    }

    /** Every character the fast path maps, alone and in random runs, maps as the full NFKC normalizer does. */
    @Test
    void theFastPathIsNfkc() {
        StringBuilder fast = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            fast.append(c);
        }
        for (char c = 0x3000; c <= 0x3011; c++) {
            fast.append(c);
        }
        for (char c = 0x4E00; c <= 0x9FFF; c++) {
            fast.append(c);
        }
        for (char c = 0xFF01; c <= 0xFF5E; c++) {
            fast.append(c);
        }
        for (int i = 0; i < fast.length(); i++) {
            String one = String.valueOf(fast.charAt(i));
            assertThat(SearchTokenizer.nfkc(one)).as("U+%04X", (int) fast.charAt(i))
                    .isEqualTo(java.text.Normalizer.normalize(one, java.text.Normalizer.Form.NFKC));
        }
        java.util.Random random = new java.util.Random(20261201);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(fast.charAt(random.nextInt(fast.length())));
            }
            String sample = text.toString();
            assertThat(SearchTokenizer.nfkc(sample))
                    .isEqualTo(java.text.Normalizer.normalize(sample, java.text.Normalizer.Form.NFKC));
        }
        assertThat(SearchTokenizer.nfkc("e\u0301 ｆｉ ﬁ ²")).as("anything else: the full normalizer")
                .isEqualTo(java.text.Normalizer.normalize("e\u0301 ｆｉ ﬁ ²", java.text.Normalizer.Form.NFKC));
    }

    @Test
    void englishWordsAreLowerCasedAndSplitAtEverythingButLettersAndDigits() {
        split("Fine-Tuning GPT-4's BERT_base (2403.19243)");
        assertThat(words).containsExactly("fine", "tuning", "gpt", "4", "s", "bert", "base", "2403", "19243");
        assertThat(bigrams).isEmpty();
    }

    @Test
    void hanRunsBecomeOverlappingBigramsAndLatinInsideChineseStaysAWord() {
        split("大型语言模型（LLM）的微调，好");
        assertThat(bigrams).containsExactly("大型", "型语", "语言", "言模", "模型", "的微", "微调");
        assertThat(words).containsExactly("llm");
    }

    @Test
    void fullWidthLettersAndCompatibilityFormsAreFolded() {
        split("ＢＥＲＴ ﬁne Ⅻ");
        assertThat(words).containsExactly("bert", "fine", "xii");
    }

    @Test
    void hanOutsideTheBasicBlockIsHanToo() {
        split("𠀀𠀁");
        assertThat(bigrams).containsExactly("𠀀𠀁");
    }
}
