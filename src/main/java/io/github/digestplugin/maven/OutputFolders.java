package io.github.digestplugin.maven;

import java.io.File;
import java.nio.file.Path;

/**
 * The project's folders the goals write to. Maven's stub project for a run without a pom leaves
 * {@code ${project.basedir}} unresolved in its build and reporting folders, so there each one is
 * taken in the base (current) directory instead.
 */
final class OutputFolders {

    private final boolean projectPresent;
    private final Path baseDirectory;
    private final File buildDirectory;

    /**
     * @param projectPresent whether Maven runs with a pom
     * @param baseDirectory the project's base directory, or the current directory without a pom
     * @param buildDirectory {@code ${project.build.directory}}
     */
    OutputFolders(boolean projectPresent, File baseDirectory, File buildDirectory) {
        this.projectPresent = projectPresent;
        this.baseDirectory = baseDirectory.toPath();
        this.buildDirectory = buildDirectory;
    }

    /** A folder of the project as configured, or {@code withoutPom} in the base directory; absolute. */
    Path projectFolder(File configured, String withoutPom) {
        Path folder = projectPresent ? configured.toPath() : baseDirectory.resolve(withoutPom);
        return folder.toAbsolutePath().normalize();
    }

    /** The build directory; {@code target} in the current directory without a pom. */
    Path buildDirectory() {
        return projectFolder(buildDirectory, "target");
    }

    /**
     * Whether {@code output} lies below the digest directory outside the build directory. The goals
     * never write into the user's digests; the build directory is Maven's own, so checking
     * {@code .} without a pom may still write to {@code ./target}.
     */
    boolean insideDigests(Path output, Path digests) {
        return output.startsWith(digests) && !output.startsWith(buildDirectory());
    }
}
