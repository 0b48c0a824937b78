package io.github.digestplugin.parse;

import io.github.digestplugin.model.ArxivId;
import io.github.digestplugin.model.ReadingEntry;
import io.github.digestplugin.model.ReadingStatus;
import io.github.digestplugin.model.SourcePosition;
import io.github.digestplugin.parse.ReadingProblem.Kind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.HexFormat;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads {@code reading.yaml} with SnakeYAML Engine's event API rather than its constructor: every
 * key is taken as the scalar text it is written as (YAML would read an unquoted {@code 2403.10100}
 * as the number 2403.101), every value keeps its line and column, and nothing the file says is
 * resolved into objects. Aliases are refused, never expanded, and the nesting and size are bounded,
 * so no file can make the parser take unbounded memory or stack. Whatever is wrong is a
 * {@link ReadingProblem}; the parser never throws on the file's content.
 */
public final class ReadingFileParser {

    /** The reading file's name in the digest directory when no parameter names another. */
    public static final String DEFAULT_FILE = "reading.yaml";
    /** Far beyond a reading list of every paper on arXiv with notes; a larger file is not read. */
    public static final int MAX_BYTES = 16 << 20;
    /** A reading file nests three deep (papers, fields, tags); more is not a reading file. */
    public static final int MAX_DEPTH = 8;

    private static final Set<String> FIELDS = Set.of("status", "rating", "tags", "notes");

    private ReadingFileParser() {}

    /** Reads and parses {@code file}; a file that cannot be read is a problem at its first line. */
    public static ReadingFile read(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return new ReadingFile(List.of(), List.of(new ReadingProblem(Kind.TOO_LARGE,
                        SourcePosition.lineStart(1), Integer.toString(MAX_BYTES))), sizeKey(size));
            }
            return parse(Files.readAllBytes(file));
        } catch (IOException e) {
            String message = e.getMessage();
            return new ReadingFile(List.of(), List.of(new ReadingProblem(Kind.UNREADABLE, SourcePosition.lineStart(1),
                    e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")"))), "unreadable");
        }
    }

    public static ReadingFile parse(byte[] content) {
        String hash = sha256(content);
        if (content.length > MAX_BYTES) {
            return new ReadingFile(List.of(), List.of(new ReadingProblem(Kind.TOO_LARGE, SourcePosition.lineStart(1),
                    Integer.toString(MAX_BYTES))), hash);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new ReadingFile(List.of(), List.of(new ReadingProblem(Kind.UNREADABLE, SourcePosition.lineStart(1),
                    "not UTF-8")), hash);
        }
        List<ReadingProblem> problems = new ArrayList<>();
        Optional<Value> root = tree(text, problems);
        List<ReadingEntry> entries = new ArrayList<>();
        if (root.isPresent() && problems.isEmpty()) {
            entries(root.get(), entries, problems);
        }
        problems.sort((a, b) -> a.position().compareTo(b.position()));
        return new ReadingFile(entries, problems, hash);
    }

    // ---------------------------------------------------------------------------------------------
    // Events to a small tree

    /** A value of the file: a scalar as written, a mapping, a list, or an alias (refused). */
    private sealed interface Value {
        SourcePosition position();
    }

    private record Scalar(String text, boolean plain, SourcePosition position) implements Value {
        /** YAML's null: a plain scalar with nothing in it, as in {@code status:}. */
        boolean isNull() {
            return plain && (text.isEmpty() || text.equals("~") || text.equals("null"));
        }
    }

    private record Mapping(List<Value> keys, List<Value> values, SourcePosition position) implements Value {}

    private record Sequence(List<Value> items, SourcePosition position) implements Value {}

    private record Alias(SourcePosition position) implements Value {}

    /** A collection being read, and the key waiting for its value when it is a mapping. */
    private static final class Open {
        final Value collection;
        Value pendingKey;

        Open(Value collection) {
            this.collection = collection;
        }

        void add(Value value) {
            if (collection instanceof Sequence sequence) {
                sequence.items().add(value);
            } else if (collection instanceof Mapping mapping) {
                if (pendingKey == null) {
                    pendingKey = value;
                } else {
                    mapping.keys().add(pendingKey);
                    mapping.values().add(value);
                    pendingKey = null;
                }
            }
        }
    }

    private static LoadSettings settings() {
        return LoadSettings.builder()
                .setLabel(DEFAULT_FILE)
                .setCodePointLimit(MAX_BYTES)
                .setMaxAliasesForCollections(0)
                .setAllowRecursiveKeys(false)
                .setParseComments(false)
                .setUseMarks(true)
                .build();
    }

    /** The first document's root; a syntax error, an alias or too deep a nesting is a problem and ends the reading. */
    private static Optional<Value> tree(String text, List<ReadingProblem> problems) {
        Iterator<Event> events = new Parse(settings()).parseString(text).iterator();
        Deque<Open> open = new ArrayDeque<>();
        Value root = null;
        int documents = 0;
        try {
            while (events.hasNext()) {
                Event event = events.next();
                SourcePosition at = position(event.getStartMark());
                Value done = null;
                switch (event.getEventId()) {
                    case DocumentStart -> {
                        if (++documents > 1) {
                            problems.add(new ReadingProblem(Kind.MORE_DOCUMENTS, at));
                            return Optional.ofNullable(root);
                        }
                    }
                    case Scalar -> {
                        ScalarEvent scalar = (ScalarEvent) event;
                        done = new Scalar(scalar.getValue(), scalar.isPlain(), at);
                    }
                    case Alias -> {
                        problems.add(new ReadingProblem(Kind.ALIAS, at));
                        done = new Alias(at);
                    }
                    case MappingStart, SequenceStart -> {
                        if (open.size() >= MAX_DEPTH) {
                            problems.add(new ReadingProblem(Kind.TOO_DEEP, at, Integer.toString(MAX_DEPTH)));
                            return Optional.empty();
                        }
                        open.push(new Open(event.getEventId() == Event.ID.MappingStart
                                ? new Mapping(new ArrayList<>(), new ArrayList<>(), at)
                                : new Sequence(new ArrayList<>(), at)));
                    }
                    case MappingEnd, SequenceEnd -> done = open.pop().collection;
                    default -> {
                        // Stream and document ends and comments carry nothing of the entries.
                    }
                }
                if (done != null) {
                    if (open.isEmpty()) {
                        root = done;
                    } else {
                        open.peek().add(done);
                    }
                }
            }
        } catch (MarkedYamlEngineException e) {
            SourcePosition at = e.getProblemMark().or(e::getContextMark).map(ReadingFileParser::position)
                    .orElse(SourcePosition.lineStart(1));
            problems.add(new ReadingProblem(Kind.SYNTAX, at, describe(e.getProblem(), e.getContext())));
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.add(new ReadingProblem(Kind.SYNTAX, SourcePosition.lineStart(1), describe(e.getMessage(), null)));
            return Optional.empty();
        }
        return Optional.ofNullable(root);
    }

    private static String describe(String problem, String context) {
        String text = problem == null || problem.isBlank() ? "not YAML" : problem.strip();
        return context == null || context.isBlank() ? text : context.strip() + ": " + text;
    }

    private static SourcePosition position(Optional<Mark> mark) {
        return mark.map(ReadingFileParser::position).orElse(SourcePosition.lineStart(1));
    }

    private static SourcePosition position(Mark mark) {
        return new SourcePosition(mark.getLine() + 1, mark.getColumn() + 1);
    }

    // ---------------------------------------------------------------------------------------------
    // The tree to entries

    private static void entries(Value root, List<ReadingEntry> entries, List<ReadingProblem> problems) {
        if (root instanceof Scalar scalar && scalar.isNull()) {
            return;
        }
        if (!(root instanceof Mapping papers)) {
            problems.add(new ReadingProblem(Kind.NOT_A_MAPPING, root.position()));
            return;
        }
        Map<String, SourcePosition> seen = new HashMap<>();
        for (int i = 0; i < papers.keys().size(); i++) {
            Value key = papers.keys().get(i);
            if (!(key instanceof Scalar keyText)) {
                problems.add(new ReadingProblem(Kind.KEY_NOT_ID, key.position(), key instanceof Alias ? "*" : "{…}"));
                continue;
            }
            String raw = keyText.text().strip();
            Optional<ArxivId> id = ArxivId.parse(raw);
            if (id.isEmpty()) {
                problems.add(new ReadingProblem(Kind.KEY_NOT_ID, key.position(), raw));
                continue;
            }
            SourcePosition first = seen.putIfAbsent(id.get().id(), key.position());
            if (first != null) {
                problems.add(new ReadingProblem(Kind.KEY_DUPLICATE, key.position(), id.get().id(),
                        Integer.toString(first.line())));
                continue;
            }
            entry(id.get().id(), key.position(), papers.values().get(i), problems).ifPresent(entries::add);
        }
    }

    private static Optional<ReadingEntry> entry(String id, SourcePosition keyAt, Value value,
            List<ReadingProblem> problems) {
        ReadingEntry.Positions at = ReadingEntry.Positions.at(keyAt);
        if (value instanceof Scalar scalar && scalar.isNull()) {
            return Optional.of(new ReadingEntry(id, Optional.empty(), OptionalInt.empty(), List.of(), "", at));
        }
        if (!(value instanceof Mapping fields)) {
            problems.add(new ReadingProblem(Kind.ENTRY_NOT_A_MAPPING, value.position(), id));
            return Optional.empty();
        }
        Optional<ReadingStatus> status = Optional.empty();
        OptionalInt rating = OptionalInt.empty();
        Set<String> tags = new LinkedHashSet<>();
        String notes = "";
        Set<String> given = new HashSet<>();
        for (int i = 0; i < fields.keys().size(); i++) {
            Value key = fields.keys().get(i);
            Value field = fields.values().get(i);
            String name = key instanceof Scalar s ? s.text().strip() : "{…}";
            if (!FIELDS.contains(name)) {
                problems.add(new ReadingProblem(Kind.UNKNOWN_FIELD, key.position(), name));
                continue;
            }
            if (!given.add(name)) {
                problems.add(new ReadingProblem(Kind.REPEATED_FIELD, key.position(), name));
                continue;
            }
            if (field instanceof Scalar scalar && scalar.isNull()) {
                continue;
            }
            switch (name) {
                case "status" -> {
                    if (!(field instanceof Scalar scalar)) {
                        problems.add(new ReadingProblem(Kind.WRONG_TYPE, field.position(), name));
                        continue;
                    }
                    status = ReadingStatus.parse(scalar.text().strip());
                    if (status.isEmpty()) {
                        problems.add(new ReadingProblem(Kind.UNKNOWN_STATUS, field.position(), scalar.text().strip()));
                    }
                    at = new ReadingEntry.Positions(at.key(), field.position(), at.rating(), at.tags(), at.notes());
                }
                case "rating" -> {
                    if (!(field instanceof Scalar scalar) || !scalar.plain()) {
                        problems.add(new ReadingProblem(Kind.WRONG_TYPE, field.position(), name));
                        continue;
                    }
                    String text = scalar.text().strip();
                    if (text.length() == 1 && text.charAt(0) >= '1' && text.charAt(0) <= '5') {
                        rating = OptionalInt.of(text.charAt(0) - '0');
                    } else {
                        problems.add(new ReadingProblem(Kind.RATING_RANGE, field.position(), text));
                    }
                    at = new ReadingEntry.Positions(at.key(), at.status(), field.position(), at.tags(), at.notes());
                }
                case "tags" -> {
                    if (!(field instanceof Sequence list)) {
                        problems.add(new ReadingProblem(Kind.WRONG_TYPE, field.position(), name));
                        continue;
                    }
                    for (Value item : list.items()) {
                        if (item instanceof Scalar tag && !tag.isNull() && !tag.text().isBlank()) {
                            tags.add(tag.text().strip());
                        } else {
                            problems.add(new ReadingProblem(Kind.WRONG_TYPE, item.position(), name));
                        }
                    }
                    at = new ReadingEntry.Positions(at.key(), at.status(), at.rating(), field.position(), at.notes());
                }
                default -> {
                    if (!(field instanceof Scalar scalar)) {
                        problems.add(new ReadingProblem(Kind.WRONG_TYPE, field.position(), name));
                        continue;
                    }
                    notes = scalar.text().strip();
                    at = new ReadingEntry.Positions(at.key(), at.status(), at.rating(), at.tags(), field.position());
                }
            }
        }
        return Optional.of(new ReadingEntry(id, status, rating, List.copyOf(tags), notes, at));
    }

    private static String sizeKey(long size) {
        return "size:" + size;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
