package io.github.digestplugin.fix;

import io.github.digestplugin.check.rules.CellPipeRule;
import io.github.digestplugin.model.Definition;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Entry;
import io.github.digestplugin.model.Field;
import io.github.digestplugin.model.Layout;
import io.github.digestplugin.model.TableRow;
import io.github.digestplugin.parse.InlineMarkdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Escapes the stray {@code |} of a row that {@code cell-pipe} reports, where the row's definition
 * tells which cell each pipe belongs to: exactly one way of joining the split cells back into a
 * title link and a summary gives the definition's title (field 1) or its Chinese summary (field 3).
 * A row without a definition, or one that several joins or none would match, is left as it is.
 */
final class CellPipeFix implements DigestFix {

    private static final String RULE = new CellPipeRule().id();

    @Override
    public String ruleId() {
        return RULE;
    }

    @Override
    public List<Repair> repairs(Digest digest, Left left) {
        List<Repair> repairs = new ArrayList<>();
        for (Entry entry : digest.entries()) {
            if (entry.row().isEmpty() || !CellPipeRule.isSplit(entry.row().get())) {
                continue;
            }
            TableRow row = entry.row().get();
            if (entry.definition().isEmpty()) {
                left.leave(row.line(), "the row has no definition to tell which cell holds the `|`");
                continue;
            }
            Optional<Integer> titleEnd = titleEnd(row, entry.definition().get(), entry.title());
            if (titleEnd.isEmpty()) {
                left.leave(row.line(), "its definition's title and summary match no single way of joining the"
                        + " row's cells");
                continue;
            }
            int cells = row.cells().size();
            int lastTitleCell = titleEnd.get();
            repairs.add(new Repair(RULE, row.line(), (text, lineEnd) -> escapes(text, cells, lastTitleCell)));
        }
        return repairs;
    }

    /**
     * The index of the last cell of the title, cells 1 to it making the title link and the cells
     * after it the summary: the one join the definition's title or summary confirms.
     */
    private static Optional<Integer> titleEnd(TableRow row, Definition definition, Field title) {
        List<Field> cells = row.cells();
        String definitionSummary = definition.layout() == Layout.STANDARD ? definition.fields().get(2).text() : "";
        Set<Integer> titleMatches = new TreeSet<>();
        Set<Integer> summaryMatches = new TreeSet<>();
        for (int end = 1; end <= cells.size() - 2; end++) {
            Optional<InlineMarkdown.Link> link = InlineMarkdown.singleLink(joined(cells, 1, end));
            if (link.isEmpty()) {
                continue;
            }
            if (!title.isEmpty() && sameIgnoringSpace(link.get().text(), title.text())) {
                titleMatches.add(end);
            }
            if (!definitionSummary.isBlank()
                    && sameIgnoringSpace(joined(cells, end + 1, cells.size() - 1), definitionSummary)) {
                summaryMatches.add(end);
            }
        }
        Set<Integer> both = new TreeSet<>(titleMatches);
        both.retainAll(summaryMatches);
        if (both.size() == 1) {
            return Optional.of(both.iterator().next());
        }
        if (!both.isEmpty()) {
            return Optional.empty();
        }
        if (titleMatches.size() == 1 && summaryMatches.isEmpty()) {
            return Optional.of(titleMatches.iterator().next());
        }
        if (summaryMatches.size() == 1 && titleMatches.isEmpty()) {
            return Optional.of(summaryMatches.iterator().next());
        }
        return Optional.empty();
    }

    private static String joined(List<Field> cells, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i <= to; i++) {
            text.append(i > from ? "|" : "").append(cells.get(i).text());
        }
        return text.toString();
    }

    /**
     * Whether two texts are the same but for white space and escaped pipes: the cells were trimmed
     * where the row was split, so the spaces around a stray pipe are gone from the joined text.
     */
    static boolean sameIgnoringSpace(String first, String second) {
        return withoutSpace(first).equals(withoutSpace(second));
    }

    private static String withoutSpace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '|') {
                continue;
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A backslash before each pipe inside the title (between its cells 1 and {@code lastTitleCell})
     * and inside the summary (between the cells after it), found in the line as the parser split it:
     * every {@code |} not escaped, but a leading and a trailing one.
     */
    static Optional<List<Span>> escapes(String line, int cellCount, int lastTitleCell) {
        int start = 0;
        int end = line.length();
        while (start < end && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        if (start < end && line.charAt(start) == '|') {
            start++;
        }
        if (end > start && line.charAt(end - 1) == '|' && !escaped(line, end - 1)) {
            end--;
        }
        List<Integer> pipes = new ArrayList<>();
        for (int i = line.indexOf('|', start); i >= 0 && i < end; i = line.indexOf('|', i + 1)) {
            if (!escaped(line, i)) {
                pipes.add(i);
            }
        }
        if (pipes.size() != cellCount - 1) {
            return Optional.empty();
        }
        // Pipe i stands between cells i and i + 1: the title's lie between cells 1 and the last
        // title cell, the summary's after the cell that follows it.
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < pipes.size(); i++) {
            boolean inTitle = i >= 1 && i < lastTitleCell;
            boolean inSummary = i > lastTitleCell;
            if (inTitle || inSummary) {
                spans.add(Span.insert(pipes.get(i), "\\"));
            }
        }
        return Optional.of(spans);
    }

    private static boolean escaped(String line, int index) {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
