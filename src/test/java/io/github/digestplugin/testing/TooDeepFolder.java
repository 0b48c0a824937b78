package io.github.digestplugin.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder nested so deep that its absolute path is longer than the kernel accepts in a call, so
 * nothing can list it or even look at it: the one unreadable folder a test can make when it runs
 * as root, who reads folders whatever their permissions. It is built, and taken apart on
 * {@link #close}, through short names renamed one level at a time, since no call may name the
 * whole path.
 */
public final class TooDeepFolder implements AutoCloseable {

    /** Linux's PATH_MAX, counting the terminating NUL. */
    private static final int PATH_MAX = 4096;
    private static final String SHORT = "s";

    private final Path top;
    private final List<String> longNames;

    private TooDeepFolder(Path top, List<String> longNames) {
        this.top = top;
        this.longNames = longNames;
    }

    /** Makes the folder below {@code parent}, inside {@code parent/name}. */
    public static TooDeepFolder below(Path parent, String name) throws IOException {
        Path top = parent.toAbsolutePath().resolve(name);
        String level = "d".repeat(200);
        String last = "x".repeat(250);
        // As many levels as keep the parent of the last one within the limit; the last one passes it.
        int room = PATH_MAX - 1 - top.toString().length();
        int levels = room / (level.length() + 1);
        List<String> longNames = new ArrayList<>();
        for (int i = 0; i < levels; i++) {
            longNames.add(level);
        }
        longNames.add(last);
        Path deepest = top;
        for (int i = 0; i < longNames.size(); i++) {
            deepest = deepest.resolve(SHORT);
        }
        Files.createDirectories(deepest);
        // Deepest first: each rename names only short folders above the one renamed.
        for (int depth = longNames.size(); depth >= 1; depth--) {
            Path shortPath = shortPath(top, depth);
            Files.move(shortPath, shortPath.resolveSibling(longNames.get(depth - 1)));
        }
        TooDeepFolder folder = new TooDeepFolder(top, List.copyOf(longNames));
        if (folder.path().toString().length() < PATH_MAX
                || Files.exists(folder.path(), LinkOption.NOFOLLOW_LINKS)) {
            folder.close();
            throw new IllegalStateException("Could not make a folder too deep to be read below " + top);
        }
        return folder;
    }

    /** The folder that cannot be read, absolute. */
    public Path path() {
        Path path = top;
        for (String name : longNames) {
            path = path.resolve(name);
        }
        return path;
    }

    /** Renames the levels back to short names, top first, so the tree can be deleted. */
    @Override
    public void close() throws IOException {
        Path current = top;
        for (String name : longNames) {
            Path renamed = current.resolve(SHORT);
            Files.move(current.resolve(name), renamed);
            current = renamed;
        }
    }

    private static Path shortPath(Path top, int depth) {
        Path path = top;
        for (int i = 0; i < depth; i++) {
            path = path.resolve(SHORT);
        }
        return path;
    }
}
