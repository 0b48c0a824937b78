package io.github.digestplugin.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Compares two folders file by file, for asserting that a report run into an existing output left
 * exactly what a fresh run writes: every file and folder on one side and not the other, and every
 * file whose bytes differ with its first differing line on each side.
 */
public final class OutputTree {

    /** Characters of a differing line shown before the first differing character. */
    private static final int BEFORE = 60;
    /** Characters shown of each side of a differing line. */
    private static final int SHOWN = 200;

    private OutputTree() {}

    /** One line per difference, in path order; empty when both trees hold the same bytes. */
    public static List<String> differences(Path actual, Path expected) throws IOException {
        Map<String, Path> actualPaths = paths(actual);
        Map<String, Path> expectedPaths = paths(expected);
        List<String> differences = new ArrayList<>();
        TreeSet<String> all = new TreeSet<>(actualPaths.keySet());
        all.addAll(expectedPaths.keySet());
        for (String relative : all) {
            Path mine = actualPaths.get(relative);
            Path theirs = expectedPaths.get(relative);
            if (theirs == null) {
                differences.add(relative + ": only in " + actual);
            } else if (mine == null) {
                differences.add(relative + ": missing, only in " + expected);
            } else if (Files.isRegularFile(mine) && Files.mismatch(mine, theirs) != -1) {
                differences.add(relative + ": " + firstDifferingLine(mine, theirs));
            }
        }
        return differences;
    }

    /** Every file and folder below {@code root} by its relative path; folders end with {@code /}. */
    private static Map<String, Path> paths(Path root) throws IOException {
        Map<String, Path> paths = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(path -> !path.equals(root)).forEach(path -> {
                String relative = root.relativize(path).toString().replace('\\', '/');
                paths.put(Files.isDirectory(path) ? relative + "/" : relative, path);
            });
        }
        return paths;
    }

    private static String firstDifferingLine(Path actual, Path expected) throws IOException {
        List<String> mine = Files.readString(actual, StandardCharsets.ISO_8859_1).lines().toList();
        List<String> theirs = Files.readString(expected, StandardCharsets.ISO_8859_1).lines().toList();
        int line = 0;
        while (line < mine.size() && line < theirs.size() && mine.get(line).equals(theirs.get(line))) {
            line++;
        }
        if (line == mine.size() && line == theirs.size()) {
            return "differs in its line ends";
        }
        String a = line < mine.size() ? mine.get(line) : "";
        String b = line < theirs.size() ? theirs.get(line) : "";
        int column = 0;
        while (column < a.length() && column < b.length() && a.charAt(column) == b.charAt(column)) {
            column++;
        }
        return "line " + (line + 1) + " differs at column " + (column + 1) + ": was «" + excerpt(a, column)
                + (line < mine.size() ? "" : " (end of file)") + "», expected «" + excerpt(b, column)
                + (line < theirs.size() ? "" : " (end of file)") + "»";
    }

    /** The part of {@code line} (bytes as ISO-8859-1) around {@code column}, decoded as UTF-8 again. */
    private static String excerpt(String line, int column) {
        int from = Math.max(0, column - BEFORE);
        int to = Math.min(line.length(), from + SHOWN);
        byte[] bytes = line.substring(from, to).getBytes(StandardCharsets.ISO_8859_1);
        String text = new String(bytes, StandardCharsets.UTF_8);
        // A cut inside a character leaves a replacement character at either end: dropped.
        text = text.replaceAll("^\uFFFD+|\uFFFD+$", "");
        return (from > 0 ? "…" : "") + text + (to < line.length() ? "…" : "");
    }
}
