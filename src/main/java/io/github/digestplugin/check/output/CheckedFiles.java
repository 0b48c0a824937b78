package io.github.digestplugin.check.output;

import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The digests one run checked: the directory and the files below it, as the checker names them.
 *
 * @param directory the checked directory, absolute
 * @param files the digests, relative to {@code directory}
 */
public record CheckedFiles(Path directory, List<Path> files) {

    public CheckedFiles {
        directory = directory.toAbsolutePath().normalize();
        files = List.copyOf(files);
    }

    /**
     * A digest's path as seen from {@code base}, with forward slashes: what a log line, a SARIF
     * uri or a checkstyle file name shows. A digest on another file system root keeps its absolute
     * path.
     */
    public String pathFrom(Path base, Path relativeFile) {
        Path file = directory.resolve(relativeFile).normalize();
        Path from = base.toAbsolutePath().normalize();
        Path shown = from.getRoot() != null && from.getRoot().equals(file.getRoot()) ? from.relativize(file) : file;
        return shown.toString().replace(File.separatorChar, '/');
    }

    /**
     * {@link #pathFrom} as a function that works out each digest's path once: a run with thousands
     * of findings names the same few files over and over. Not thread-safe.
     */
    public Function<Path, String> pathsFrom(Path base) {
        Map<Path, String> known = new HashMap<>();
        return relativeFile -> known.computeIfAbsent(relativeFile, file -> pathFrom(base, file));
    }
}
