package io.github.digestplugin.report;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Plans file names for pages named after untrusted text (digest paths, categories): letters,
 * digits and {@code .-_} kept, folders joined by {@code _}, anything else replaced by {@code _};
 * names that would collide (also on a case-insensitive file system) get {@code -2}, {@code -3}.
 */
final class PageNames {

    private PageNames() {}

    /** The page of every digest: {@code a/2024-02-05.md} becomes {@code digests/a_2024-02-05.html}. */
    static Map<Path, String> digests(List<Path> paths) {
        Map<Path, String> pages = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Path path : paths) {
            String text = path.toString().replace('\\', '/');
            int dot = text.lastIndexOf('.');
            if (dot > text.lastIndexOf('/') + 1) {
                text = text.substring(0, dot);
            }
            pages.put(path, "digests/" + unique(safe(text), taken) + ".html");
        }
        return pages;
    }

    /** The page of every key below {@code folder}, keys in a stable order. */
    static Map<String, String> pages(Iterable<String> keys, String folder) {
        Map<String, String> pages = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String key : keys) {
            pages.put(key, folder + "/" + unique(safe(key), taken) + ".html");
        }
        return pages;
    }

    private static String unique(String base, Set<String> taken) {
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    static String safe(String text) {
        StringBuilder name = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean safe = c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_');
            name.append(safe ? c : '_');
        }
        String result = name.toString();
        if (result.startsWith(".")) {
            result = "_" + result.substring(1);
        }
        return result.isEmpty() ? "_" : result;
    }
}
