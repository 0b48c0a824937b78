package io.github.digestplugin.maven;

import io.github.digestplugin.report.ReportGenerator;
import io.github.digestplugin.report.ReportResult;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkEventAttributes;
import org.apache.maven.doxia.sink.impl.SinkEventAttributeSet;

/**
 * The reading list's entry page in {@code mvn site}: its counts, its charts and links into the
 * pages in {@code digest/}, written through the site's sink so that it carries the site's skin and
 * menu. Only sink events that Doxia 1 (maven-site-plugin 3.12.1) and Doxia 2 both have are used.
 */
final class SiteEntryPage {

    /** The report's pages the entry page links to, by their key in the bundle. */
    private static final List<String[]> SECTIONS = List.of(
            new String[] {"index.html", "entry.overview"}, new String[] {"dates.html", "entry.digests"},
            new String[] {"titles.html", "entry.papers"}, new String[] {"channels.html", "entry.channels"},
            new String[] {"months.html", "entry.months"}, new String[] {"problems.html", "entry.problems"},
            new String[] {"search.html", "entry.search"}, new String[] {"feed.atom", "entry.feed"});

    private final Locale language;
    private final String folder;

    /** @param folder the report's folder relative to the entry page, such as {@code digest} */
    SiteEntryPage(Locale language, String folder) {
        this.language = language;
        this.folder = folder;
    }

    void write(Sink sink, String title, ReportResult result) {
        sink.head();
        sink.title();
        sink.text(title);
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text(title);
        sink.sectionTitle1_();
        sink.paragraph();
        sink.text(format("entry.counts", result.digests(), result.entries(), result.papers(), result.errors()));
        sink.paragraph_();
        sink.paragraph();
        link(sink, "index.html", text("entry.open"));
        sink.paragraph_();

        sink.sectionTitle2();
        sink.text(text("entry.charts"));
        sink.sectionTitle2_();
        figure(sink, ReportGenerator.MONTH_CHART, text("entry.monthChart"));
        figure(sink, ReportGenerator.CATEGORY_CHART, text("entry.categoryChart"));

        sink.sectionTitle2();
        sink.text(text("entry.sections"));
        sink.sectionTitle2_();
        sink.list();
        for (String[] section : SECTIONS) {
            sink.listItem();
            link(sink, section[0], text(section[1]));
            sink.listItem_();
        }
        sink.list_();
        sink.section1_();
        sink.body_();
        sink.flush();
    }

    private void figure(Sink sink, String chart, String caption) {
        sink.figure();
        SinkEventAttributeSet alt = new SinkEventAttributeSet();
        alt.addAttribute(SinkEventAttributes.ALT, caption);
        sink.figureGraphics(folder + "/" + chart, alt);
        sink.figureCaption();
        sink.text(caption);
        sink.figureCaption_();
        sink.figure_();
    }

    private void link(Sink sink, String page, String label) {
        sink.link(folder + "/" + page);
        sink.text(label);
        sink.link_();
    }

    private String text(String key) {
        return ReportLanguage.text(key, language);
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(text(key), language).format(arguments);
    }
}
