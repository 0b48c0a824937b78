package io.github.digestplugin.report.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page's {@code assets/search.js}, made from the ES modules of {@code assets/search/} (which
 * the Node tests import): browsers load no module from {@code file://}, so the report ships them
 * as one classic script. The modules keep to a form this can join without a bundler: imports of
 * each other on one line each, {@code export} only before a declaration; their top-level names
 * share one function scope.
 */
public final class SearchScript {

    /** The script the search page loads, relative to the report. */
    public static final String FILE = "assets/search.js";

    /** The modules in the order they run: each imports only from those before it. */
    static final List<String> MODULES = List.of("assets/search/index-files.mjs", "assets/search/ranking.mjs",
            "assets/search/page.mjs");

    private static final Pattern IMPORT = Pattern.compile("import \\{[^}]*\\} from '\\./([a-z-]+\\.mjs)';");
    private static final Pattern EXPORT = Pattern.compile("export (?=(async )?function |const |let |class )");

    /** Reads a template file by its name. */
    @FunctionalInterface
    public interface TemplateReader {
        byte[] read(String name) throws IOException;
    }

    private SearchScript() {}

    /**
     * The modules joined, each read through {@code read} (so a user's copy replaces ours).
     *
     * @throws IOException when a module is out of that form, naming it and the line
     */
    public static byte[] bundle(TemplateReader read) throws IOException {
        return bundle(read, MODULES);
    }

    /** The reading script the report's pages load, relative to the report. */
    public static final String READING_FILE = "assets/reading.js";

    /** The reading script's modules, in the order they run. */
    public static final List<String> READING_MODULES = List.of("assets/reading/state.mjs", "assets/reading/page.mjs");

    /**
     * {@code modules} joined as one classic script, in the form {@link #bundle(TemplateReader)}
     * describes; each imports only from modules of its own folder before it.
     *
     * @throws IOException when a module is out of that form, naming it and the line
     */
    public static byte[] bundle(TemplateReader read, List<String> modules) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("/* Made by the report from ").append(String.join(", ", modules))
                .append(": one classic script, since browsers load no module from file://. */\n")
                .append("(function () {\n'use strict';\n");
        List<String> before = new ArrayList<>();
        for (String module : modules) {
            String folder = module.substring(0, module.lastIndexOf('/') + 1);
            String source = new String(read.read(module), StandardCharsets.UTF_8);
            String[] lines = source.split("\n", -1);
            out.append("\n// ").append(module).append('\n');
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                Matcher imported = IMPORT.matcher(line);
                if (imported.matches()) {
                    if (!before.contains(folder + imported.group(1))) {
                        throw new IOException(module + ":" + (i + 1) + ": imports " + imported.group(1)
                                + ", which is not one of the modules before it: " + before);
                    }
                    continue;
                }
                if (line.startsWith("import") || line.startsWith("export")) {
                    Matcher exported = EXPORT.matcher(line);
                    if (!exported.lookingAt()) {
                        throw new IOException(module + ":" + (i + 1) + ": an import or export the report cannot"
                                + " join (one line \"import { a, b } from './x.mjs';\", \"export\" before a declaration): "
                                + line);
                    }
                    line = line.substring(exported.end());
                }
                out.append(line).append('\n');
            }
            before.add(module);
        }
        out.append("}());\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
