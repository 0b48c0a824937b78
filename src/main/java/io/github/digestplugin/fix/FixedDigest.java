package io.github.digestplugin.fix;

import io.github.digestplugin.check.Finding;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One digest after the fix: whether it changed, its bytes after the fix, the findings fixed per
 * rule, and the findings of fixable rules it still holds.
 *
 * @param path the digest, relative to the digest directory
 * @param changed whether the fix changed any byte
 * @param fixed the bytes after the fix (the bytes read, when nothing changed); empty in what a
 *     {@link FixRun} hands back, which keeps no digest's bytes once it has written them
 * @param fixedCounts findings fixed per rule id; empty when nothing changed
 * @param left the findings of fixable rules that remain, with why
 * @param diff the change as a unified diff, when asked for; else empty
 */
public record FixedDigest(Path path, boolean changed, byte[] fixed, Map<String, Integer> fixedCounts,
        List<LeftFinding> left, String diff) {

    private static final byte[] NO_BYTES = new byte[0];

    public FixedDigest {
        fixedCounts = Map.copyOf(fixedCounts);
        left = List.copyOf(left);
    }

    static FixedDigest unchanged(Path path, byte[] content, List<LeftFinding> left) {
        return new FixedDigest(path, false, content, Map.of(), left, "");
    }

    /** The same without the bytes: a run over a whole archive holds none of it in its result. */
    FixedDigest withoutContent() {
        return new FixedDigest(path, changed, NO_BYTES, fixedCounts, left, diff);
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
        return other instanceof FixedDigest that && path.equals(that.path) && changed == that.changed
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
