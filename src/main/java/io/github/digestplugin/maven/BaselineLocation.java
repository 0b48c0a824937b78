package io.github.digestplugin.maven;

import io.github.digestplugin.check.output.BaselineFile;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;

/** Where the baseline is: the file {@code baseline} names, else {@value BaselineFile#FILE_NAME} in the base directory. */
final class BaselineLocation {

    private BaselineLocation() {}

    static Path of(File configured, Path baseDirectory) {
        return configured == null
                ? baseDirectory.toAbsolutePath().normalize().resolve(BaselineFile.FILE_NAME)
                : configured.toPath().toAbsolutePath().normalize();
    }

    /**
     * The baseline a check reads: the default one only when it exists, a named one always.
     *
     * @throws MojoFailureException when the named file does not exist
     */
    static Optional<Path> toRead(File configured, Path baseDirectory) throws MojoFailureException {
        Path file = of(configured, baseDirectory);
        if (Files.isRegularFile(file)) {
            return Optional.of(file);
        }
        if (configured != null) {
            throw new MojoFailureException("The baseline " + file + " does not exist (parameter 'baseline', property"
                    + " digest.baseline); write it with mvn digest:baseline");
        }
        return Optional.empty();
    }
}
