package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.Phrase;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Definition;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Field;
import io.github.digestplugin.model.SourcePosition;
import io.github.digestplugin.model.TableRow;
import io.github.digestplugin.parse.InlineMarkdown;
import io.github.digestplugin.parse.ScriptLinks;
import java.util.List;
import java.util.Optional;

/**
 * Raw HTML and script links in a digest's text: a Markdown renderer would pass them through to
 * the page, or a browser would read them as markup. A cheap scan for a {@code <} that may start a
 * tag decides which texts flexmark reads, and only texts with a {@code <} or {@code ]} (a link
 * needs one) go to {@link ScriptLinks}, so the many plain texts (and abstracts that merely compare
 * numbers) cost two scans for a character.
 */
public final class RawHtmlRule implements DigestRule {

    static final MessageKey HTML = new MessageKey("raw-html.html", 2);
    static final MessageKey SCRIPT = new MessageKey("raw-html.script", 2);

    @Override
    public String id() {
        return "raw-html";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<MessageKey> messages() {
        return List.of(HTML, SCRIPT);
    }


    @Override
    public void check(Digest digest, Reporter reporter) {
        for (TableRow row : digest.rows()) {
            List<Field> cells = row.cells();
            for (int i = 0; i < cells.size(); i++) {
                Optional<String> found = find(cells.get(i).text());
                if (found.isPresent()) {
                    report(cells.get(i), true, found.get(), RuleText.inCell(i, row), reporter);
                }
            }
        }
        for (Definition definition : digest.definitions()) {
            Optional<String> inTitle = find(definition.translatedTitle().text());
            if (inTitle.isPresent()) {
                report(definition.translatedTitle(), false, inTitle.get(), RuleText.inTranslatedTitle(definition), reporter);
            }
            List<Field> fields = definition.fields();
            for (int i = 0; i < fields.size(); i++) {
                Optional<String> found = find(fields.get(i).text());
                if (found.isPresent()) {
                    report(fields.get(i), false, found.get(), RuleText.inField(definition, i), reporter);
                }
            }
        }
    }

    /** The first raw HTML or script link in the text; flexmark reads only texts that may hold a tag. */
    private static Optional<String> find(String text) {
        int angle = text.indexOf('<');
        if (angle >= 0 && mayHoldTag(text, angle)) {
            Optional<String> html = InlineMarkdown.rawHtml(text);
            if (html.isPresent()) {
                return html;
            }
        }
        return angle >= 0 || text.indexOf(']') >= 0 ? ScriptLinks.find(text) : Optional.empty();
    }

    private static void report(Field field, boolean cell, String found, Phrase where, Reporter reporter) {
        reporter.report(positionOf(field, cell, found), found.startsWith("<") ? HTML : SCRIPT, RuleText.quote(found),
                where);
    }

    /**
     * Whether a {@code <} is followed by what can start a tag, a comment or an instruction (a letter,
     * {@code /}, {@code !}, {@code ?}); comparisons such as {@code p < 0.05} cannot.
     */
    private static boolean mayHoldTag(String text, int firstAngle) {
        for (int at = firstAngle; at >= 0 && at + 1 < text.length(); at = text.indexOf('<', at + 1)) {
            char next = text.charAt(at + 1);
            if (next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z' || next == '/' || next == '!' || next == '?') {
                return true;
            }
        }
        return false;
    }

    /**
     * Where {@code found} starts in the source line. A cell's text had each {@code \|} unescaped, so
     * every {@code |} before the place took one source character more.
     */
    private static SourcePosition positionOf(Field field, boolean cell, String found) {
        String text = field.text();
        int offset = Math.max(0, text.indexOf(found));
        int escapes = 0;
        for (int i = 0; cell && i < offset; i++) {
            if (text.charAt(i) == '|') {
                escapes++;
            }
        }
        return field.at(offset + escapes);
    }
}
