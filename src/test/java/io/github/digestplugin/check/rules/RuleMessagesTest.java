package io.github.digestplugin.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.Phrase;
import io.github.digestplugin.check.Rule;
import io.github.digestplugin.check.RuleMessages;
import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The rules' bundles against the keys the rules declare: the same keys in English and Chinese, with the same arguments. */
class RuleMessagesTest {

    private static final String BUNDLE = "/io/github/digestplugin/check/rules/messages";

    private static final RuleMessages ENGLISH = RuleMessages.english();
    private static final RuleMessages CHINESE = RuleMessages.in(Locale.CHINESE);

    @Test
    void everyRuleKeyIsInBothBundlesWithTheArgumentsItDeclares() {
        for (Rule rule : Rules.all()) {
            assertThat(rule.messages()).as(rule.id()).isNotEmpty();
            for (MessageKey key : rule.messages()) {
                assertThat(key.key()).as(rule.id()).startsWith(rule.id() + ".");
                for (RuleMessages bundle : List.of(ENGLISH, CHINESE)) {
                    assertThat(bundle.has(key.key())).as(key.key() + " in " + bundle.locale()).isTrue();
                    assertThat(bundle.argumentCount(key.key())).as(key.key() + " in " + bundle.locale())
                            .isEqualTo(key.arguments());
                }
            }
        }
        for (MessageKey phrase : RuleText.PHRASES) {
            assertThat(ENGLISH.argumentCount(phrase.key())).as(phrase.key()).isEqualTo(phrase.arguments());
            assertThat(CHINESE.argumentCount(phrase.key())).as(phrase.key()).isEqualTo(phrase.arguments());
        }
    }

    @Test
    void everyRuleIsDescribedInBothLanguages() {
        for (Rule rule : Rules.all()) {
            assertThat(ENGLISH.description(rule.id())).as(rule.id()).endsWith(".").doesNotContain("\n");
            assertThat(CHINESE.description(rule.id())).as(rule.id()).endsWith("。").doesNotContain("\n");
            assertThat(ENGLISH.rationale(rule.id())).as(rule.id()).endsWith(".");
            assertThat(CHINESE.rationale(rule.id())).as(rule.id()).endsWith("。");
            assertThat(rule.description()).isEqualTo(ENGLISH.description(rule.id()));
            assertThat(rule.helpUri()).isEqualTo(Rule.DOCUMENTATION + "#" + rule.id());
        }
    }

    /** Each bundle holds exactly the declared keys: none missing, none left over from a removed message. */
    @Test
    void bundlesHoldTheDeclaredKeysAndNoOthers() throws IOException {
        Set<String> declared = new TreeSet<>();
        List<String> all = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            declared.add(rule.id() + ".description");
            declared.add(rule.id() + ".rationale");
            rule.messages().forEach(key -> all.add(key.key()));
        }
        RuleText.PHRASES.forEach(key -> all.add(key.key()));
        declared.addAll(all);

        assertThat(new HashSet<>(all)).as("keys declared twice").hasSameSizeAs(all);
        assertThat(keysOf(BUNDLE + ".properties")).isEqualTo(declared);
        assertThat(keysOf(BUNDLE + "_zh.properties")).isEqualTo(declared);
    }

    @Test
    void aFindingKeepsItsEnglishTextAndReadsInChinese() {
        Finding finding = Finding.of(Path.of("a.md"), new SourcePosition(14, 44), Severity.INFO, "url-canonical",
                UrlCanonicalRule.NOT_CANONICAL, "`http://arxiv.org/abs/2403.19243`", 1, "https://arxiv.org/abs/2403.19243");

        assertThat(finding.message()).isEqualTo("Url `http://arxiv.org/abs/2403.19243` of [^1] is not canonical;"
                + " use https://arxiv.org/abs/2403.19243");
        assertThat(finding.messageIn(Locale.ENGLISH)).isEqualTo(finding.message());
        assertThat(finding.messageIn(Locale.CHINESE)).isEqualTo("[^1] 的链接 `http://arxiv.org/abs/2403.19243`"
                + " 不是规范形式；请使用 https://arxiv.org/abs/2403.19243");
        assertThat(finding.messageKey()).isEqualTo("url-canonical.not-canonical");
    }

    @Test
    void phrasesAreTranslatedInsideTheMessage() {
        Finding finding = Finding.of(Path.of("a.md"), new SourcePosition(3, 5), Severity.ERROR, "definition-layout",
                DefinitionLayoutRule.INDENT, 7, Phrase.of("phrase.field.summary-zh", 3), 1);

        assertThat(finding.message()).isEqualTo("Definition [^7] field 3 (summary zh) is indented by 1 character;"
                + " fields are indented by exactly four spaces");
        assertThat(finding.messageIn(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("定义 [^7] 的第 3 个字段（中文总结）缩进了 1 个字符，字段应恰好缩进四个空格");
    }

    @Test
    void numbersAreNotGroupedAndPluralsFollowThem() {
        assertThat(ENGLISH.format("row-syntax.cell-count", List.of(Phrase.of("phrase.reference", 12345), 29_999)))
                .isEqualTo("Row [^12345] has 29999 cells; expected 3: `| [^N] | [title](url) | summary |`");
        assertThat(ENGLISH.format("row-syntax.cell-count", List.of(Phrase.of("phrase.the-row"), 1)))
                .startsWith("Row the row has 1 cell;");
        assertThat(ENGLISH.format("row-syntax.cell-count", List.of(Phrase.of("phrase.the-row"), 0)))
                .startsWith("Row the row has 0 cells;");
    }

    @Test
    void aMessageWithTheWrongArgumentsIsRefusedWhenItIsMade() {
        assertThatThrownBy(() -> Finding.of(Path.of("a.md"), SourcePosition.lineStart(1), Severity.INFO,
                "url-canonical", UrlCanonicalRule.NOT_CANONICAL, "only one"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes 3 arguments, not 1");
        assertThatThrownBy(() -> Finding.of(Path.of("a.md"), SourcePosition.lineStart(1), Severity.INFO,
                "encoding", new MessageKey("encoding.invalid-utf8", 1), 2.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot take 2.5");
    }

    @Test
    void argumentsSurviveEncoding() {
        List<Object> arguments = List.of("", "a:b\t12:c\nd", 0, -7, 3_000_000_000L, "s3:xyz",
                Phrase.of("phrase.in-field", Phrase.of("phrase.field.url", 2), 9), "尾");

        assertThat(RuleMessages.decode(RuleMessages.encode(arguments))).isEqualTo(arguments);
        assertThat(RuleMessages.decode("")).isEmpty();
        assertThatThrownBy(() -> RuleMessages.decode("s9:short")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RuleMessages.decode("x1:a")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Set<String> keysOf(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RuleMessagesTest.class.getResourceAsStream(resource);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
