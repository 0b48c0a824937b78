package io.github.digestplugin.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The README's configuration reference for {@code digest:check} lists exactly the goal's
 * parameters, with the property and default of the generated plugin descriptor.
 */
class CheckConfigurationReferenceTest {

    private static final String SECTION = "## Configuration reference: `digest:check`";

    @Test
    void readmeTableMatchesThePluginDescriptor() throws Exception {
        Map<String, String[]> documented = readmeRows();
        Map<String, Parameter> parameters = checkParameters();

        assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(parameters.keySet());
        parameters.forEach((name, parameter) -> {
            String[] row = documented.get(name);
            String property = row[1].strip();
            if (parameter.property().isPresent()) {
                assertThat(property).as(name + " property").isEqualTo("`" + parameter.property().get() + "`");
            } else {
                assertThat(property).as(name + " property").startsWith("none");
            }
            parameter.defaultValue().ifPresent(value ->
                    assertThat(row[2]).as(name + " default").contains("`" + value + "`"));
        });
    }

    private record Parameter(Optional<String> property, Optional<String> defaultValue) {}

    /** Parameter name to its cells: name, property, default, description. */
    private static Map<String, String[]> readmeRows() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf(SECTION);
        assertThat(start).as("README has the section " + SECTION).isNotNegative();
        String section = readme.substring(start + SECTION.length());
        int next = section.indexOf("\n## ");
        section = next < 0 ? section : section.substring(0, next);
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : section.lines().toList()) {
            if (line.startsWith("| `")) {
                String[] cells = line.substring(1).split(" \\| ");
                rows.put(cells[0].strip().replace("`", ""), cells);
            }
        }
        return rows;
    }

    /** The editable parameters of the check goal, as maven-plugin-plugin generated them. */
    private static Map<String, Parameter> checkParameters() throws Exception {
        Path classes = Path.of(CheckMojo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Document descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(classes.resolve("META-INF/maven/plugin.xml").toFile());
        Element check = null;
        for (Element mojo : elements(descriptor.getDocumentElement(), "mojo")) {
            if (text(mojo, "goal").equals("check")) {
                check = mojo;
            }
        }
        assertThat(check).as("the check goal in the descriptor").isNotNull();
        Element configuration = elements(check, "configuration").get(0);
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (Element parameter : elements(check, "parameter")) {
            if (!text(parameter, "editable").equals("true")) {
                continue;
            }
            String name = text(parameter, "name");
            List<Element> configured = elements(configuration, name);
            Optional<String> property = configured.stream().map(Element::getTextContent)
                    .filter(v -> v.startsWith("${")).map(v -> v.substring(2, v.length() - 1)).findFirst();
            Optional<String> defaultValue = configured.stream().map(e -> e.getAttribute("default-value"))
                    .filter(v -> !v.isEmpty()).findFirst();
            parameters.put(name, new Parameter(property, defaultValue));
        }
        return parameters;
    }

    private static String text(Element parent, String tag) {
        return elements(parent, tag).get(0).getTextContent().strip();
    }

    private static List<Element> elements(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(nodes::item)
                .filter(n -> n.getNodeType() == Node.ELEMENT_NODE).map(Element.class::cast).toList();
    }
}
