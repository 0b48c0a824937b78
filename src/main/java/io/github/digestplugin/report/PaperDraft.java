package io.github.digestplugin.report;

import io.github.digestplugin.model.ArxivId;
import io.github.digestplugin.model.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A paper while digests are still being read, from several threads: appearances accumulate, and
 * each text field keeps the value of the latest appearance that has one, so the result does not
 * depend on the order the digests arrive in.
 */
final class PaperDraft {

    private enum Text { TITLE, TRANSLATED_TITLE, SUMMARY_ZH, SUMMARY_EN, ABSTRACT_ZH, ABSTRACT_EN, CATEGORY, ANNOUNCE_TYPE }

    private final String id;
    private final List<Appearance> appearances = new ArrayList<>(2);
    private final String[] texts = new String[Text.values().length];
    private final Appearance[] sources = new Appearance[Text.values().length];
    private int version;

    PaperDraft(String id) {
        this.id = id;
    }

    synchronized void add(Appearance appearance, Entry entry) {
        appearances.add(appearance);
        version = Math.max(version, entry.version());
        offer(Text.TITLE, appearance, entry.title().text());
        offer(Text.TRANSLATED_TITLE, appearance, entry.translatedTitle().text());
        offer(Text.SUMMARY_ZH, appearance, entry.summaryZh().text());
        offer(Text.SUMMARY_EN, appearance, entry.summaryEn().text());
        offer(Text.ABSTRACT_ZH, appearance, entry.abstractZh().text());
        offer(Text.ABSTRACT_EN, appearance, entry.abstractEnText());
        offer(Text.CATEGORY, appearance, entry.primaryCategory().orElse(""));
        offer(Text.ANNOUNCE_TYPE, appearance, entry.announceType().orElse(""));
    }

    private void offer(Text field, Appearance source, String value) {
        String text = value.strip();
        int i = field.ordinal();
        if (!text.isEmpty() && (sources[i] == null || Appearance.ORDER.compare(source, sources[i]) > 0)) {
            texts[i] = text;
            sources[i] = source;
        }
    }

    private String text(Text field) {
        String text = texts[field.ordinal()];
        return text == null ? "" : text;
    }

    synchronized Paper build() {
        List<Appearance> ordered = new ArrayList<>(appearances);
        ordered.sort(Appearance.ORDER);
        String category = text(Text.CATEGORY);
        if (category.isEmpty()) {
            category = ordered.get(ordered.size() - 1).digest().channel();
        }
        Optional<String> month = ArxivId.parse(id).flatMap(a -> a.yearMonth());
        return new Paper(id, version, text(Text.TITLE), text(Text.TRANSLATED_TITLE), text(Text.SUMMARY_ZH),
                text(Text.SUMMARY_EN), text(Text.ABSTRACT_ZH), text(Text.ABSTRACT_EN), category,
                text(Text.ANNOUNCE_TYPE), month, ordered);
    }
}
