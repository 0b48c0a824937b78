package io.github.digestplugin.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The change of a fix as a unified diff ({@code diff -u}, three lines of context), made from the
 * lines the fix rewrote rather than by comparing the files: a fix rewrites lines in place and may
 * add a line to one, so the old and new line of each hunk are known. Lines are shown without their
 * line ends.
 */
final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {}

    /**
     * @param path how the diff names the file, {@code a/path} and {@code b/path}
     * @param newTexts the new text of each rewritten line (1-based), holding a line end where the
     *     fix added a line
     */
    static String of(String path, SourceText source, Map<Integer, String> newTexts) {
        StringBuilder diff = new StringBuilder("--- a/").append(path).append('\n')
                .append("+++ b/").append(path).append('\n');
        List<Integer> changed = new ArrayList<>(newTexts.keySet());
        int added = 0;
        int i = 0;
        while (i < changed.size()) {
            // One hunk: the changed lines whose contexts touch, with the context around them.
            int j = i;
            while (j + 1 < changed.size() && changed.get(j + 1) - changed.get(j) <= 2 * CONTEXT + 1) {
                j++;
            }
            int from = Math.max(1, changed.get(i) - CONTEXT);
            int to = Math.min(source.lineCount(), changed.get(j) + CONTEXT);
            StringBuilder body = new StringBuilder();
            int newCount = 0;
            for (int line = from; line <= to; line++) {
                String old = shown(source, line);
                String replacement = newTexts.get(line);
                if (replacement == null) {
                    body.append(' ').append(old).append('\n');
                    newCount++;
                    continue;
                }
                body.append('-').append(old).append('\n');
                for (String part : replacement.split("\r?\n", -1)) {
                    body.append('+').append(part).append('\n');
                    newCount++;
                }
            }
            int oldCount = to - from + 1;
            diff.append("@@ -").append(from).append(',').append(oldCount).append(" +").append(from + added)
                    .append(',').append(newCount).append(" @@\n").append(body);
            added += newCount - oldCount;
            i = j + 1;
        }
        return diff.toString();
    }

    private static String shown(SourceText source, int line) {
        return source.shownLine(line);
    }
}
