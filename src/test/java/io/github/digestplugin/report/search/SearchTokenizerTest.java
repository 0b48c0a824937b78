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
