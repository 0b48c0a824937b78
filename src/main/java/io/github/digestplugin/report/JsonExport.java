package io.github.digestplugin.report;

import io.github.digestplugin.report.render.Escaping;
import io.github.digestplugin.report.render.SplicedFile;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code reading-list.json}: every paper with its titles, summaries, links, category and
 * appearances (abstracts stay on the paper pages, to keep the file small). Data, not markup, so
 * it is written here rather than from a template; every string is JSON-escaped, with {@code <},
 * {@code >} and {@code &} as unicode escapes so the file is also safe to embed in a page.
 */
final class JsonExport {

    static final String FILE = "reading-list.json";
    /** An object whose {@code papers} array holds one record per paper, a line each. */
    static final SplicedFile.Layout LAYOUT = new SplicedFile.Layout("{\n  \"papers\": [", "\n", ",\n", "\n  ]\n}\n");

    private final Writer out;

    private JsonExport(Writer out) {
        this.out = out;
    }

    /** Writes {@code paper}'s record of the export into {@code out}, which is left open. */
    static void writeRecord(Paper paper, Writer out) throws IOException {
        new JsonExport(out).writePaper(paper);
    }

    private void writePaper(Paper paper) throws IOException {
        out.append("    {");
        field("id", paper.id(), true);
        if (paper.version() > 0) {
            out.append(", \"version\": ").append(Integer.toString(paper.version()));
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
            out.append(", \"number\": ").append(Integer.toString(appearance.number())).append('}');
        }
        out.append("]}");
    }

    private void field(String name, String value, boolean first) throws IOException {
        if (!first) {
            out.append(", ");
        }
        string(name);
        out.append(": ");
        string(value);
    }

    private void string(String value) throws IOException {
        Escaping.appendJson(out, value);
    }
}
