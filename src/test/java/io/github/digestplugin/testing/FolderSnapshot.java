package io.github.digestplugin.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every path below a folder with its content, one line each in path order, for asserting that a
 * goal left a folder as it found it. Maven's build directory and the invoker's log are left out:
 * a run without a pom may write its {@code target} there.
 */
public final class FolderSnapshot {

    private FolderSnapshot() {}

    public static String of(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<String> lines = walk.filter(path -> !path.equals(folder))
                    .map(path -> folder.relativize(path).toString().replace('\\', '/'))
                    .filter(relative -> !relative.equals("build.log") && !relative.equals("target")
                            && !relative.startsWith("target/"))
                    .sorted()
                    .map(relative -> relative + " " + content(folder.resolve(relative)))
                    .toList();
            return String.join("\n", lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String content(Path path) {
        if (!Files.isRegularFile(path)) {
            return "/";
        }
        try {
            return Base64.getEncoder().encodeToString(Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
