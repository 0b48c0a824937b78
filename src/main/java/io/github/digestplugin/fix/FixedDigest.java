package io.github.digestplugin.fix;

import io.github.digestplugin.check.Finding;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One digest after the fix: its bytes before and after, the findings fixed per rule, and the
 * findings of fixable rules it still holds.
 *
 * @param path the digest, relative to the digest directory
 * @param fixedCounts findings fixed per rule id; empty when nothing changed
 * @param left the findings of fixable rules that remain, with why
 * @param diff the change as a unified diff, when asked for; else empty
 */
public record FixedDigest(Path path, byte[] original, byte[] fixed, Map<String, Integer> fixedCounts,
        List<LeftFinding> left, String diff) {

    public FixedDigest {
        fixedCounts = Map.copyOf(fixedCounts);
        left = List.copyOf(left);
    }

    static FixedDigest unchanged(Path path, byte[] content, List<LeftFinding> left) {
        return new FixedDigest(path, content, content, Map.of(), left, "");
    }

    /** Whether the fix changed any byte. */
    public boolean changed() {
        return original != fixed && !Arrays.equals(original, fixed);
    }

    /** How many findings were fixed in all. */
    public int fixedCount() {
        return fixedCounts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The line the check's summary adds when findings can be fixed. */
    public static String canBeFixed(long count) {
        return count + (count == 1 ? " finding can" : " findings can") + " be fixed with mvn digest:fix";
    }

    /** A finding the fix left, and why it left it. */
    public record LeftFinding(Finding finding, String reason) {}

    @Override
    public boolean equals(Object other) {
        return other instanceof FixedDigest that && path.equals(that.path) && Arrays.equals(original, that.original)
                && Arrays.equals(fixed, that.fixed) && fixedCounts.equals(that.fixedCounts) && left.equals(that.left)
                && diff.equals(that.diff);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + Arrays.hashCode(fixed);
    }

    @Override
    public String toString() {
        return "FixedDigest[" + path + ", fixed " + fixedCounts + ", left " + left.size() + "]";
    }
}
