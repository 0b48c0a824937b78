package io.github.digestplugin.report;

import java.util.ArrayList;
import java.util.List;

/** Writes digests in the standard layout for tests: one row and one six-field definition per entry. */
final class DigestText {

    record Item(String title, String url, String translatedTitle, String summaryZh, String summaryEn,
            String abstractZh, String abstractEn) {

        static Item of(String id, String title) {
            return new Item(title, "https://arxiv.org/abs/" + id, "译" + title, "总结" + title, "",
                    "摘要" + title, "arXiv:" + id + " Announce Type: new  Abstract: Abstract of " + title);
        }

        Item withSummaryZh(String summary) {
            return new Item(title, url, translatedTitle, summary, summaryEn, abstractZh, abstractEn);
        }

        Item withAbstractZh(String text) {
            return new Item(title, url, translatedTitle, summaryZh, summaryEn, text, abstractEn);
        }

        Item withTitle(String text) {
            return new Item(text, url, translatedTitle, summaryZh, summaryEn, abstractZh, abstractEn);
        }
    }

    private final List<Item> items = new ArrayList<>();

    DigestText add(Item item) {
        items.add(item);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("# 摘要\n\n| Ref | Title | Summary |\n| --- | --- | --- |\n");
        for (int i = 0; i < items.size(); i++) {
            text.append(row(i + 1, items.get(i)));
        }
        text.append("\n# 详细\n\n");
        for (int i = 0; i < items.size(); i++) {
            text.append(definition(i + 1, items.get(i)));
        }
        return text.toString();
    }

    /** The table row of entry {@code number}, with its line end. */
    static String row(int number, Item item) {
        return "| [^" + number + "] | [" + item.title() + "](" + item.url() + ") | " + item.summaryZh() + " |\n";
    }

    /** The footnote definition of entry {@code number}, up to its closing line of four spaces. */
    static String definition(int number, Item item) {
        StringBuilder text = new StringBuilder();
        text.append("[^").append(number).append("]: ").append(item.translatedTitle()).append("\n\n");
        for (String field : List.of(item.title(), "[" + item.url() + "](" + item.url() + ")", item.summaryZh(),
                item.summaryEn(), item.abstractZh(), item.abstractEn())) {
            text.append("    ").append(field).append("\n\n");
        }
        text.setLength(text.length() - 1);
        text.append("    \n");
        return text.toString();
    }
}
