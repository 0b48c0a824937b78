package io.github.digestplugin.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.digestplugin.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LinearInlineParserTest {

    private static final MutableDataSet OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    private static final Parser FLEXMARK = Parser.builder(OPTIONS).build();
    private static final Parser LINEAR = LinearInlineParser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

    /** Every line of the fixture digests and generated markup, rendered through both parsers. */
    @Test
    void readsEverythingAsFlexmarkDoes() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Fixtures.samples())) {
            for (Path file : files.sorted().toList()) {
                texts.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        }
        String[] pieces = {"[", "]", "(", ")", "<", ">", "`", "``", "*", "**", "_", "\\", "!", "&", "&amp;", "&#106;",
            "&#x6A;", "&colon;", "\"", "'", " ", "\t", "a", "中文", "|", "\\|", ":", "<b>", "</b>", "<!--", "-->",
            "<?", "?>", "<!DOCTYPE x>", "<![CDATA[x]]>", "<a href=\"x\">", "<x@y.z>", "<https://a.b/c>", "[a]: b",
            "[a](b \"t\")", "[a](<b c>)", "[a][b]", "![i](j)", "www.x.org", "\n", "$x_i$", "~~"};
        Random random = new Random(11);
        for (int i = 0; i < 8_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(12); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertThat(RENDERER.render(LINEAR.parse(text))).as(text).isEqualTo(RENDERER.render(FLEXMARK.parse(text)));
        }
    }
}
