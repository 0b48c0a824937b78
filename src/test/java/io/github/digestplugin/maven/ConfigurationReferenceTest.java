package io.github.digestplugin.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The README's configuration reference of each goal lists exactly the goal's own parameters, with
 * the property and default of the generated plugin descriptor. The parameters the report inherits
 * from AbstractMavenReport ({@code outputFormat}, {@code siteDirectory}, ...) are Maven's, not the
 * plugin's; {@code outputDirectory} and {@code locale} are the report's own, declared on setters.
 */
class ConfigurationReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"check", "baseline", "fix", "report"})
    void readmeTableMatchesThePluginDescriptor(String goal) throws Exception {
        Map<String, String[]> documented = readmeRows(goal);
        Map<String, Parameter> parameters = parameters(goal);

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
    private static Map<String, String[]> readmeRows(String goal) throws Exception {
        String heading = "## Configuration reference: `digest:" + goal + "`";
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf(heading);
        assertThat(start).as("README has the section " + heading).isNotNegative();
        String section = readme.substring(start + heading.length());
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

    /** The editable parameters the goal declares, itself or in this plugin's base class, as maven-plugin-plugin generated them. */
    private static Map<String, Parameter> parameters(String goal) throws Exception {
        Path classes = Path.of(CheckMojo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Document descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(classes.resolve("META-INF/maven/plugin.xml").toFile());
        Element mojo = null;
        for (Element candidate : elements(descriptor.getDocumentElement(), "mojo")) {
            if (text(candidate, "goal").equals(goal)) {
                mojo = candidate;
            }
        }
        assertThat(mojo).as("the " + goal + " goal in the descriptor").isNotNull();
        Class<?> implementation = Class.forName(text(mojo, "implementation"));
        Element configuration = elements(mojo, "configuration").get(0);
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (Element parameter : elements(mojo, "parameter")) {
            if (!text(parameter, "editable").equals("true")) {
                continue;
            }
            String name = text(parameter, "name");
            if (!declaresParameter(implementation, name)) {
                continue;
            }
            List<Element> configured = elements(configuration, name);
            Optional<String> property = configured.stream().map(Element::getTextContent)
                    .filter(v -> v.startsWith("${")).map(v -> v.substring(2, v.length() - 1)).findFirst();
            Optional<String> defaultValue = configured.stream().map(e -> e.getAttribute("default-value"))
                    .filter(v -> !v.isEmpty()).findFirst();
            parameters.put(name, new Parameter(property, defaultValue));
        }
        return parameters;
    }

    /** Declared by the mojo or by a class of this plugin it extends, not by Maven's reporting base. */
    private static boolean declaresParameter(Class<?> mojo, String name) {
        String setter = "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (Class<?> c = mojo; c != null && c.getPackageName().equals(CheckMojo.class.getPackageName());
                c = c.getSuperclass()) {
            if (Arrays.stream(c.getDeclaredFields()).anyMatch(f -> f.getName().equals(name))
                    || Arrays.stream(c.getDeclaredMethods()).anyMatch(m -> m.getName().equals(setter))) {
                return true;
            }
        }
        return false;
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
