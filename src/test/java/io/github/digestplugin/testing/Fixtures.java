package io.github.digestplugin.testing;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The digests written for the tests, in {@code src/test/resources/digests}: {@code cs.CL/} holds one
 * small digest per layout and malformation FORMAT.md lists (file names say which), {@code seed/} a
 * curated reading list of four papers in the seed list's shape, a {@code .txt} file without a date.
 * Tests copy what they break; nothing here is written.
 */
public final class Fixtures {

    private Fixtures() {}

    /** The folder of the daily cs.CL digests. */
    public static Path samples() {
        return resource("digests/cs.CL");
    }

    public static Path sample(String name) {
        return samples().resolve(name);
    }

    /** The folder holding only the reading list. */
    public static Path seed() {
        return resource("digests/seed");
    }

    public static Path seedFile() {
        return seed().resolve("000_reading-list.txt");
    }

    private static Path resource(String name) {
        URL url = Fixtures.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("The test fixture " + name + " is not on the class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The test fixture " + name + " has no file path: " + url, e);
        }
    }
}
