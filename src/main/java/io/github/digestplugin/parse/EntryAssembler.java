package io.github.digestplugin.parse;

import io.github.digestplugin.model.AbstractPrefix;
import io.github.digestplugin.model.Definition;
import io.github.digestplugin.model.Entry;
import io.github.digestplugin.model.Field;
import io.github.digestplugin.model.Layout;
import io.github.digestplugin.model.SourcePosition;
import io.github.digestplugin.model.TableRow;
import io.github.digestplugin.model.TitleSuffix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Pairs rows with definitions by number and resolves each entry's fields. */
final class EntryAssembler {

    private EntryAssembler() {}

    static List<Entry> pair(List<TableRow> rows, List<Definition> definitions) {
        // The first unpaired definition of each number; a number used twice chains on through
        // nextSameNumber, so rows take its definitions in file order.
        Map<Integer, Integer> firstUnpaired = new HashMap<>(definitions.size() * 4 / 3 + 1);
        int[] nextSameNumber = new int[definitions.size()];
        for (int i = definitions.size() - 1; i >= 0; i--) {
            Integer following = firstUnpaired.put(definitions.get(i).number(), i);
            nextSameNumber[i] = following == null ? -1 : following;
        }
        boolean[] paired = new boolean[definitions.size()];
        List<Entry> entries = new ArrayList<>(Math.max(rows.size(), definitions.size()));
        for (TableRow row : rows) {
            Optional<Definition> definition = Optional.empty();
            Integer first = row.number().isPresent() ? firstUnpaired.get(row.number().get()) : null;
            if (first != null && first >= 0) {
                definition = Optional.of(definitions.get(first));
                paired[first] = true;
                firstUnpaired.put(row.number().get(), nextSameNumber[first]);
            }
            entries.add(assemble(row.number().orElse(0), Optional.of(row), definition));
        }
        for (int i = 0; i < definitions.size(); i++) {
            if (!paired[i]) {
                Definition definition = definitions.get(i);
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
                url = new Field(link.get().url(), urlField.at(DigestParser.urlOffset(urlField.text(), link.get().url())));
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
