package io.github.digestplugin.fix;

import io.github.digestplugin.check.DigestChecker;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.Rule;
import io.github.digestplugin.check.RuleConfiguration;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.parse.ParserOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Repairs one digest's fixable findings in its bytes. Each enabled fixable rule's fix proposes one
 * repair per finding it can repair without guessing; the repairs change only the characters they
 * name, so a digest with nothing to repair comes back as the same bytes. The result is checked
 * again before it is handed back: unless the fixed findings, and only they, are gone, the digest is
 * left as it was.
 */
public final class DigestFixer {

    private static final List<DigestFix> FIXES = List.of(new CanonicalUrlFix(), new CellPipeFix(), new ClosingLineFix());

    private final DigestChecker checker;
    private final List<DigestFix> fixes;
    private final Set<String> fixableRules;

    public DigestFixer(ParserOptions parserOptions, RuleConfiguration configuration) {
        this.checker = new DigestChecker(parserOptions, configuration);
        this.fixes = FIXES.stream().filter(fix -> configuration.severityOf(fix.ruleId()).isPresent()).toList();
        this.fixableRules = configuration.rules().stream().filter(Rule::fixable).map(Rule::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The ids of the rules some fix repairs, whether enabled or not: what the catalogue says is fixable. */
    static Set<String> fixedRuleIds() {
        return FIXES.stream().map(DigestFix::ruleId).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * How many of {@code digest}'s findings the fix would repair, judged from the parsed digest
     * alone: what the check's summary announces. The fix itself may still leave one whose line does
     * not read as the parser placed it.
     */
    public int fixableCount(Digest digest) {
        int count = 0;
        for (DigestFix fix : fixes) {
            count += fix.repairs(digest, (line, reason) -> {}).size();
        }
        return count;
    }

    /**
     * Repairs {@code content}, the bytes of {@code file} ({@code relative} to the digest directory).
     *
     * @param withDiff whether to make the unified diff of the change
     */
    public FixedDigest fix(byte[] content, Path file, Path relative, boolean withDiff) {
        DigestChecker.Checked before = checker.checkContent(content, file, relative);
        if (before.digest().isEmpty()) {
            return FixedDigest.unchanged(relative, content, left(before.findings(), Map.of()));
        }
        Digest digest = before.digest().get();
        SourceText source = SourceText.of(content);
        Map<String, String> reasons = new HashMap<>();
        Map<Integer, List<Span>> spansByLine = new TreeMap<>();
        Map<String, Integer> repaired = new LinkedHashMap<>();
        for (DigestFix fix : fixes) {
            for (Repair repair : fix.repairs(digest, (line, reason) -> reasons.put(key(fix.ruleId(), line), reason))) {
                Optional<String> text = source.line(repair.line());
                if (text.isEmpty()) {
                    reasons.put(key(repair.ruleId(), repair.findingLine()),
                            "line " + repair.line() + " holds bytes that are not UTF-8");
                    continue;
                }
                Optional<List<Span>> spans = repair.edit().spans(text.get(), source.lineEndAfter(repair.line()));
                List<Span> taken = spansByLine.computeIfAbsent(repair.line(), line -> new ArrayList<>());
                if (spans.isEmpty() || overlaps(taken, spans.get(), text.get().length())) {
                    reasons.put(key(repair.ruleId(), repair.findingLine()),
                            "line " + repair.line() + " does not read as the check read it");
                    continue;
                }
                taken.addAll(spans.get());
                repaired.merge(repair.ruleId(), 1, Integer::sum);
            }
        }
        spansByLine.values().removeIf(List::isEmpty);
        if (spansByLine.isEmpty()) {
            return FixedDigest.unchanged(relative, content, left(before.findings(), reasons));
        }
        Map<Integer, String> newTexts = new TreeMap<>();
        spansByLine.forEach((line, spans) -> newTexts.put(line, applied(source.line(line).orElseThrow(), spans)));
        byte[] fixed = source.with(newTexts);
        DigestChecker.Checked after = checker.checkContent(fixed, file, relative);
        Map<String, Integer> fixedCounts = confirmed(before.findings(), after.findings(), repaired);
        if (fixedCounts.isEmpty()) {
            Map<String, String> unconfirmed = new HashMap<>(reasons);
            before.findings().forEach(f -> unconfirmed.put(key(f.ruleId(), f.position().line()),
                    "checked again, the fixed digest did not lose exactly the fixed findings; left as it was"));
            return FixedDigest.unchanged(relative, content, left(before.findings(), unconfirmed));
        }
        String diff = withDiff ? UnifiedDiff.of(relative.toString().replace('\\', '/'), source, newTexts) : "";
        return new FixedDigest(relative, true, fixed, fixedCounts, left(after.findings(), reasons), diff);
    }

    /**
     * The findings fixed per rule, where the check of the fixed digest confirms the repairs: each
     * fixed rule lost as many findings as it had repairs, and no rule gained one. Empty otherwise.
     */
    private static Map<String, Integer> confirmed(List<Finding> before, List<Finding> after,
            Map<String, Integer> repaired) {
        Map<String, Integer> countBefore = countByRule(before);
        Map<String, Integer> countAfter = countByRule(after);
        for (Map.Entry<String, Integer> rule : countAfter.entrySet()) {
            if (rule.getValue() > countBefore.getOrDefault(rule.getKey(), 0)) {
                return Map.of();
            }
        }
        for (Map.Entry<String, Integer> rule : repaired.entrySet()) {
            int lost = countBefore.getOrDefault(rule.getKey(), 0) - countAfter.getOrDefault(rule.getKey(), 0);
            if (lost != rule.getValue()) {
                return Map.of();
            }
        }
        return repaired;
    }

    private static Map<String, Integer> countByRule(List<Finding> findings) {
        Map<String, Integer> counts = new HashMap<>();
        findings.forEach(f -> counts.merge(f.ruleId(), 1, Integer::sum));
        return counts;
    }

    /** The findings of fixable rules still there, each with why the fix left it. */
    private List<FixedDigest.LeftFinding> left(List<Finding> findings, Map<String, String> reasons) {
        List<FixedDigest.LeftFinding> left = new ArrayList<>();
        for (Finding finding : findings) {
            if (fixableRules.contains(finding.ruleId())) {
                String reason = reasons.getOrDefault(key(finding.ruleId(), finding.position().line()),
                        "no fix applies without guessing");
                left.add(new FixedDigest.LeftFinding(finding, reason));
            }
        }
        return left;
    }

    private static String key(String ruleId, int line) {
        return ruleId + ":" + line;
    }

    /** Whether any of {@code added} overlaps a span already taken, or lies outside the line. */
    private static boolean overlaps(List<Span> taken, List<Span> added, int lineLength) {
        for (Span span : added) {
            if (span.to() > lineLength) {
                return true;
            }
            for (Span other : taken) {
                boolean bothInsertAtOnePlace = span.from() == span.to() && other.from() == other.to()
                        && span.from() == other.from();
                if (bothInsertAtOnePlace || span.from() < other.to() && other.from() < span.to()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The line's text with its spans replaced, from the last to the first so earlier ones stay put. */
    private static String applied(String text, List<Span> spans) {
        List<Span> ordered = new ArrayList<>(spans);
        // At one place a replacement goes before an insertion, which must not be replaced with it.
        ordered.sort((a, b) -> a.from() != b.from()
                ? Integer.compare(b.from(), a.from())
                : Integer.compare(b.to(), a.to()));
        StringBuilder out = new StringBuilder(text);
        for (Span span : ordered) {
            out.replace(span.from(), span.to(), span.replacement());
        }
        return out.toString();
    }
}
