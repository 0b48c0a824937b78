package io.github.digestplugin.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds broken relative links in a generated report: every {@code href} and {@code src} of every
 * {@code .html} file below a directory must name an existing file, and a {@code #fragment} must
 * name an element id on the target page. Links with a scheme (http, https, mailto, ...) are not
 * followed. Depends on jsoup only, so invoker verify scripts can call it from the test classpath:
 * {@code assert LinkChecker.brokenLinks(dir).isEmpty()}.
 */
public final class LinkChecker {

    /** A link with a scheme (http, https, mailto, ...) leaves the report: not followed. */
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

    private LinkChecker() {}

    /**
     * Every broken link below {@code reportDirectory}, one line each:
     * {@code page.html: href -> reason}; empty when all resolve.
     */
    public static List<String> brokenLinks(Path reportDirectory) throws IOException {
        return brokenLinks(reportDirectory, reportDirectory);
    }

    /**
     * Every broken link of the pages below {@code reportDirectory}, which may lead anywhere below
     * {@code linkRoot} (a report inside a site links back into the site).
     */
    public static List<String> brokenLinks(Path reportDirectory, Path linkRoot) throws IOException {
        Path root = reportDirectory.toAbsolutePath().normalize();
        Path allowed = linkRoot.toAbsolutePath().normalize();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(root)) {
            pages = walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
        Map<Path, Set<String>> idCache = new HashMap<>();
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            Document document = Jsoup.parse(page.toFile(), "UTF-8");
            idCache.putIfAbsent(page, ids(document));
            for (Element element : document.select("[href], [src]")) {
                String link = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                String problem = check(allowed, page, link, idCache);
                if (problem != null) {
                    broken.add(root.relativize(page).toString().replace('\\', '/') + ": " + link + " -> " + problem);
                }
            }
        }
        return broken;
    }

    private static String check(Path root, Path page, String link, Map<Path, Set<String>> idCache) {
        String trimmed = link.strip();
        if (trimmed.isEmpty()) {
            return "empty link";
        }
        if (SCHEME.matcher(trimmed).lookingAt() || trimmed.startsWith("//")) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            return "not a valid URI (" + e.getReason() + ")";
        }
        String path = uri.getRawPath() == null ? "" : URLDecoder.decode(uri.getRawPath().replace("+", "%2B"),
                StandardCharsets.UTF_8);
        Path target = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!target.startsWith(root)) {
            return "points outside the report";
        }
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
            return "no such file";
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && target.getFileName().toString().endsWith(".html")) {
            Set<String> ids = idCache.computeIfAbsent(target, LinkChecker::ids);
            if (!ids.contains(fragment)) {
                return "no element with id '" + fragment + "'";
            }
        }
        return null;
    }

    private static Set<String> ids(Path page) {
        try {
            return ids(Jsoup.parse(page.toFile(), "UTF-8"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> ids(Document document) {
        Set<String> ids = new java.util.HashSet<>();
        for (Element element : document.select("[id], a[name]")) {
            ids.add(element.hasAttr("id") ? element.id() : element.attr("name"));
        }
        return ids;
    }
}
