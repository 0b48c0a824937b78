package io.github.digestplugin.check.output;

import io.github.digestplugin.check.EntryKeys;
import io.github.digestplugin.check.Finding;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The findings a project has accepted for now, {@value #FILE_NAME}: per digest and rule, each
 * finding's {@link Fingerprints fingerprint} and how many findings have it. A check fails only on
 * findings beyond them. The file is sorted (by file, rule, entry, fingerprint), so writing it again
 * for the same findings gives the same bytes, and a change to it reads well in a diff.
 *
 * <pre>
 * {
 *   "version": 1,
 *   "findings": [
 *     {"file": "src/digests/cs.CL/2024-03-01.md", "rule": "url-canonical", "entry": "2403.19243",
 *       "fingerprint": "3f2a9c0d41b7e655", "count": 1, "message": "Url ... is not canonical; ..."}
 *   ]
 * }
 * </pre>
 */
public final class BaselineFile {

    public static final String FILE_NAME = "digest-baseline.json";

    static final int VERSION = 1;

    /**
     * One accepted kind of finding.
     *
     * @param file the digest, relative to the base directory, with forward slashes
     * @param entry the entry's key ({@link EntryKeys}); empty for a finding about no entry
     * @param message the first such finding's message, for people reading the file (not matched)
     */
    public record Item(String file, String rule, String entry, String fingerprint, int count, String message) {}

    /**
     * How the findings of a run compare with a baseline.
     *
     * @param baselined the indexes (in the run's findings) of the findings the baseline holds
     * @param remaining how many findings of the run the baseline holds
     * @param fixed how many findings of the baseline the run no longer has
     */
    public record Comparison(BitSet baselined, long remaining, long fixed) {}

    private final List<Item> items;

    private BaselineFile(List<Item> items) {
        this.items = List.copyOf(items);
    }

    public List<Item> items() {
        return items;
    }

    /** The baseline of a run's findings, with the paths {@code fileNames} gives. */
    public static BaselineFile of(List<Finding> findings, EntryKeys entryKeys, Function<Path, String> fileNames) {
        Map<String, Item> grouped = new LinkedHashMap<>();
        for (Finding finding : findings) {
            String file = fileNames.apply(finding.path());
            String entry = entryKeys.of(finding);
            String fingerprint = Fingerprints.of(finding, entry);
            grouped.merge(key(file, finding.ruleId(), fingerprint),
                    new Item(file, finding.ruleId(), entry, fingerprint, 1, finding.message()),
                    (a, b) -> new Item(a.file(), a.rule(), a.entry(), a.fingerprint(), a.count() + 1, a.message()));
        }
        List<Item> sorted = new ArrayList<>(grouped.values());
        sorted.sort(Comparator.comparing(Item::file).thenComparing(Item::rule).thenComparing(Item::entry)
                .thenComparing(Item::fingerprint));
        return new BaselineFile(sorted);
    }

    /** Which of a run's findings the baseline holds: of findings with one fingerprint, the first {@code count}. */
    public Comparison compare(List<Finding> findings, EntryKeys entryKeys, Function<Path, String> fileNames) {
        Map<String, int[]> left = new HashMap<>();
        for (Item item : items) {
            left.computeIfAbsent(key(item.file(), item.rule(), item.fingerprint()), k -> new int[1])[0] += item.count();
        }
        BitSet baselined = new BitSet(findings.size());
        long remaining = 0;
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            int[] count = left.get(key(fileNames.apply(finding.path()), finding.ruleId(),
                    Fingerprints.of(finding, entryKeys.of(finding))));
            if (count != null && count[0] > 0) {
                count[0]--;
                baselined.set(i);
                remaining++;
            }
        }
        long fixed = left.values().stream().mapToLong(count -> count[0]).sum();
        return new Comparison(baselined, remaining, fixed);
    }

    private static String key(String file, String rule, String fingerprint) {
        return file + '\n' + rule + '\n' + fingerprint;
    }

    public void write(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            JsonWriter json = new JsonWriter(out);
            json.beginObject().name("version").value(VERSION).name("findings").beginArray();
            for (Item item : items) {
                json.beginObject().name("file").value(item.file()).name("rule").value(item.rule())
                        .name("entry").value(item.entry()).name("fingerprint").value(item.fingerprint())
                        .name("count").value(item.count()).name("message").value(item.message()).endObject();
            }
            json.endArray().endObject().finish();
        }
    }

    /**
     * Reads a baseline file.
     *
     * @throws IllegalArgumentException naming the file and what is wrong in it (with its line where
     *     the JSON is malformed)
     */
    public static BaselineFile read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
            Object document = JsonReader.parse(text);
            if (!(document instanceof Map<?, ?> root)) {
                throw new IllegalArgumentException("it is not a JSON object");
            }
            if (!Long.valueOf(VERSION).equals(root.get("version"))) {
                throw new IllegalArgumentException("its \"version\" is " + root.get("version") + ", not " + VERSION);
            }
            if (!(root.get("findings") instanceof List<?> findings)) {
                throw new IllegalArgumentException("it has no \"findings\" array");
            }
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < findings.size(); i++) {
                if (!(findings.get(i) instanceof Map<?, ?> item)) {
                    throw new IllegalArgumentException("finding " + (i + 1) + " is not an object");
                }
                Object count = item.containsKey("count") ? item.get("count") : 1L;
                if (!(count instanceof Long n) || n < 1 || n > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("finding " + (i + 1) + " has a \"count\" that is not a"
                            + " whole number of 1 or more");
                }
                items.add(new Item(string(item, "file", i), string(item, "rule", i),
                        item.containsKey("entry") ? string(item, "entry", i) : "", string(item, "fingerprint", i),
                        n.intValue(), item.containsKey("message") ? string(item, "message", i) : ""));
            }
            return new BaselineFile(items);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The baseline " + file + " cannot be read: " + e.getMessage()
                    + "; write it again with mvn digest:baseline", e);
        }
    }

    private static String string(Map<?, ?> item, String name, int index) {
        if (!(item.get(name) instanceof String value)) {
            throw new IllegalArgumentException("finding " + (index + 1) + " has no string \"" + name + "\"");
        }
        return value;
    }
}
