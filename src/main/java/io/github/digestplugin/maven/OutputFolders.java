package io.github.digestplugin.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The project's folders the goals write to. Maven's stub project for a run without a pom leaves
 * {@code ${project.basedir}} unresolved in its build and reporting folders, so there each one is
 * taken in the base (current) directory instead.
 */
final class OutputFolders {

    /** As many links as Linux follows in one path before it gives up on a loop. */
    private static final int MAX_LINKS = 40;

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
     * Whether {@code output} lies below the digest directory outside the build directory, both
     * compared where symbolic links lead. The goals never write into the user's digests; the build
     * directory is Maven's own, so checking {@code .} without a pom may still write to
     * {@code ./target}, unless {@code target} is itself a link (say into the digests).
     */
    boolean insideDigests(Path output, Path digests) {
        Path realOutput = resolved(output);
        Path realDigests = resolved(digests);
        if (!realOutput.startsWith(realDigests)) {
            return false;
        }
        Path build = buildDirectory();
        Path realBuild = resolved(build);
        boolean buildAmongDigests = realBuild.startsWith(realDigests) && !realBuild.equals(realDigests)
                && !Files.isSymbolicLink(build);
        return !(buildAmongDigests && realOutput.startsWith(realBuild));
    }

    /** Whether {@code output} is the digest directory or a folder above it, where links lead. */
    static boolean holdsDigests(Path output, Path digests) {
        return resolved(digests).startsWith(resolved(output));
    }

    /**
     * Where {@code path} leads once symbolic links are resolved: the real path of its nearest
     * existing parent, with the rest appended. A link to a path that does not exist yet is
     * followed by hand, since writing through it would create its target. A path that cannot be
     * resolved (a loop of links, a folder that cannot be looked into) is taken as written: writing
     * to it fails.
     */
    static Path resolved(Path path) {
        Path written = path.toAbsolutePath().normalize();
        Path absolute = written;
        for (int links = 0; links < MAX_LINKS; links++) {
            Path existing = absolute;
            while (existing.getParent() != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                existing = existing.getParent();
            }
            Path rest = existing.relativize(absolute);
            try {
                return existing.toRealPath().resolve(rest);
            } catch (IOException e) {
                if (!Files.isSymbolicLink(existing)) {
                    return written;
                }
                try {
                    Path parent = existing.getParent().toRealPath();
                    absolute = parent.resolve(Files.readSymbolicLink(existing)).resolve(rest).normalize();
                } catch (IOException unreadable) {
                    return written;
                }
            }
        }
        return written;
    }
}
