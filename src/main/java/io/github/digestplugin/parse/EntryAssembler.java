package io.github.digestplugin.parse;

import io.github.digestplugin.model.AbstractPrefix;
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

/** Pairs rows with definitions by number and resolves each entry's fields. */
final class EntryAssembler {

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
                    Optional.empty(), Optional.empty(), ArxivIdReader.ofUrl(rowUrl.text()));
        }
        Definition d = definition.get();
        Field definitionNone = new Field("", d.position());
        List<Field> fields = d.fields();
        Field titleField = field(fields, 0, definitionNone);
        // The suffix is read at the title's last "(arXiv:", not searched for at every position.
        String titleText = titleField.text();
        int open = titleText.lastIndexOf("(arXiv:");
        Optional<TitleSuffix> suffix = open < 0 ? Optional.empty() : ArxivIdReader.titleSuffix(titleField, open);
        Field title = suffix.isEmpty()
                ? titleField
                : new Field(titleText.substring(0, open).stripTrailing(), titleField.position());
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
        Optional<AbstractPrefix> prefix = ArxivIdReader.abstractPrefix(abstractEn);
        return new Entry(number, row, definition, d.translatedTitle(), title, url, summaryZh, summaryEn,
                abstractZh, abstractEn, suffix, prefix, ArxivIdReader.ofUrl(url.text()));
    }

    private static Field field(List<Field> fields, int index, Field none) {
        return index < fields.size() ? fields.get(index) : none;
    }
}
