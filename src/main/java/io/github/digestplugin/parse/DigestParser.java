package io.github.digestplugin.parse;

import io.github.digestplugin.model.Definition;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Field;
import io.github.digestplugin.model.Heading;
import io.github.digestplugin.model.SourcePosition;
import io.github.digestplugin.model.SuppressionComment;
import io.github.digestplugin.model.TableRow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a digest in one pass over its lines. The structure (headings, table lines, definition
 * labels, positional fields) is recognised line by line, since fields are positional and a
 * Markdown tree drops empty ones; flexmark is asked only about single cells and fields
 * ({@link InlineMarkdown}). The parser never fails on content: whatever it cannot place is kept
 * ({@link Digest#strayLines()}, irregular rows and definitions) for the rules to report.
 */
public final class DigestParser {

    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final String INDENT = "    ";

    private final ParserOptions options;

    public DigestParser(ParserOptions options) {
        this.options = options;
    }

    /** Parses a file; {@code relativePath} is how findings and pages name it. */
    public Digest parse(Path file, Path relativePath) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new Run(relativePath, channelOf(file.toAbsolutePath())).read(new LineReader(in));
        }
    }

    /**
     * Parses the bytes of {@code file}, already read (to hash them first); the channel comes from
     * the file's place as for {@link #parse(Path, Path)}.
     */
    public Digest parse(byte[] content, Path file, Path relativePath) throws IOException {
        return new Run(relativePath, channelOf(file.toAbsolutePath()))
                .read(new LineReader(new java.io.ByteArrayInputStream(content)));
    }

    /** Parses a stream; the channel comes from {@code path} alone. */
    public Digest parse(InputStream in, Path path) throws IOException {
        return new Run(path, channelOf(path)).read(new LineReader(in));
    }

    /**
     * The channel a digest belongs to: as configured, else the file's name ({@code cs.CL.md}), else
     * for a dated file its folder ({@code cs.CL/2024-02-05T0907.md}).
     */
    String channelOf(Path path) {
        if (options.channel().isPresent()) {
            return options.channel().get();
        }
        String name = baseName(path);
        if (!ISO_DATE.matcher(name).find() && !name.isEmpty()) {
            return name;
        }
        Path parent = path.getParent();
        return parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
    }

    static Optional<LocalDate> dateOf(Path relativePath) {
        Matcher m = ISO_DATE.matcher(baseName(relativePath));
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String baseName(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && (name.endsWith(".md") || name.endsWith(".txt") || name.endsWith(".markdown"))
                ? name.substring(0, dot)
                : name;
    }

    /** The state of one pass over one file. */
    private final class Run {
        private final Path path;
        private final String channel;
        private final List<Heading> headings = new ArrayList<>();
        private final List<TableRow> rows = new ArrayList<>();
        private final List<Definition> definitions = new ArrayList<>();
        private final List<Field> strayLines = new ArrayList<>();
        private final List<Integer> malformedLines = new ArrayList<>();
        private final List<SuppressionComment> suppressionComments = new ArrayList<>();
        private Field tableHeader;
        private Field tableDelimiter;
        private boolean expectDelimiter;
        private PendingDefinition pending;

        Run(Path path, String channel) {
            this.path = path;
            this.channel = channel;
        }

        Digest read(LineReader reader) throws IOException {
            while (reader.next()) {
                int number = reader.lineNumber();
                if (reader.malformed()) {
                    malformedLines.add(number);
                }
                if (SuppressionComments.mayBe(reader)) {
                    // Kept out of the structure: the lines around it read as if it were not there.
                    Optional<SuppressionComment> comment = SuppressionComments.read(reader.text(), number);
                    if (comment.isPresent()) {
                        suppressionComments.add(comment.get());
                        continue;
                    }
                }
                accept(reader, number);
            }
            if (pending != null) {
                finishDefinition(reader.lineNumber());
            }
            return new Digest(
                    path,
                    channel,
                    dateOf(path),
                    headings,
                    Optional.ofNullable(tableHeader),
                    Optional.ofNullable(tableDelimiter),
                    rows,
                    definitions,
                    EntryAssembler.pair(rows, definitions),
                    strayLines,
                    malformedLines,
                    reader.lineNumber(),
                    reader.endsWithNewline(),
                    reader.sawNul(),
                    suppressionComments);
        }

        private void accept(LineReader current, int number) {
            if (pending != null && pending.accept(current)) {
                return;
            }
            if (pending != null) {
                finishDefinition(number - 1);
            }
            if (current.isBlank()) {
                return;
            }
            // Outside definitions lines are few (headings, labels, table rows): a string each.
            String line = current.text();
            char first = line.charAt(0);
            if (first == '[' && startsDefinition(line, number)) {
                return;
            }
            if (first == '#' || first == ' ' && line.stripLeading().startsWith("#")) {
                Optional<LineSyntax.HeadingLine> heading = LineSyntax.heading(line);
                if (heading.isPresent()) {
                    addHeading(heading.get(), number);
                    expectDelimiter = false;
                    return;
                }
            }
            if (line.stripLeading().startsWith("|")) {
                acceptTableLine(line, number);
                return;
            }
            expectDelimiter = false;
            strayLines.add(new Field(line.strip(), new SourcePosition(number, indentOf(line) + 1)));
        }

        private void addHeading(LineSyntax.HeadingLine heading, int number) {
            int level = heading.level();
            String text = heading.text();
            int column = heading.column();
            Heading.Kind kind = Heading.Kind.OTHER;
            if (level == 1 && text.equals(options.summaryHeading())) {
                kind = Heading.Kind.SUMMARY;
            } else if (level == 1 && text.equals(options.detailsHeading())) {
                kind = Heading.Kind.DETAILS;
            }
            headings.add(new Heading(level, new Field(text, new SourcePosition(number, column)), kind));
        }

        private void acceptTableLine(String line, int number) {
            Field whole = new Field(line.strip(), new SourcePosition(number, indentOf(line) + 1));
            if (tableHeader == null) {
                tableHeader = whole;
                expectDelimiter = true;
                return;
            }
            if (expectDelimiter) {
                expectDelimiter = false;
                if (LineSyntax.isDelimiterRow(line)) {
                    tableDelimiter = whole;
                    return;
                }
            }
            rows.add(parseRow(line, number));
        }

        /** Starts a definition at a label line, {@code [^N]:} and its translated title. */
        private boolean startsDefinition(String line, int number) {
            int close = line.indexOf(']');
            int footnote = close > 0 && close + 1 < line.length() && line.charAt(close + 1) == ':'
                    ? footnoteNumber(line, close + 1)
                    : -1;
            if (footnote < 0) {
                return false;
            }
            int textStart = close + 2;
            if (textStart < line.length() && (line.charAt(textStart) == ' ' || line.charAt(textStart) == '\t')) {
                textStart++;
            }
            String rest = line.substring(textStart);
            String title = rest.strip();
            int column = textStart + 1 + (title.isEmpty() ? 0 : indentOf(rest));
            pending = new PendingDefinition(footnote, SourcePosition.lineStart(number),
                    new Field(title, new SourcePosition(number, column)));
            return true;
        }

        private void finishDefinition(int lastLine) {
            definitions.add(pending.build(lastLine));
            pending = null;
        }
    }

    static TableRow parseRow(String line, int number) {
        List<Field> cells = RowSplitter.split(line, number);
        Optional<Integer> ref = Optional.empty();
        Optional<Field> title = Optional.empty();
        Optional<Field> url = Optional.empty();
        Optional<Field> summary = Optional.empty();
        if (!cells.isEmpty()) {
            String first = cells.get(0).text();
            int footnote = footnoteNumber(first, first.length());
            if (footnote >= 0) {
                ref = Optional.of(footnote);
            }
        }
        if (cells.size() >= 2) {
            Field cell = cells.get(1);
            Optional<InlineMarkdown.Link> link = InlineMarkdown.singleLink(cell.text());
            if (link.isPresent()) {
                title = Optional.of(new Field(link.get().text(), cell.at(1)));
                url = Optional.of(new Field(link.get().url(), cell.at(urlOffset(cell.text(), link.get().url()))));
            }
        }
        if (cells.size() >= 3) {
            summary = Optional.of(cells.get(2));
        }
        return new TableRow(number, cells, ref, title, url, summary);
    }

    /**
     * Where {@code url}, the destination of the link that {@code linkText} is, starts in it: before
     * the closing parenthesis or angle bracket where it stands there as written, else after the
     * last {@code ](}, else at the start. Never searched for: a search for a long url in a long text
     * that lacks it (an escape or entity changes it) costs the product of their lengths.
     */
    static int urlOffset(String linkText, String url) {
        int end = linkText.length() - 1;
        if (end - url.length() >= 0 && linkText.startsWith(url, end - url.length())) {
            return end - url.length();
        }
        int split = linkText.lastIndexOf("](");
        return split < 0 ? 0 : split + 2;
    }

    /**
     * N where {@code text} up to {@code end} is exactly a footnote reference {@code [^N]} (one to
     * nine ASCII digits), else -1. Read by hand: every row and definition passes through here.
     */
    static int footnoteNumber(String text, int end) {
        int digits = end - 3;
        if (digits < 1 || digits > 9 || text.charAt(0) != '[' || text.charAt(1) != '^' || text.charAt(end - 1) != ']') {
            return -1;
        }
        int number = 0;
        for (int i = 2; i < end - 1; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /**
     * A definition being read. Lines after the label alternate: a separator (empty), then a field
     * (indented text, or only spaces when empty). A line of spaces where a separator belongs
     * terminates the definition.
     */
    private static final class PendingDefinition {
        private final int number;
        private final SourcePosition position;
        private final Field translatedTitle;
        private final List<Field> fields = new ArrayList<>(6);
        private final List<Boolean> fieldLineWasEmpty = new ArrayList<>(6);
        private boolean expectField;
        private boolean terminated;

        PendingDefinition(int number, SourcePosition position, Field translatedTitle) {
            this.number = number;
            this.position = position;
            this.translatedTitle = translatedTitle;
        }

        /** Takes the line if it belongs to this definition. */
        boolean accept(LineReader line) {
            if (terminated) {
                return line.isBlank();
            }
            if (!line.isEmpty() && line.charAt(0) != ' ' && line.charAt(0) != '\t') {
                return false;
            }
            if (!expectField) {
                if (line.isEmpty()) {
                    expectField = true;
                    return true;
                }
                if (line.isBlank()) {
                    terminated = true;
                    return true;
                }
                // A field where a separator belongs: kept, the layout rule reports the spacing.
            }
            Field field = line.trimmed();
            // A text field points at its first character, however far it is indented (the layout
            // rule reports an indent other than four spaces); an empty one where its text belongs.
            if (field.isEmpty()) {
                field = new Field("", new SourcePosition(line.lineNumber(), Math.min(line.indent(), INDENT.length()) + 1));
            }
            fields.add(field);
            fieldLineWasEmpty.add(line.isEmpty());
            expectField = false;
            return true;
        }

        Definition build(int lastLine) {
            if (!terminated) {
                // Without a terminator, trailing empty lines are spacing, not empty fields.
                while (!fields.isEmpty() && fieldLineWasEmpty.get(fields.size() - 1)) {
                    fields.remove(fields.size() - 1);
                    fieldLineWasEmpty.remove(fieldLineWasEmpty.size() - 1);
                }
            }
            return new Definition(number, position, translatedTitle, fields, lastLine, terminated);
        }
    }
}
