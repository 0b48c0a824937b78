package io.github.digestplugin.report;

import io.github.digestplugin.model.ReadingEntry;
import io.github.digestplugin.parse.ReadingFile;
import io.github.digestplugin.report.PageViews.IndexLink;
import io.github.digestplugin.report.render.MarkdownFields;
import io.github.digestplugin.report.render.SafeHtml;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The reading file as the pages show it: the status badge of each paper in a list, and the
 * status, rating, tags and notes on a paper's page. Templates ask it by paper id
 * ({@code $reading.status($paper.id)}); without a reading file every paper has no status.
 */
public final class ReadingMarks {

    /** No reading file. */
    public static final ReadingMarks NONE = new ReadingMarks(ReadingFile.NONE);

    /** The statuses, in the order of the filters and the export's buttons. */
    public static final List<String> STATUSES = List.of("to-read", "reading", "read", "skipped");

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");

    private final Map<String, ReadingEntry> entries;
    private final Map<String, List<String>> tagged;
    private final Map<String, String> tagPages;

    public ReadingMarks(ReadingFile file) {
        this.entries = file.byId();
        Map<String, List<String>> tags = new TreeMap<>();
        entries.values().forEach(e -> e.tags().forEach(tag -> tags.computeIfAbsent(tag, t -> new ArrayList<>())
                .add(e.id())));
        this.tagged = tags;
        this.tagPages = PageNames.pages(tags.keySet(), "tags");
    }

    /** Whether the report has a reading file with any entry. */
    public boolean present() {
        return !entries.isEmpty();
    }

    /** The paper's status ({@code read}), or the empty string when it has none. */
    public String status(String id) {
        ReadingEntry entry = entries.get(id);
        return entry == null ? "" : entry.statusLabel();
    }

    /** What the paper's page shows of its entry; {@link PaperReading#NONE} when the file has none. */
    public PaperReading paper(String id) {
        ReadingEntry entry = entries.get(id);
        if (entry == null) {
            return PaperReading.NONE;
        }
        List<IndexLink> tags = entry.tags().stream()
                .map(tag -> new IndexLink(tag, tagPages.get(tag), tagged.get(tag).size())).toList();
        List<SafeHtml> notes = new ArrayList<>();
        if (!entry.notes().isEmpty()) {
            for (String paragraph : PARAGRAPH_BREAK.split(entry.notes())) {
                notes.add(MarkdownFields.render(paragraph.strip()));
            }
        }
        return new PaperReading(entry.statusLabel(), entry.rating().orElse(0), tags, notes, entry.notes());
    }

    /** The input key of a paper's page: its entry's values and the pages of its tags. */
    String keyOf(String id) {
        ReadingEntry entry = entries.get(id);
        if (entry == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(entry.contentKey());
        entry.tags().forEach(tag -> key.append('\u0000').append(tagPages.get(tag)));
        return key.toString();
    }

    /** The tags, each with its page and how many papers carry it, by tag. */
    public List<IndexLink> tags() {
        return tagged.entrySet().stream().map(e -> new IndexLink(e.getKey(), tagPages.get(e.getKey()),
                e.getValue().size())).toList();
    }

    /** The papers a tag is on, in the file's order. */
    List<String> taggedWith(String tag) {
        return tagged.getOrDefault(tag, List.of());
    }

    /** The paper ids of the file, in its order. */
    Iterable<String> ids() {
        return entries.keySet();
    }

    /**
     * The entries as JSON, in the file's order: {@code {"2403.19243": {"status": "read", "rating": 4,
     * "tags": ["peft"], "notes": "..."}}}, fields not given left out. The export in the browser starts
     * from it. Every character outside printable ASCII is escaped, so the text is safe in any context
     * the template's escaping puts it in.
     */
    public String entriesJson() {
        StringBuilder json = new StringBuilder("{");
        for (ReadingEntry entry : entries.values()) {
            if (json.length() > 1) {
                json.append(',');
            }
            string(json, entry.id());
            json.append(":{");
            List<String> fields = new ArrayList<>();
            if (entry.status().isPresent()) {
                StringBuilder field = new StringBuilder("\"status\":");
                string(field, entry.statusLabel());
                fields.add(field.toString());
            }
            if (entry.rating().isPresent()) {
                fields.add("\"rating\":" + entry.rating().getAsInt());
            }
            if (!entry.tags().isEmpty()) {
                StringBuilder field = new StringBuilder("\"tags\":[");
                for (int i = 0; i < entry.tags().size(); i++) {
                    if (i > 0) {
                        field.append(',');
                    }
                    string(field, entry.tags().get(i));
                }
                fields.add(field.append(']').toString());
            }
            if (!entry.notes().isEmpty()) {
                StringBuilder field = new StringBuilder("\"notes\":");
                string(field, entry.notes());
                fields.add(field.toString());
            }
            json.append(String.join(",", fields)).append('}');
        }
        return json.append('}').toString();
    }

    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f && c != '<' && c != '>' && c != '&') {
                json.append(c);
            } else {
                json.append(String.format("\\u%04x", (int) c));
            }
        }
        json.append('"');
    }

    /** A key of the statuses of {@code papers}: what the badges of a list of them show. */
    String statusKey(List<String> ids) {
        if (entries.isEmpty()) {
            return "";
        }
        MessageDigest sha = ReadingListStore.sha256();
        for (String id : ids) {
            String status = status(id);
            if (!status.isEmpty()) {
                ReportGenerator.update(sha, id);
                ReportGenerator.update(sha, status);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * A paper's reading entry as its page shows it.
     *
     * @param status {@code read} and the like, empty when the entry gives none
     * @param rating 1 to 5, 0 when the entry gives none
     * @param tags each with its page
     * @param notes the notes' paragraphs, rendered as the digests' fields are
     * @param notesText the notes as written, for the page's note field
     */
    public record PaperReading(String status, int rating, List<IndexLink> tags, List<SafeHtml> notes,
            String notesText) {

        public static final PaperReading NONE = new PaperReading("", 0, List.of(), List.of(), "");

        /** Whether the file has anything to show of the paper. */
        public boolean present() {
            return !status.isEmpty() || rating > 0 || !tags.isEmpty() || !notes.isEmpty();
        }

        /** The rating as five stars, filled up to it. */
        public String stars() {
            return "★".repeat(rating) + "☆".repeat(5 - rating);
        }
    }
}
