package io.github.digestplugin.parse;

import java.nio.file.Path;

/**
 * A path below the digest directory that {@link DigestFiles} did not take as a digest, and why.
 * The checker turns each one into a finding.
 *
 * @param path where the problem is, relative to the digest directory (the link, not its target)
 * @param kind what is wrong
 * @param detail the link's real target for the outside and loop links, the path of the link
 *     that led to the folder first for a repeated one, the links of a cycle joined by
 *     {@code " -> "}, else what the file system said
 */
public record PathProblem(Path path, Kind kind, String detail) {

    public enum Kind {
        /** A symbolic link whose real target lies outside the digest directory; not read. */
        LINK_OUTSIDE,
        /** A link to a folder that holds the link itself; the folder is walked once, not again through it. */
        LINK_LOOP,
        /** A link to a folder another link already led to; the folder is walked through the first only. */
        LINK_REPEATED,
        /** A link named like a digest that leads nowhere: to nothing, or past the links the system follows. */
        BROKEN_LINK,
        /** Links that lead round to themselves, {@code a.md -> b.md -> a.md}: one problem per loop, at its first link. */
        LINK_CYCLE,
        /** A folder that cannot be listed; the digests in it are not read. */
        UNREADABLE_FOLDER,
        /** A path named like a digest that cannot be read as a file (or whose kind cannot be told). */
        UNREADABLE,
        /** A digest whose bytes could not be read once the walk had taken it (the checker's own problem). */
        READ_FAILED
    }
}
