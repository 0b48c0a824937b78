package io.github.digestplugin.report.search;

import io.github.digestplugin.report.render.Escaping;
import java.io.IOException;
import java.io.UncheckedIOException;

/** JSON string literals for the index scripts, safe inside a JavaScript source file. */
final class ScriptJson {

    private ScriptJson() {}

    static void appendString(StringBuilder out, String text) {
        try {
            Escaping.appendJson(out, text);
        } catch (IOException e) {
            throw new UncheckedIOException("A StringBuilder does not fail", e);
        }
    }
}
