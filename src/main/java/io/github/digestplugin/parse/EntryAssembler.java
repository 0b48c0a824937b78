package io.github.digestplugin.parse;

import io.github.digestplugin.model.AbstractPrefix;
import io.github.digestplugin.model.ArxivId;
import io.github.digestplugin.model.Definition;
import io.github.digestplugin.model.Entry;
import io.github.digestplugin.model.Field;
import io.github.digestplugin.model.Layout;
import io.github.digestplugin.model.SourcePosition;
import io.github.digestplugin.model.TableRow;
import io.github.digestplugin.model.TitleSuffix;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pairs rows with definitions by number and resolves each entry's fields. */
final class EntryAssembler {

    /** The title suffix; besides {@code UPDATED}, the 2023 digests also flag {@code CROSS LISTED}. */
    private static final Pattern TITLE_SUFFIX = Pattern.compile(
            "\\s*\\(arXiv:" + ArxivId.PATTERN_TEXT + " \\[([^\\]\\s]+)\\]( UPDATED| CROSS LISTED)?\\)\\s*$");
    private static final String UPDATED = " UPDATED";
    private static final Pattern ABSTRACT_PREFIX = Pattern.compile(
            "^arXiv:" + ArxivId.PATTERN_TEXT + "\\s+Announce Type:\\s*([a-z-]+)\\s+Abstract:\\s*");
    private static final Pattern ARXIV_URL = Pattern.compile(
            "^https?://(?:[a-z]+\\.)?arxiv\\.org/(?:abs|pdf)/" + ArxivId.PATTERN_TEXT + "(?:\\.pdf)?/?$");

    private EntryAssembler() {}

    static List<Entry> pair(List<TableRow> rows, List<Definition> definitions) {
        Map<Integer, ArrayDeque<Definition>> byNumber = new HashMap<>();
        for (Definition definition : definitions) {
            byNumber.computeIfAbsent(definition.number(), n -> new ArrayDeque<>()).add(definition);
        }
        List<Entry> entries = new ArrayList<>(Math.max(rows.size(), definitions.size()));
        for (TableRow row : rows) {
            Optional<Definition> definition = row.number()
                    .map(byNumber::get)
                    .map(ArrayDeque::poll);
            entries.add(assemble(row.number().orElse(0), Optional.of(row), definition));
        }
        for (Definition definition : definitions) {
            ArrayDeque<Definition> unpaired = byNumber.get(definition.number());
            if (unpaired.remove(definition)) {
                entries.add(assemble(definition.number(), Optional.empty(), Optional.of(definition)));
            }
        }
        return entries;
    }

    static Entry assemble(int number, Optional<TableRow> row, Optional<Definition> definition) {
        SourcePosition anchor = row.map(TableRow::position)
                .orElseGet(() -> definition.orElseThrow().position());
        Field none = new Field("", anchor);
        Field rowTitle = row.flatMap(TableRow::title).orElse(none);
        Field rowUrl = row.flatMap(TableRow::url).orElse(none);
        Field rowSummary = row.flatMap(TableRow::summary).orElse(none);
        if (definition.isEmpty()) {
            return new Entry(number, row, definition, none, rowTitle, rowUrl, rowSummary, none, none, none,
                    Optional.empty(), Optional.empty(), arxivIdOfUrl(rowUrl.text()));
        }
        Definition d = definition.get();
        Field definitionNone = new Field("", d.position());
        List<Field> fields = d.fields();
        Field titleField = field(fields, 0, definitionNone);
        Optional<TitleSuffix> suffix = Optional.empty();
        Field title = titleField;
        Matcher m = TITLE_SUFFIX.matcher(titleField.text());
        if (m.find()) {
            suffix = Optional.of(new TitleSuffix(
                    ArxivId.fromMatch(m.group(1), m.group(2)), m.group(3), UPDATED.equals(m.group(4)),
                    titleField.at(m.start() + leadingSpace(titleField.text(), m.start()))));
            title = new Field(titleField.text().substring(0, m.start()), titleField.position());
        }
        Field urlField = field(fields, 1, definitionNone);
        Field url = urlField;
        if (urlField.text().startsWith("[")) {
            Optional<InlineMarkdown.Link> link = InlineMarkdown.singleLink(urlField.text());
            if (link.isPresent()) {
                int offset = urlField.text().lastIndexOf(link.get().url());
                url = new Field(link.get().url(), urlField.at(Math.max(offset, 0)));
            }
        }
        Field summaryZh;
        Field summaryEn;
        Field abstractZh;
        Field abstractEn;
        Layout layout = d.layout();
        if (layout == Layout.NO_SUMMARIES) {
            summaryZh = rowSummary.isEmpty() ? new Field("", d.position()) : rowSummary;
            summaryEn = new Field("", d.position());
            abstractZh = fields.get(2);
            abstractEn = fields.get(3);
        } else {
            summaryZh = field(fields, 2, definitionNone);
            summaryEn = field(fields, 3, definitionNone);
            abstractZh = field(fields, 4, definitionNone);
            abstractEn = fields.size() > 5 ? fields.get(fields.size() - 1) : definitionNone;
        }
        Optional<AbstractPrefix> prefix = Optional.empty();
        Matcher p = ABSTRACT_PREFIX.matcher(abstractEn.text());
        if (p.find()) {
            prefix = Optional.of(new AbstractPrefix(
                    ArxivId.fromMatch(p.group(1), p.group(2)), p.group(3), p.end(), abstractEn.position()));
        }
        return new Entry(number, row, definition, d.translatedTitle(), title, url, summaryZh, summaryEn,
                abstractZh, abstractEn, suffix, prefix, arxivIdOfUrl(url.text()));
    }

    static Optional<ArxivId> arxivIdOfUrl(String url) {
        Matcher m = ARXIV_URL.matcher(url);
        return m.matches() ? Optional.of(ArxivId.fromMatch(m.group(1), m.group(2))) : Optional.empty();
    }

    private static Field field(List<Field> fields, int index, Field none) {
        return index < fields.size() ? fields.get(index) : none;
    }

    private static int leadingSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i - from;
    }
}
