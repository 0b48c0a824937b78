package io.github.digestplugin.check;

import io.github.digestplugin.parse.DigestFiles;
import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rules left out for the digests whose path (relative to the digest directory) matches an
 * Ant-style pattern, as {@code path-pattern=rule-id,rule-id}. A list element without {@code =}
 * continues the rule ids of the element before it, since Maven splits a list given on the command
 * line at its commas: {@code -Ddigest.suppressions=drafts/**=raw-html,cell-pipe} arrives as
 * {@code drafts/**=raw-html} and {@code cell-pipe}.
 */
public final class PathSuppressions {

    public static final PathSuppressions NONE = new PathSuppressions(List.of());

    private record Entry(String pattern, Pattern regex, Set<String> ruleIds) {}

    private final List<Entry> entries;

    private PathSuppressions(List<Entry> entries) {
        this.entries = entries;
    }

    /**
     * Reads the entries.
     *
     * @throws IllegalArgumentException naming an entry without a pattern or ids, or an unknown rule id
     */
    public static PathSuppressions parse(List<String> elements, Set<String> knownRuleIds) {
        if (elements == null || elements.isEmpty()) {
            return NONE;
        }
        List<String> patterns = new ArrayList<>();
        List<Set<String>> ids = new ArrayList<>();
        for (String element : elements) {
            String text = element == null ? "" : element.strip();
            if (text.isEmpty()) {
                continue;
            }
            int eq = text.indexOf('=');
            String idList = text;
            if (eq >= 0) {
                String pattern = text.substring(0, eq).strip();
                if (pattern.isEmpty()) {
                    throw new IllegalArgumentException("Suppression '" + text + "' has no path pattern before '='");
                }
                patterns.add(pattern);
                ids.add(new LinkedHashSet<>());
                idList = text.substring(eq + 1);
            } else if (patterns.isEmpty()) {
                throw new IllegalArgumentException("Suppression '" + text
                        + "' is not of the form path-pattern=rule-id,...");
            }
            for (String id : idList.split("[,\\s]+")) {
                if (id.isEmpty()) {
                    continue;
                }
                if (!knownRuleIds.contains(id)) {
                    throw new IllegalArgumentException("Unknown rule id '" + id + "' in the suppression of "
                            + patterns.get(patterns.size() - 1) + "; known ids: " + String.join(", ", knownRuleIds));
                }
                ids.get(ids.size() - 1).add(id);
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            if (ids.get(i).isEmpty()) {
                throw new IllegalArgumentException("Suppression of " + patterns.get(i) + " names no rule id");
            }
            entries.add(new Entry(patterns.get(i), DigestFiles.antPattern(patterns.get(i)), Set.copyOf(ids.get(i))));
        }
        return new PathSuppressions(List.copyOf(entries));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Whether a finding is left out: its path, relative to the digest directory, matches an entry naming its rule. */
    public boolean suppresses(Finding finding) {
        if (entries.isEmpty()) {
            return false;
        }
        String path = finding.path().toString().replace(File.separatorChar, '/');
        for (Entry entry : entries) {
            if (entry.ruleIds().contains(finding.ruleId()) && entry.regex().matcher(path).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The entries as {@link #parse} reads them, one string each, to hand to a forked check. */
    public List<String> entries() {
        return entries.stream()
                .map(e -> e.pattern() + "=" + e.ruleIds().stream().sorted().collect(Collectors.joining(",")))
                .toList();
    }
}
