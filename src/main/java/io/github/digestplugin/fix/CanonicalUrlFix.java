package io.github.digestplugin.fix;

import io.github.digestplugin.check.rules.UrlCanonicalRule;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Entry;
import io.github.digestplugin.model.Field;
import io.github.digestplugin.model.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes each non-canonical arXiv url in its canonical form, wherever {@code url-canonical}
 * reports it: the row's link target, and in the definition's url field {@code [shown](target)}
 * both the url shown and the target, so that row and definition still agree afterwards.
 */
final class CanonicalUrlFix implements DigestFix {

    private static final String RULE = new UrlCanonicalRule().id();

    @Override
    public String ruleId() {
        return RULE;
    }

    @Override
    public List<Repair> repairs(Digest digest, Left left) {
        List<Repair> repairs = new ArrayList<>();
        for (Entry entry : digest.entries()) {
            entry.row().ifPresent(row -> row.url().ifPresent(url -> UrlCanonicalRule.canonical(url.text())
                    .ifPresent(canonical -> repairs.add(rowRepair(row, url, canonical)))));
            if (entry.definition().isPresent() && entry.definition().get().fields().size() >= 2
                    && !entry.url().isEmpty()) {
                definitionRepair(entry).ifPresent(repairs::add);
            }
        }
        return repairs;
    }

    /** The row's link target, where the parser placed it, else the one {@code ](url)} of the line. */
    private Repair rowRepair(TableRow row, Field url, String canonical) {
        return new Repair(RULE, row.line(), (text, lineEnd) -> {
            int at = url.position().column() - 1;
            String target = url.text();
            if (!(text.startsWith(target, at) && text.startsWith(")", at + target.length()))) {
                String written = "](" + target + ")";
                int first = text.indexOf(written);
                if (first < 0 || text.indexOf(written, first + 1) >= 0) {
                    return Optional.empty();
                }
                at = first + 2;
            }
            return Optional.of(List.of(new Span(at, at + target.length(), canonical)));
        });
    }

    /**
     * The url field's line, where the rule reports it: the target or the url shown is not
     * canonical. Both are rewritten when both are arXiv urls written otherwise.
     */
    private Optional<Repair> definitionRepair(Entry entry) {
        Field field = entry.definition().orElseThrow().fields().get(1);
        String fieldText = field.text();
        Optional<String> canonicalTarget = UrlCanonicalRule.canonical(entry.url().text());
        int close = fieldText.indexOf("](");
        boolean link = fieldText.startsWith("[") && close > 0 && fieldText.endsWith(")")
                && fieldText.substring(close + 2, fieldText.length() - 1).equals(entry.url().text());
        Optional<String> canonicalShown = link
                ? UrlCanonicalRule.canonical(fieldText.substring(1, close))
                : Optional.empty();
        if (canonicalTarget.isEmpty() && canonicalShown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Repair(RULE, field.position().line(), (text, lineEnd) -> {
            int start = field.position().column() - 1;
            if (!text.startsWith(fieldText, start)) {
                return Optional.empty();
            }
            List<Span> spans = new ArrayList<>(2);
            if (!link) {
                // A bare url is rewritten whole; a link read otherwise than as written is left alone.
                return fieldText.equals(entry.url().text()) && canonicalTarget.isPresent()
                        ? Optional.of(List.of(new Span(start, start + fieldText.length(), canonicalTarget.get())))
                        : Optional.empty();
            }
            canonicalShown.ifPresent(shown -> spans.add(new Span(start + 1, start + close, shown)));
            canonicalTarget.ifPresent(target ->
                    spans.add(new Span(start + close + 2, start + fieldText.length() - 1, target)));
            return Optional.of(spans);
        }));
    }
}
