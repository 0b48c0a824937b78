package io.github.digestplugin.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Plans file names for pages named after untrusted text (digest paths, categories): letters,
 * digits and {@code .-_} kept, folders joined by {@code _}, anything else replaced by {@code _};
 * a name longer than {@value #MAX_LENGTH} characters is cut and ends in a hash of the whole
 * text; names that would collide (also on a case-insensitive file system) get {@code -2},
 * {@code -3}.
 */
final class PageNames {

    /**
     * The longest name before {@code .html}: a digest's own name may be as long as the file system
     * allows, and its page adds a suffix, a {@code -2} or a folder for a list's parts.
     */
    static final int MAX_LENGTH = 100;

    /** Hex digits of the hash that keeps cut names apart. */
    private static final int HASH_LENGTH = 12;

    private PageNames() {}

    /** The page of every digest: {@code a/2024-02-05.md} becomes {@code digests/a_2024-02-05.html}. */
    static Map<Path, String> digests(List<Path> paths) {
        Map<Path, String> pages = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Path path : paths) {
            String full = path.toString().replace('\\', '/');
            String text = full;
            int dot = text.lastIndexOf('.');
            if (dot > text.lastIndexOf('/') + 1) {
                text = text.substring(0, dot);
            }
            pages.put(path, "digests/" + unique(bounded(safe(text), full), taken) + ".html");
        }
        return pages;
    }

    /** The page of every key below {@code folder}, keys in a stable order. */
    static Map<String, String> pages(Iterable<String> keys, String folder) {
        Map<String, String> pages = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String key : keys) {
            pages.put(key, folder + "/" + unique(bounded(safe(key), key), taken) + ".html");
        }
        return pages;
    }

    /** The Atom feed of every digest channel: {@code cs.CL} has {@code feeds/cs.CL.atom}. */
    static Map<String, String> feeds(Iterable<String> channels) {
        Map<String, String> feeds = new LinkedHashMap<>();
        pages(channels, "feeds").forEach((channel, page) ->
                feeds.put(channel, page.substring(0, page.length() - ".html".length()) + ".atom"));
        return feeds;
    }

    private static String unique(String base, Set<String> taken) {
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    /** {@code name}, or when it is too long its start and a hash of {@code full}, the text it was made from. */
    static String bounded(String name, String full) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        String hash = sha256(full).substring(0, HASH_LENGTH);
        return name.substring(0, MAX_LENGTH - hash.length() - 1) + "-" + hash;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
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
