package io.github.digestplugin.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The report goal as maven-plugin-plugin describes it. {@code outputDirectory} and {@code locale}
 * are declared on setters to replace AbstractMavenReport's parameters of the same names; this
 * test notices if the descriptor falls back to the inherited ones.
 */
class ReportDescriptorTest {

    private static Element report;

    @BeforeAll
    static void readDescriptor() throws Exception {
        Path classes = Path.of(ReportMojo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Element plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(classes.resolve("META-INF/maven/plugin.xml").toFile())
                .getDocumentElement();
        for (Element mojo : children(children(plugin, "mojos").get(0), "mojo")) {
            if (text(mojo, "goal").equals("report")) {
                report = mojo;
            }
        }
        assertThat(report).as("the report goal in the descriptor").isNotNull();
    }

    @Test
    void runsWithoutAPomAndInParallelBuilds() {
        assertThat(text(report, "requiresProject")).isEqualTo("false");
        assertThat(text(report, "threadSafe")).isEqualTo("true");
    }

    @Test
    void outputDirectoryAndLocaleAreTheReportsOwn() {
        Map<String, String> properties = properties();
        assertThat(properties).containsEntry("outputDirectory", "${digest.outputDirectory}");
        assertThat(properties).containsEntry("locale", "${digest.locale}");
        assertThat(parameterNames()).containsOnlyOnce("outputDirectory", "locale");
    }

    @Test
    void everyUserParameterHasItsDigestProperty() {
        assertThat(properties()).containsEntry("directory", "${digest.directory}")
                .containsEntry("includes", "${digest.includes}")
                .containsEntry("excludes", "${digest.excludes}")
                .containsEntry("summaryHeading", "${digest.summaryHeading}")
                .containsEntry("detailsHeading", "${digest.detailsHeading}")
                .containsEntry("channel", "${digest.channel}")
                .containsEntry("severityOverrides", "${digest.severities}")
                .containsEntry("templateDirectory", "${digest.templateDirectory}")
                .containsEntry("title", "${digest.title}")
                .containsEntry("failOnError", "${digest.failOnError}")
                .containsEntry("skip", "${digest.skip}");
    }

    private static Map<String, String> properties() {
        Map<String, String> properties = new HashMap<>();
        for (Element value : children(children(report, "configuration").get(0), null)) {
            properties.put(value.getTagName(), value.getTextContent().strip());
        }
        return properties;
    }

    private static List<String> parameterNames() {
        return children(children(report, "parameters").get(0), "parameter").stream()
                .map(p -> text(p, "name"))
                .toList();
    }

    /** The child elements named {@code name}, or all of them when it is null. */
    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && (name == null || element.getTagName().equals(name))) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        return children(parent, name).get(0).getTextContent().strip();
    }
}
