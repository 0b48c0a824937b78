package io.github.digestplugin.check;

import io.github.digestplugin.model.SuppressionComment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lines of one digest its suppression comments cover, per rule. {@code digest-disable} covers
 * the lines from the comment to the {@code digest-enable} of the same id (or any
 * {@code digest-enable} without ids), else to the end of the file; {@code digest-disable-next-line}
 * the next line that is not itself a suppression comment. A comment without ids covers every rule.
 */
final class InlineSuppressions {

    static final InlineSuppressions NONE = new InlineSuppressions(List.of());

    /** Lines {@code from} to {@code to}, both included, for one rule or, with a null id, every rule. */
    private record Span(int from, int to, String ruleId) {
        boolean covers(String id, int line) {
            return line >= from && line <= to && (ruleId == null || ruleId.equals(id));
        }
    }

    private final List<Span> spans;

    private InlineSuppressions(List<Span> spans) {
        this.spans = spans;
    }

    static InlineSuppressions of(List<SuppressionComment> comments) {
        if (comments.isEmpty()) {
            return NONE;
        }
        Set<Integer> commentLines = new HashSet<>();
        comments.forEach(c -> commentLines.add(c.line()));
        List<Span> spans = new ArrayList<>();
        // Rule id to the line it was disabled at; the empty id stands for every rule.
        Map<String, Integer> open = new LinkedHashMap<>();
        for (SuppressionComment comment : comments) {
            List<String> ids = comment.allRules() ? List.of("") : comment.ruleIds();
            switch (comment.kind()) {
                case DISABLE -> ids.forEach(id -> open.putIfAbsent(id, comment.line()));
                case ENABLE -> {
                    List<String> closed = comment.allRules() ? List.copyOf(open.keySet()) : ids;
                    for (String id : closed) {
                        Integer from = open.remove(id);
                        if (from != null) {
                            spans.add(new Span(from, comment.line(), id.isEmpty() ? null : id));
                        }
                    }
                }
                case DISABLE_NEXT_LINE -> {
                    int next = comment.line() + 1;
                    while (commentLines.contains(next)) {
                        next++;
                    }
                    for (String id : ids) {
                        spans.add(new Span(next, next, id.isEmpty() ? null : id));
                    }
                }
            }
        }
        open.forEach((id, from) -> spans.add(new Span(from, Integer.MAX_VALUE, id.isEmpty() ? null : id)));
        return new InlineSuppressions(List.copyOf(spans));
    }

    boolean suppresses(Finding finding) {
        int line = finding.position().line();
        for (Span span : spans) {
            if (span.covers(finding.ruleId(), line)) {
                return true;
            }
        }
        return false;
    }
}
