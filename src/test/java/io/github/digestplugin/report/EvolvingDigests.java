package io.github.digestplugin.report;

import io.github.digestplugin.report.DigestText.Item;
import io.github.digestplugin.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A folder of digests changed step by step the way an archive changes: digests added (new ones,
 * or copies with some of their arXiv ids moved to papers of their own), edited (a title, a
 * summary, an abstract; an entry removed, or one added with an id another digest holds, as cross
 * lists and replacements do), broken so that a finding appears and fixed again, renamed, moved to
 * another channel, deleted, several at once. It starts from the fixture digests, the seed list and
 * a few written here: several channels, papers in several digests, one digest with findings.
 *
 * <p>Every write sets the file's modification time from a clock of this folder's own that moves
 * on with each write, so whether a run sees a change never depends on how fine the file system's
 * clock is; a rename keeps the time, as a move does.
 */
final class EvolvingDigests {

    /** What one change does. */
    enum Change {
        NEW_DIGEST, COPY_WITH_MOVED_IDS, DELETE, RESTORE_DELETED, RENAME_DATE, MOVE_CHANNEL, RENAME_COLLIDING,
        RENAME_EXTENSION, TOUCH, RETITLE, RETITLE_SAME_SIZE, RESUMMARIZE, REABSTRACT, REMOVE_ENTRY,
        ADD_SHARED_ENTRY, BREAK, FIX, SEVERAL
    }

    /** How often each change is drawn once every one has been made. */
    private static final Map<Change, Integer> WEIGHTS = weights();

    private static final Pattern ARXIV_ID = Pattern.compile("(?<![\\d.])(\\d{4})\\.(\\d{5})(?!\\d)");
    private static final Pattern ROW = Pattern.compile(
            "(?m)^\\| \\[\\^(\\d+)\\] \\| \\[([^\\]\\n]+)\\]\\((https?://[^)\\s]+)\\) \\| ([^|\\n]*?) \\|$");
    private static final Pattern NUMBER = Pattern.compile("\\[\\^(\\d+)\\]");
    private static final Pattern DATE_PREFIX = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(T\\d{4})?_?");
    private static final List<String> CHANNELS = List.of("cs.CL", "cs.AI", "cs.LG", "econ.EM", "");
    private static final List<String> WORDS = List.of("Sparse", "attention", "retrieval", "agents", "tokens",
            "Multilingual", "alignment", "reward", "models", "Graph", "reasoning", "benchmarks", "Efficient",
            "decoding", "speech", "Zero-shot", "translation", "Quantum", "kernels", "Bayesian", "inference");
    /** Titles with text the pages must escape or render as Markdown. */
    private static final List<String> ODD_TITLES = List.of("*Sparse* mixtures & their `experts`",
            "Ask <b>twice</b>: tags in titles", "\"Quoted\" claims about 'apostrophes' & ampersands",
            "数据集与基准: a bilingual title");
    private static final List<String> ANNOUNCE_TYPES = List.of("new", "cross", "replace", "replace-cross");
    /** The archive is kept between these sizes so the reports stay small. */
    private static final int FEWEST = 6;
    private static final int MOST = 20;

    /** A well-formed table row: its number, title, url and summary cell, and the whole line. */
    private record Row(int number, String title, String url, String summary, String line) {

        Optional<String> id() {
            Matcher id = ARXIV_ID.matcher(url);
            return id.find() ? Optional.of(id.group()) : Optional.empty();
        }
    }

    /** A line a break changed, and what it was before: fixing puts it back. */
    private record Break(String original, String broken) {}

    /** A deleted digest as it was, for restoring it as a backup does: same text, same time. */
    private record Deleted(String relative, String text, FileTime modified) {}

    private final Path root;
    private final Random random;
    private final Map<String, Deque<Break>> breaks = new TreeMap<>();
    private final Deque<Deleted> deleted = new ArrayDeque<>();
    private final Set<Change> pending = EnumSet.allOf(Change.class);
    private final Map<Change, Integer> made = new EnumMap<>(Change.class);
    private long clock = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
    private int nextNumber = 70_100;
    private int nextName = 1;
    private int revision = 1;

    private EvolvingDigests(Path root, Random random) {
        this.root = root;
        this.random = random;
    }

    /**
     * The starting archive in {@code root}: the cs.CL fixtures in {@code cs.CL/}, the seed list at
     * the top, a digest in cs.AI and one in cs.LG sharing papers with them and each other, and one
     * in econ.EM with findings (a row without definition, a split cell, raw HTML, a paper twice).
     */
    static EvolvingDigests create(Path root, Random random) throws IOException {
        EvolvingDigests archive = new EvolvingDigests(root, random);
        try (Stream<Path> fixtures = Files.list(Fixtures.samples())) {
            for (Path fixture : fixtures.sorted().toList()) {
                archive.write("cs.CL/" + fixture.getFileName(), Files.readString(fixture, StandardCharsets.UTF_8));
            }
        }
        archive.write(Fixtures.seedFile().getFileName().toString(),
                Files.readString(Fixtures.seedFile(), StandardCharsets.UTF_8));
        archive.write("cs.AI/2024-03-20T0900_agents.md", new DigestText()
                .add(item("2403.70001", "Agents that plan with tools", "new"))
                .add(item("2403.19243", "Sine Activated Low-Rank Matrices for Parameter Efficient Learning", "cross"))
                .add(item("2402.17812", "DropBP: Faster Fine-Tuning by Dropping Backward Propagation", "replace"))
                .toString());
        archive.write("cs.LG/2025-03-04T0907_optimisers.md", new DigestText()
                .add(item("2503.70002", "Optimisers without learning rates", "new"))
                .add(item("2403.70001", "Agents that plan with tools", "replace-cross"))
                .add(item("2501.14728", "A replacement of a paper first seen in January", "replace"))
                .toString());
        String findings = new DigestText()
                .add(item("2402.70003", "Ask <b>twice</b>: tags in titles", "new"))
                .add(item("2402.70004", "Split cells", "cross").withSummaryZh("条件概率 $Y|X$ 的估计"))
                .add(item("2402.70005", "A row without its definition", "new"))
                .add(item("2402.70003", "Ask <b>twice</b>: tags in titles", "new"))
                .toString();
        archive.write("econ.EM/2024-02-06T0900_findings.md", findings.replace("[^3]: ", "[^33]: "));
        return archive;
    }

    /** The digests now in the folder, by relative path with forward slashes, in order. */
    List<String> digests() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    /** Writes a digest, its modification time the next tick of this folder's clock. */
    void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, nextTime());
    }

    void delete(String relative) throws IOException {
        Path file = root.resolve(relative);
        deleted.push(new Deleted(relative, read(relative), Files.getLastModifiedTime(file)));
        Files.delete(file);
        breaks.remove(relative);
    }

    /** How many times each change was made. */
    Map<Change, Integer> made() {
        return Map.copyOf(made);
    }

    /**
     * Makes one random change and says what it did. Until every kind of change has been made once
     * the change is one not made yet, so every sequence long enough makes each of them.
     */
    String step() throws IOException {
        Change kind = pending.isEmpty() ? weighted(true) : pick(new ArrayList<>(pending));
        for (int attempt = 0; attempt < 20; attempt++) {
            Optional<String> done = kind == Change.SEVERAL ? several() : apply(kind);
            if (done.isPresent()) {
                count(kind);
                return done.get();
            }
            // Not possible now (nothing broken to fix, no summary to change): another change is drawn,
            // the one that makes it possible when there is one, so that no kind stays pending for good.
            kind = switch (kind) {
                case FIX -> Change.BREAK;
                case RESTORE_DELETED -> Change.DELETE;
                default -> weighted(true);
            };
        }
        count(Change.TOUCH);
        return apply(Change.TOUCH).orElseThrow();
    }

    /** Two to four changes at once, each counted as made. */
    private Optional<String> several() throws IOException {
        List<String> done = new ArrayList<>();
        int wanted = 2 + random.nextInt(3);
        for (int attempt = 0; done.size() < wanted && attempt < 20; attempt++) {
            Change one = weighted(false);
            Optional<String> what = apply(one);
            if (what.isPresent()) {
                done.add(what.get());
                count(one);
            }
        }
        return done.isEmpty() ? Optional.empty() : Optional.of("several at once: " + String.join("; ", done));
    }

    private void count(Change kind) {
        pending.remove(kind);
        made.merge(kind, 1, Integer::sum);
    }

    private Optional<String> apply(Change kind) throws IOException {
        List<String> digests = digests();
        return switch (kind) {
            case NEW_DIGEST -> digests.size() >= MOST ? Optional.empty() : Optional.of(newDigest());
            case COPY_WITH_MOVED_IDS -> digests.size() >= MOST ? Optional.empty() : Optional.of(copy(pick(digests)));
            case DELETE -> digests.size() <= FEWEST ? Optional.empty() : Optional.of(deleted(pick(digests)));
            case RESTORE_DELETED -> restored();
            case RENAME_DATE -> rename(pick(digests), this::redated);
            case MOVE_CHANNEL -> rename(pick(digests), this::moved);
            case RENAME_COLLIDING -> rename(pick(digests), this::colliding);
            case RENAME_EXTENSION -> rename(pick(digests), this::otherExtension);
            case TOUCH -> Optional.of(touched(pick(digests)));
            case FIX -> fix();
            case SEVERAL -> throw new IllegalArgumentException("several changes are made one by one");
            default -> edit(kind, pick(digests));
        };
    }

    private String newDigest() throws IOException {
        String relative = inFolder(pick(CHANNELS), date() + String.format(Locale.ROOT, "_new%02d.md", nextName++));
        DigestText text = new DigestText();
        List<String> papers = new ArrayList<>();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            Item item = random.nextBoolean() ? sharedItem(relative).orElseGet(this::freshItem) : freshItem();
            text.add(item);
            papers.add(idOf(item.url()));
        }
        write(relative, text.toString());
        return "add " + relative + " with " + papers;
    }

    /** A copy of a digest under a new name, about half of its papers moved to ids of their own. */
    private String copy(String source) throws IOException {
        String text = read(source);
        Map<String, String> moved = new LinkedHashMap<>();
        Matcher id = ARXIV_ID.matcher(text);
        StringBuilder copy = new StringBuilder();
        while (id.find()) {
            String month = id.group(1);
            id.appendReplacement(copy, moved.computeIfAbsent(id.group(),
                    old -> random.nextBoolean() ? month + "." + nextNumber++ : old));
        }
        id.appendTail(copy);
        long renumbered = moved.entrySet().stream().filter(pair -> !pair.getKey().equals(pair.getValue())).count();
        String name = date() + String.format(Locale.ROOT, "_copy%02d", nextName++) + extension(source);
        String relative = inFolder(pick(CHANNELS), name);
        write(relative, copy.toString());
        return "add " + relative + ", a copy of " + source + " with " + renumbered + " of " + moved.size()
                + " ids moved";
    }

    private String deleted(String relative) throws IOException {
        delete(relative);
        return "delete " + relative;
    }

    /** The digest deleted last whose path is free again, back with its text and modification time. */
    private Optional<String> restored() throws IOException {
        for (Deleted gone : deleted) {
            Path file = root.resolve(gone.relative());
            if (!Files.exists(file)) {
                deleted.remove(gone);
                Files.createDirectories(file.getParent());
                Files.writeString(file, gone.text(), StandardCharsets.UTF_8);
                Files.setLastModifiedTime(file, gone.modified());
                return Optional.of("restore " + gone.relative() + " as it was when deleted");
            }
        }
        return Optional.empty();
    }

    private String touched(String relative) throws IOException {
        Files.setLastModifiedTime(root.resolve(relative), nextTime());
        return "touch " + relative;
    }

    private Optional<String> rename(String relative, Function<String, Optional<String>> target)
            throws IOException {
        Optional<String> to = target.apply(relative).filter(t -> !Files.exists(root.resolve(t)));
        if (to.isEmpty()) {
            return Optional.empty();
        }
        Path file = root.resolve(to.get());
        Files.createDirectories(file.getParent());
        Files.move(root.resolve(relative), file);
        Deque<Break> moved = breaks.remove(relative);
        if (moved != null) {
            breaks.put(to.get(), moved);
        }
        return Optional.of("rename " + relative + " to " + to.get());
    }

    /** The same name in its folder with another date, which moves it among the others. */
    private Optional<String> redated(String relative) {
        String name = fileName(relative);
        String rest = DATE_PREFIX.matcher(name).replaceFirst("");
        return Optional.of(inFolder(folder(relative), date() + "_" + rest));
    }

    /** The same name in another channel's folder. */
    private Optional<String> moved(String relative) {
        List<String> others = new ArrayList<>(CHANNELS);
        others.remove(folder(relative));
        return Optional.of(inFolder(pick(others), fileName(relative)));
    }

    /** The name whose page is that of another digest in a channel folder: {@code cs.CL/x.md} and {@code cs.CL_x.md}. */
    private Optional<String> colliding(String relative) {
        try {
            List<String> foldered = digests().stream()
                    .filter(d -> !d.equals(relative) && d.contains("/"))
                    .filter(d -> !Files.exists(root.resolve(d.replace('/', '_'))))
                    .toList();
            return foldered.isEmpty() ? Optional.empty() : Optional.of(pick(foldered).replace('/', '_'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code .md} for {@code .txt} and back: the same page, another digest name. */
    private Optional<String> otherExtension(String relative) {
        String extension = extension(relative);
        String stem = relative.substring(0, relative.length() - extension.length());
        return Optional.of(stem + (extension.equals(".md") ? ".txt" : ".md"));
    }

    private Optional<String> edit(Change kind, String relative) throws IOException {
        String text = read(relative);
        List<Row> rows = rows(text);
        if (kind == Change.ADD_SHARED_ENTRY) {
            return added(relative, text);
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row row = pick(rows);
        int n = revision++;
        String changed;
        String what;
        switch (kind) {
            case RETITLE, RETITLE_SAME_SIZE -> {
                String title = kind == Change.RETITLE ? retitled(row.title(), n) : sameSize(row.title());
                if (title.equals(row.title())) {
                    return Optional.empty();
                }
                changed = text.replace(row.title(), title);
                what = "retitle [^" + row.number() + "] to \"" + title + "\"";
            }
            case RESUMMARIZE -> {
                if (row.summary().isBlank()) {
                    return Optional.empty();
                }
                changed = text.replace(row.summary(), row.summary() + "（第" + n + "版）");
                what = "change the summary of [^" + row.number() + "]";
            }
            case REABSTRACT -> {
                Optional<String> abstracted = reabstracted(text, row.number(), n);
                if (abstracted.isEmpty()) {
                    return Optional.empty();
                }
                changed = abstracted.get();
                what = "change an abstract of [^" + row.number() + "]";
            }
            case REMOVE_ENTRY -> {
                changed = without(text, row);
                what = "remove [^" + row.number() + "] (" + row.id().orElse("no id") + ")";
            }
            case BREAK -> {
                Break broken = broken(text, row);
                breaks.computeIfAbsent(relative, r -> new ArrayDeque<>()).push(broken);
                changed = replaceFirst(text, broken.original(), broken.broken());
                what = "break \"" + broken.broken() + "\"";
            }
            default -> throw new IllegalArgumentException("not an edit: " + kind);
        }
        write(relative, changed);
        return Optional.of("edit " + relative + ": " + what);
    }

    /** A title with another first letter, or longer. */
    private String retitled(String title, int n) {
        return random.nextBoolean() ? "Revisited: " + title : title + " (revision " + n + ")";
    }

    /**
     * The title with one ASCII letter's case swapped: the digest keeps its size, so only its
     * modification time or its content tells the change.
     */
    private String sameSize(String title) {
        List<Integer> letters = new ArrayList<>();
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c < 128 && Character.isLetter(c)) {
                letters.add(i);
            }
        }
        if (letters.isEmpty()) {
            return title;
        }
        int i = pick(letters);
        char c = title.charAt(i);
        char swapped = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
        return title.substring(0, i) + swapped + title.substring(i + 1);
    }

    /** The entry's last field (its English abstract) or the one before (mostly the Chinese abstract) changed. */
    private Optional<String> reabstracted(String text, int number, int n) {
        int start = definitionStart(text, number);
        if (start < 0) {
            return Optional.empty();
        }
        int end = definitionEnd(text, start);
        String block = text.substring(start, end);
        List<String> fields = block.lines().filter(l -> l.startsWith("    ") && !l.isBlank()).toList();
        if (fields.size() < 2) {
            return Optional.empty();
        }
        String field = fields.get(fields.size() - 1 - random.nextInt(2));
        String changed = replaceFirst(block, field, field + " Revised " + n + ".");
        return Optional.of(text.substring(0, start) + changed + text.substring(end));
    }

    private static String without(String text, Row row) {
        String rest = replaceFirst(text, row.line() + "\n", "");
        int start = definitionStart(rest, row.number());
        return start < 0 ? rest : rest.substring(0, start) + rest.substring(definitionEnd(rest, start));
    }

    /** An entry appended: 7 in 10 times a paper another digest holds, else a new one. */
    private Optional<String> added(String relative, String text) throws IOException {
        int table = text.indexOf("| --- |");
        if (table < 0) {
            return Optional.empty();
        }
        Item item = random.nextInt(10) < 7 ? sharedItem(relative).orElseGet(this::freshItem) : freshItem();
        int number = 1;
        for (Matcher m = NUMBER.matcher(text); m.find(); ) {
            number = Math.max(number, Integer.parseInt(m.group(1)) + 1);
        }
        int details = text.indexOf("\n# ", table);
        int tableEnd = details < 0 ? text.length() : details;
        int lastRow = text.lastIndexOf("\n|", tableEnd - 1);
        int insertAt = text.indexOf('\n', lastRow + 1) + 1;
        String withRow = text.substring(0, insertAt) + DigestText.row(number, item) + text.substring(insertAt);
        String separator = withRow.endsWith("\n\n") || withRow.endsWith("    \n") ? ""
                : withRow.endsWith("\n") ? "\n" : "\n\n";
        write(relative, withRow + separator + DigestText.definition(number, item));
        return Optional.of("edit " + relative + ": add [^" + number + "] " + idOf(item.url()) + " \"" + item.title()
                + "\" (" + item.abstractEn().replaceAll(".*Announce Type: (\\S+).*", "$1") + ")");
    }

    /** One line of an entry changed so that the checker finds a problem with it. */
    private Break broken(String text, Row row) {
        return switch (random.nextInt(4)) {
            case 0 -> {
                String summary = row.summary().length() < 2 ? "a|b"
                        : row.summary().substring(0, row.summary().length() / 2) + "|"
                                + row.summary().substring(row.summary().length() / 2);
                yield new Break(row.line(), row.line().substring(0, row.line().length() - row.summary().length() - 2)
                        + summary + " |");
            }
            case 1 -> new Break(row.line(),
                    row.line().replace("[" + row.title() + "]", "[" + row.title() + " (draft)]"));
            case 2 -> new Break(row.line(),
                    row.line().replace("| [^" + row.number() + "] |", "| " + row.number() + " |"));
            default -> {
                int start = definitionStart(text, row.number());
                if (start < 0) {
                    yield new Break(row.line(), row.line().replace("](", "] ("));
                }
                String line = text.substring(start, text.indexOf('\n', start));
                yield new Break(line, line.replace("[^" + row.number() + "]:", "[^" + (row.number() + 500) + "]:"));
            }
        };
    }

    /** The latest break that is still in its digest, put back; breaks edited away since are forgotten. */
    private Optional<String> fix() throws IOException {
        for (String relative : new ArrayList<>(breaks.keySet())) {
            Deque<Break> open = breaks.get(relative);
            while (!open.isEmpty()) {
                Break last = open.pop();
                String text = read(relative);
                if (text.contains(last.broken())) {
                    write(relative, replaceFirst(text, last.broken(), last.original()));
                    return Optional.of("edit " + relative + ": fix \"" + last.original() + "\"");
                }
            }
            breaks.remove(relative);
        }
        return Optional.empty();
    }

    /** An entry of a paper some other digest holds, as a cross list or replacement lists it again. */
    private Optional<Item> sharedItem(String except) {
        List<Row> held = new ArrayList<>();
        try {
            for (String digest : digests()) {
                if (!digest.equals(except)) {
                    rows(read(digest)).stream().filter(r -> r.id().isPresent()).forEach(held::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (held.isEmpty()) {
            return Optional.empty();
        }
        Row row = pick(held);
        String title = random.nextInt(3) == 0 ? row.title() + " (v2)" : row.title();
        return Optional.of(item(row.id().orElseThrow(), title, pick(ANNOUNCE_TYPES.subList(1, ANNOUNCE_TYPES.size()))));
    }

    private Item freshItem() {
        String title = random.nextInt(6) == 0 ? pick(ODD_TITLES) : words();
        String month = String.format(Locale.ROOT, "%02d%02d", 23 + random.nextInt(4), 1 + random.nextInt(12));
        return item(month + "." + nextNumber++, title, "new");
    }

    private static Item item(String id, String title, String announceType) {
        String version = announceType.startsWith("replace") ? "v2" : "v1";
        return new Item(title, "https://arxiv.org/abs/" + id, "译：" + title, "总结：" + title + "。", "",
                "摘要：" + title + "。", "arXiv:" + id + version + " Announce Type: " + announceType
                        + "  Abstract: The abstract of " + title + ".");
    }

    private String words() {
        StringBuilder title = new StringBuilder();
        for (int i = 3 + random.nextInt(4); i > 0; i--) {
            title.append(title.length() == 0 ? "" : " ").append(pick(WORDS));
        }
        return Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    private String date() {
        LocalDate day = LocalDate.of(2023, 3, 1).plusDays(random.nextInt(1280));
        return day + String.format(Locale.ROOT, "T%02d00", 6 + random.nextInt(12));
    }

    private static List<Row> rows(String text) {
        List<Row> rows = new ArrayList<>();
        for (Matcher m = ROW.matcher(text); m.find(); ) {
            rows.add(new Row(Integer.parseInt(m.group(1)), m.group(2), m.group(3), m.group(4), m.group()));
        }
        return rows;
    }

    private static int definitionStart(String text, int number) {
        String head = "[^" + number + "]:";
        if (text.startsWith(head)) {
            return 0;
        }
        int at = text.indexOf("\n" + head);
        return at < 0 ? -1 : at + 1;
    }

    /** Where the definition starting at {@code start} ends: at the next definition, else the end of the text. */
    private static int definitionEnd(String text, int start) {
        Matcher next = Pattern.compile("(?m)^\\[\\^\\d+\\]:").matcher(text);
        return next.find(start + 1) ? next.start() : text.length();
    }

    private static String replaceFirst(String text, String what, String with) {
        int at = text.indexOf(what);
        return at < 0 ? text : text.substring(0, at) + with + text.substring(at + what.length());
    }

    private static String idOf(String url) {
        Matcher id = ARXIV_ID.matcher(url);
        return id.find() ? id.group() : url;
    }

    private String read(String relative) throws IOException {
        return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
    }

    private FileTime nextTime() {
        clock += 1000;
        return FileTime.fromMillis(clock);
    }

    private static String inFolder(String folder, String name) {
        return folder.isEmpty() ? name : folder + "/" + name;
    }

    private static String folder(String relative) {
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? "" : relative.substring(0, slash);
    }

    private static String fileName(String relative) {
        return relative.substring(relative.lastIndexOf('/') + 1);
    }

    private static String extension(String relative) {
        String name = fileName(relative);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }

    private Change weighted(boolean several) {
        int total = 0;
        for (Map.Entry<Change, Integer> weight : WEIGHTS.entrySet()) {
            total += several || weight.getKey() != Change.SEVERAL ? weight.getValue() : 0;
        }
        int roll = random.nextInt(total);
        for (Map.Entry<Change, Integer> weight : WEIGHTS.entrySet()) {
            if (!several && weight.getKey() == Change.SEVERAL) {
                continue;
            }
            roll -= weight.getValue();
            if (roll < 0) {
                return weight.getKey();
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static Map<Change, Integer> weights() {
        Map<Change, Integer> weights = new EnumMap<>(Change.class);
        weights.put(Change.NEW_DIGEST, 8);
        weights.put(Change.COPY_WITH_MOVED_IDS, 7);
        weights.put(Change.DELETE, 9);
        weights.put(Change.RESTORE_DELETED, 3);
        weights.put(Change.RENAME_DATE, 4);
        weights.put(Change.MOVE_CHANNEL, 4);
        weights.put(Change.RENAME_COLLIDING, 3);
        weights.put(Change.RENAME_EXTENSION, 2);
        weights.put(Change.TOUCH, 3);
        weights.put(Change.RETITLE, 6);
        weights.put(Change.RETITLE_SAME_SIZE, 5);
        weights.put(Change.RESUMMARIZE, 7);
        weights.put(Change.REABSTRACT, 7);
        weights.put(Change.REMOVE_ENTRY, 7);
        weights.put(Change.ADD_SHARED_ENTRY, 9);
        weights.put(Change.BREAK, 7);
        weights.put(Change.FIX, 8);
        weights.put(Change.SEVERAL, 5);
        return weights;
    }
}
