package io.github.digestplugin.check.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Writes checkstyle XML and parses it back with the JDK's XML parser. */
class CheckstyleWriterTest {

    @TempDir
    Path base;

    @Test
    void listsEveryCheckedFileWithItsFindings() throws Exception {
        Element root = write().getDocumentElement();

        assertThat(root.getTagName()).isEqualTo("checkstyle");
        assertThat(root.getAttribute("version")).isEqualTo("1.2.3-TEST");
        List<Element> files = children(root, "file");
        assertThat(files).extracting(f -> f.getAttribute("name")).containsExactly(
                "src/digests/2024/clean.md", "src/digests/2024/reading list #2.md", "src/digests/摘要.md");
        assertThat(children(files.get(0), "error")).isEmpty();

        List<Element> errors = children(files.get(1), "error");
        assertThat(errors).hasSize(2);
        Element first = errors.get(0);
        assertThat(first.getAttribute("line")).isEqualTo("5");
        assertThat(first.getAttribute("column")).isEqualTo("42");
        assertThat(first.getAttribute("severity")).isEqualTo("error");
        assertThat(first.getAttribute("source")).isEqualTo("digest.cell-pipe");
        assertThat(errors.get(1).getAttribute("severity")).isEqualTo("warning");
        assertThat(children(files.get(2), "error").get(0).getAttribute("severity")).isEqualTo("info");
    }

    @Test
    void keepsMarkupAndUnicodeInMessagesAndReplacesWhatXmlCannotHold() throws Exception {
        Element error = children(children(write().getDocumentElement(), "file").get(1), "error").get(0);

        assertThat(error.getAttribute("message"))
                .isEqualTo("Title \"A<b>&c</b>\" \\ differs: tab\uFFFDbell\u2028line 摘要 \uD83D\uDE00");
    }

    @Test
    void replacesCharactersOutsideXml() {
        assertThat(CheckstyleWriter.attributeValue("a\u0000b\uD800c\uFFFEd\r\ne")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd  e");
    }

    @Test
    void escapesMarkupAndKeepsPlainTextAsItIs() {
        assertThat(CheckstyleWriter.attributeValue("<a href=\"x\">&amp;</a> 'q'"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;amp;&lt;/a&gt; 'q'");
        String plain = "Url http://arxiv.org/abs/2401.00001 is not canonical 摘要";
        assertThat(CheckstyleWriter.attributeValue(plain)).isSameAs(plain);
    }

    private Document write() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CheckstyleWriter("1.2.3-TEST", base)
                .write(ResultFixtures.result(), ResultFixtures.checked(base.resolve("src/digests")), out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(tag)) {
                found.add(element);
            }
        }
        return found;
    }
}
