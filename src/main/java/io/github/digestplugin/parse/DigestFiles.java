package io.github.digestplugin.parse;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds digests below a directory by Ant-style patterns ({@code **}{@code /*.md}, {@code drafts/**}),
 * as Maven users know them from resources and checkstyle includes.
 */
public final class DigestFiles {

    private final List<Pattern> includes;
    private final List<Pattern> excludes;
    /** The excludes of the form {@code folder/**}, as patterns of the folder: nothing below a match is read. */
    private final List<Pattern> excludedFolders;

    public DigestFiles(List<String> includes, List<String> excludes) {
        this.includes = includes.stream().map(DigestFiles::antPattern).toList();
        this.excludes = excludes.stream().map(DigestFiles::antPattern).toList();
        this.excludedFolders = excludes.stream().map(DigestFiles::normalized)
                .filter(p -> p.endsWith("/**") && p.length() > "/**".length())
                .map(p -> antPattern(p.substring(0, p.length() - "/**".length())))
                .toList();
    }

    /**
     * What {@link #find} found: the digests, and the paths it did not take though they may have
     * been meant as digests.
     *
     * @param files the matching regular files, relative to the directory, sorted
     * @param problems links and folders that were not read, sorted by path
     */
    public record Listing(List<Path> files, List<PathProblem> problems) {

        public Listing {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    /**
     * The matching regular files below {@code directory}, and the problems of the paths below it.
     * A symbolic link is followed only when its real target lies inside the directory, is not one
     * of the link's own parent folders, and is not a folder another link already led to (the first
     * link by path wins); a folder that cannot be listed is a problem of its own and the rest is
     * still walked. Folders that an exclude such as {@code drafts/**} leaves out entirely are not
     * descended into.
     *
     * @throws NoSuchFileException when the directory does not exist
     * @throws NotDirectoryException when it is not a directory
     * @throws IOException when the directory itself cannot be listed
     */
    public Listing find(Path directory) throws IOException {
        Optional<List<Path>> loop = linkLoop(directory);
        if (loop.isPresent()) {
            throw new FileSystemException(directory.toString(), null, loopMessage(loop.get()));
        }
        if (!Files.exists(directory)) {
            throw new NoSuchFileException(directory.toString());
        }
        if (!Files.isDirectory(directory)) {
            throw new NotDirectoryException(directory.toString());
        }
        return new Search(directory.toRealPath()).run();
    }

    boolean matches(Path relative) {
        String path = slashes(relative);
        return includes.stream().anyMatch(p -> p.matcher(path).matches())
                && excludes.stream().noneMatch(p -> p.matcher(path).matches());
    }

    /** Whether an exclude leaves out everything below the folder {@code relative}. */
    boolean excludesFolder(Path relative) {
        String path = slashes(relative);
        return excludedFolders.stream().anyMatch(p -> p.matcher(path).matches());
    }

    private static String slashes(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    /** A folder reached through a link, walked once the folders found before it are. */
    private record LinkedFolder(Path target, Path relative, List<Path> origins) {}

    /**
     * One search of the digest directory: its own tree first, then the folders links lead to, in
     * the order of the links' paths, each real folder through one link only. Walked again through
     * every link, links to a folder's siblings would multiply the folders walked with each level.
     */
    private final class Search {

        private final Path root;
        private final List<Path> files = new ArrayList<>();
        private final List<PathProblem> problems = new ArrayList<>();
        private final PriorityQueue<LinkedFolder> pending =
                new PriorityQueue<>(Comparator.comparing((LinkedFolder f) -> f.relative().toString()));
        /** The real folders entered through a link, with that link's path. */
        private final Map<Path, Path> entered = new HashMap<>();
        /**
         * Each loop of links met, by its real links, with the problem of the first path it was met
         * at: a loop of links to files, or of links to folders, is one problem.
         */
        private final Map<Set<Path>, PathProblem> loops = new HashMap<>();

        /** @param root the real digest directory */
        Search(Path root) {
            this.root = root;
        }

        Listing run() throws IOException {
            new Walk(root, Path.of(""), List.of()).run();
            for (LinkedFolder next = pending.poll(); next != null; next = pending.poll()) {
                Path first = entered.putIfAbsent(next.target(), next.relative());
                if (first == null) {
                    new Walk(next.target(), next.relative(), next.origins()).run();
                } else {
                    problems.add(new PathProblem(next.relative(), PathProblem.Kind.LINK_REPEATED,
                            first.toString()));
                }
            }
            problems.addAll(loops.values());
            files.sort(null);
            problems.sort(Comparator.comparing(PathProblem::path));
            return new Listing(files, problems);
        }

        /**
         * One walk of a real folder, without following links: the digest directory itself, or the
         * target of a link inside it, whose paths are named as seen through the link.
         */
        private final class Walk extends SimpleFileVisitor<Path> {

            private final Path start;
            private final Path prefix;
            private final List<Path> origins;

            /**
             * @param start the real folder walked
             * @param prefix the path {@code start} is seen at, relative to the digest directory
             * @param origins the real paths of the links that led here: a link to the folder of one
             *     of them, or
             *     to a folder above one, would lead round again
             */
            Walk(Path start, Path prefix, List<Path> origins) {
                this.start = start;
                this.prefix = prefix;
                this.origins = origins;
            }

            void run() throws IOException {
                Files.walkFileTree(start, Set.of(), Integer.MAX_VALUE, this);
            }

            private Path relative(Path path) {
                Path inStart = start.relativize(path);
                return prefix.toString().isEmpty() ? inStart : prefix.resolve(inStart);
            }

            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(start) && excludesFolder(relative(dir))
                        ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path relative = relative(file);
                if (attrs.isRegularFile()) {
                    if (matches(relative)) {
                        files.add(relative);
                    }
                } else if (attrs.isSymbolicLink()) {
                    link(file, relative);
                } else if (matches(relative)) {
                    problems.add(new PathProblem(relative, PathProblem.Kind.UNREADABLE, "not a regular file"));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(start)) {
                    return folderFailed(file, e);
                }
                Path relative = relative(file);
                boolean folder = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS);
                boolean reported;
                if (folder) {
                    reported = !excludesFolder(relative);
                } else if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    reported = matches(relative);
                } else {
                    // A path whose very kind cannot be read may be a folder of digests; one gone
                    // since its folder was listed is not there to report.
                    reported = !(e instanceof NoSuchFileException) && !excludesFolder(relative);
                }
                if (reported) {
                    problems.add(new PathProblem(relative,
                            folder ? PathProblem.Kind.UNREADABLE_FOLDER : PathProblem.Kind.UNREADABLE, describe(e)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                return e == null ? FileVisitResult.CONTINUE : folderFailed(dir, e);
            }

            /** A folder that could not be listed: the digest directory fails the walk, any other is a problem. */
            private FileVisitResult folderFailed(Path dir, IOException e) throws IOException {
                if (dir.equals(root)) {
                    throw e;
                }
                problems.add(new PathProblem(relative(dir), PathProblem.Kind.UNREADABLE_FOLDER, describe(e)));
                return FileVisitResult.CONTINUE;
            }

            private void link(Path link, Path relative) throws IOException {
                Path target;
                try {
                    target = link.toRealPath();
                } catch (NoSuchFileException e) {
                    if (matches(relative)) {
                        problems.add(new PathProblem(relative, PathProblem.Kind.BROKEN_LINK,
                                "its target " + Files.readSymbolicLink(link) + " does not exist"));
                    }
                    return;
                } catch (IOException e) {
                    if (matches(relative)) {
                        Optional<List<Path>> loop = linkLoop(link);
                        if (loop.isPresent()) {
                            PathProblem problem = new PathProblem(relative, PathProblem.Kind.LINK_CYCLE,
                                    joined(loop.get(), root));
                            loops.merge(Set.copyOf(loop.get()), problem,
                                    (first, other) -> first.path().compareTo(other.path()) <= 0 ? first : other);
                        } else {
                            problems.add(new PathProblem(relative, PathProblem.Kind.BROKEN_LINK, describe(e)));
                        }
                    }
                    return;
                }
                boolean folder = Files.isDirectory(target);
                if (folder ? excludesFolder(relative) : !matches(relative)) {
                    return;
                }
                if (!target.startsWith(root)) {
                    problems.add(new PathProblem(relative, PathProblem.Kind.LINK_OUTSIDE, target.toString()));
                } else if (!folder) {
                    if (Files.isRegularFile(target)) {
                        files.add(relative);
                    } else {
                        problems.add(new PathProblem(relative, PathProblem.Kind.UNREADABLE, "not a regular file"));
                    }
                } else if (link.getParent().startsWith(target)
                        || origins.stream().anyMatch(o -> o.getParent().startsWith(target))) {
                    // The links of the loop: from the first that left a folder this one leads back
                    // to, to this one. Walked through each of its links, a loop is met once per link.
                    Set<Path> members = new HashSet<>();
                    boolean inLoop = false;
                    for (Path origin : origins) {
                        inLoop = inLoop || origin.getParent().startsWith(target);
                        if (inLoop) {
                            members.add(origin);
                        }
                    }
                    members.add(link);
                    loops.merge(Set.copyOf(members),
                            new PathProblem(relative, PathProblem.Kind.LINK_LOOP, target.toString()),
                            (first, other) -> first.path().compareTo(other.path()) <= 0 ? first : other);
                } else {
                    List<Path> deeper = new ArrayList<>(origins);
                    deeper.add(link);
                    pending.add(new LinkedFolder(target, relative, List.copyOf(deeper)));
                }
            }
        }
    }

    /** How many links a loop is looked for through: more than any system follows. */
    private static final int MAX_LINKS = 64;

    /**
     * The links of the loop that {@code link} leads into, each once, in the order they lead, when
     * following it link by link comes back to one of them; empty when it ends anywhere else.
     */
    public static Optional<List<Path>> linkLoop(Path link) {
        List<Path> chain = new ArrayList<>();
        Path current = link.toAbsolutePath().normalize();
        try {
            for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(current); i++) {
                int seen = chain.indexOf(current);
                if (seen >= 0) {
                    return Optional.of(List.copyOf(chain.subList(seen, chain.size())));
                }
                chain.add(current);
                Path parent = current.getParent();
                current = (parent == null ? current : parent).resolve(Files.readSymbolicLink(current)).normalize();
            }
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** What to say of a loop of links that is named as a folder or file: the links, in full. */
    public static String loopMessage(List<Path> loop) {
        return "a loop of symbolic links, " + joined(loop, null);
    }

    /** The loop's links as {@code a.md -> b.md -> a.md}, relative to {@code base} where they lie inside it. */
    private static String joined(List<Path> loop, Path base) {
        List<String> names = new ArrayList<>();
        for (Path member : loop) {
            names.add(base != null && member.startsWith(base) ? slashes(base.relativize(member)) : member.toString());
        }
        names.add(names.get(0));
        return String.join(" -> ", names);
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }

    private static String normalized(String pattern) {
        String p = pattern.strip().replace('\\', '/');
        return p.endsWith("/") ? p + "**" : p;
    }

    /** An Ant-style pattern ({@code **}, {@code *}, {@code ?}) as a regular expression over paths with forward slashes. */
    public static Pattern antPattern(String pattern) {
        String p = normalized(pattern);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '*' && i + 1 < p.length() && p.charAt(i + 1) == '*') {
                boolean slash = i + 2 < p.length() && p.charAt(i + 2) == '/';
                regex.append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
