package io.github.digestplugin.report;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code reading-list.json}: every paper with its titles, summaries, links, category and
 * appearances (abstracts stay on the paper pages, to keep the file small). Data, not markup, so
 * it is written here rather than from a template; every string is JSON-escaped, with {@code <},
 * {@code >} and {@code &} as unicode escapes so the file is also safe to embed in a page.
 */
final class JsonExport {

    private final StringBuilder out = new StringBuilder(1 << 20);

    private JsonExport() {}

    static byte[] of(Iterable<Paper> papers) {
        JsonExport json = new JsonExport();
        json.writeList(papers);
        return json.out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void writeList(Iterable<Paper> papers) {
        out.append("{\n  \"papers\": [");
        boolean first = true;
        for (Paper paper : papers) {
            out.append(first ? "\n" : ",\n");
            first = false;
            writePaper(paper);
        }
        out.append("\n  ]\n}\n");
    }

    private void writePaper(Paper paper) {
        out.append("    {");
        field("id", paper.id(), true);
        if (paper.version() > 0) {
            out.append(", \"version\": ").append(paper.version());
        }
        field("title", paper.title(), false);
        field("translatedTitle", paper.translatedTitle(), false);
        field("summaryZh", paper.summaryZh(), false);
        field("summaryEn", paper.summaryEn(), false);
        field("category", paper.category(), false);
        field("announceType", paper.announceType(), false);
        field("url", paper.absUrl(), false);
        field("pdf", paper.pdfUrl(), false);
        field("page", paper.href(), false);
        field("firstSeen", paper.firstSeen().digest().dateText(), false);
        field("lastSeen", paper.lastSeen().digest().dateText(), false);
        out.append(", \"appearances\": [");
        List<Appearance> appearances = paper.appearances();
        for (int i = 0; i < appearances.size(); i++) {
            Appearance appearance = appearances.get(i);
            out.append(i == 0 ? "{" : ", {");
            field("digest", appearance.digest().name(), true);
            field("date", appearance.digest().dateText(), false);
            out.append(", \"number\": ").append(appearance.number()).append('}');
        }
        out.append("]}");
    }

    private void field(String name, String value, boolean first) {
        if (!first) {
            out.append(", ");
        }
        string(name);
        out.append(": ");
        string(value);
    }

    private void string(String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
