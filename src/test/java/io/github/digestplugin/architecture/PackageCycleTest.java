package io.github.digestplugin.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No package of the plugin depends, through any chain of others, on itself. The dependencies are
 * read from the sources: every import and every fully qualified name of the plugin's own classes.
 */
class PackageCycleTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final String ROOT = "io.github.digestplugin";
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    // A package name of the plugin followed by a class name (upper case), in an import or in code.
    private static final Pattern REFERENCE = Pattern.compile("\\b(" + Pattern.quote(ROOT) + "(?:\\.[a-z_][\\w]*)*)\\.[A-Z]");

    @Test
    void thePluginsPackagesHaveNoCycle() throws IOException {
        Map<String, Set<String>> graph = dependencies(SOURCES);

        assertThat(graph).containsKeys(ROOT + ".check", ROOT + ".check.rules", ROOT + ".runner", ROOT + ".maven");
        assertThat(cycles(graph)).as("package cycles in " + SOURCES).isEmpty();
    }

    @Test
    void theCoreCheckPackageUsesNeitherItsRulesNorTheRunner() throws IOException {
        assertThat(dependencies(SOURCES).get(ROOT + ".check"))
                .doesNotContain(ROOT + ".check.rules", ROOT + ".runner", ROOT + ".maven", ROOT + ".report");
    }

    /** The test above can fail: a cycle through three packages is found, with every package on it. */
    @Test
    void aCycleIsFound() {
        Map<String, Set<String>> graph = Map.of(
                "a", Set.of("b"),
                "b", Set.of("c"),
                "c", Set.of("a", "d"),
                "d", Set.of());

        assertThat(cycles(graph)).containsExactly(List.of("a", "b", "c"));
    }

    @Test
    void referencesAreReadFromImportsAndFullyQualifiedNames() {
        String source = "package io.github.digestplugin.a;\n"
                + "import io.github.digestplugin.b.Thing;\n"
                + "import static io.github.digestplugin.c.Other.method;\n"
                + "class X { io.github.digestplugin.d.e.Inner field; String s = \"io.github.digestplugin.f\"; }\n";

        assertThat(references(source)).containsExactlyInAnyOrder(
                "io.github.digestplugin.b", "io.github.digestplugin.c", "io.github.digestplugin.d.e");
    }

    static Map<String, Set<String>> dependencies(Path sources) throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(path -> path.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            Matcher packageLine = PACKAGE.matcher(source);
            if (!packageLine.find()) {
                continue;
            }
            String own = packageLine.group(1);
            Set<String> used = graph.computeIfAbsent(own, name -> new TreeSet<>());
            references(source).stream().filter(name -> !name.equals(own)).forEach(used::add);
        }
        return graph;
    }

    static Set<String> references(String source) {
        Set<String> found = new TreeSet<>();
        Matcher reference = REFERENCE.matcher(source);
        while (reference.find()) {
            found.add(reference.group(1));
        }
        Matcher packageLine = PACKAGE.matcher(source);
        if (packageLine.find()) {
            found.remove(packageLine.group(1));
        }
        return found;
    }

    /** The strongly connected components of more than one package (Tarjan), each sorted, in order. */
    static List<List<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> cycles = new ArrayList<>();
        for (String start : new TreeSet<>(graph.keySet())) {
            if (!index.containsKey(start)) {
                connect(start, graph, index, low, stack, onStack, cycles);
            }
        }
        cycles.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return cycles;
    }

    private static void connect(String node, Map<String, Set<String>> graph, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<List<String>> cycles) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        onStack.add(node);
        for (String next : new TreeSet<>(graph.getOrDefault(node, Set.of()))) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, onStack, cycles);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            List<String> component = new ArrayList<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                component.sort(null);
                cycles.add(component);
            }
        }
    }
}
