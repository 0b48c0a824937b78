package io.github.digestplugin.runner;

import io.github.digestplugin.check.CheckTotals;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.RuleMessages;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.check.output.CheckSummary;
import io.github.digestplugin.model.SourcePosition;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a check in a JVM of its own hands back, as lines of text: a line per finding handed back,
 * {@code F} (or {@code B} for one the baseline holds), path, line, column, severity, rule id,
 * message, message key and arguments ({@link RuleMessages#encode}) separated by tabs; a line per rule and severity, {@code R}, rule id, severity, findings
 * and how many the baseline holds; with a baseline, {@code S}, the baselined findings remaining and
 * those fixed; a line {@code N} and the path of each file that is not a digest; a line {@code X} with the count of
 * findings {@code digest:fix} can fix; then one line of totals, {@code T}, files, bytes, entries, nanoseconds, the count of
 * each severity, most severe first, and the suppressed findings. Tabs, line ends and backslashes in
 * a path or message are escaped with a backslash.
 */
public final class FindingLines {

    private static final String FINDING = "F";
    private static final String BASELINED = "B";
    private static final String RULE = "R";
    private static final String BASELINE = "S";
    private static final String TOTALS = "T";
    private static final String NOT_A_DIGEST = "N";
    private static final String FIXABLE = "X";
    private static final String KINDS = FINDING + BASELINED + RULE + BASELINE + TOTALS + NOT_A_DIGEST + FIXABLE;

    private FindingLines() {}

    /** Every line of a check's summary and the files that are not digests, the totals last. */
    public static void write(CheckSummary outcome, List<Path> notDigests, long fixable, Writer out)
            throws IOException {
        for (CheckSummary.Shown shown : outcome.shown()) {
            out.write(finding(shown.finding(), shown.baselined()));
            out.write('\n');
        }
        for (CheckSummary.RuleCount count : outcome.ruleCounts()) {
            out.write(String.join("\t", RULE, count.ruleId(), count.severity().label(),
                    Long.toString(count.findings()), Long.toString(count.baselined())));
            out.write('\n');
        }
        if (outcome.baseline().isPresent()) {
            CheckSummary.BaselineStatus status = outcome.baseline().get();
            out.write(String.join("\t", BASELINE, Long.toString(status.remaining()), Long.toString(status.fixed())));
            out.write('\n');
        }
        for (Path path : notDigests) {
            out.write(NOT_A_DIGEST + "\t" + escape(path.toString()));
            out.write('\n');
        }
        out.write(FIXABLE + "\t" + fixable);
        out.write('\n');
        out.write(totals(outcome.totals()));
        out.write('\n');
    }

    static String finding(Finding finding, boolean baselined) {
        return String.join("\t", baselined ? BASELINED : FINDING, escape(finding.path().toString()),
                Integer.toString(finding.position().line()), Integer.toString(finding.position().column()),
                finding.severity().label(), finding.ruleId(), escape(finding.message()), finding.messageKey(),
                escape(RuleMessages.encode(finding.arguments())));
    }

    static String totals(CheckTotals totals) {
        StringBuilder line = new StringBuilder(TOTALS).append('\t').append(totals.files())
                .append('\t').append(totals.bytes()).append('\t').append(totals.entries())
                .append('\t').append(totals.elapsed().toNanos());
        for (Severity severity : Severity.values()) {
            line.append('\t').append(totals.count(severity));
        }
        return line.append('\t').append(totals.suppressed()).toString();
    }

    /** Reads the lines back. */
    public static final class Reader {

        private final List<CheckSummary.Shown> shown = new ArrayList<>();
        private final List<CheckSummary.RuleCount> ruleCounts = new ArrayList<>();
        private CheckSummary.BaselineStatus baseline;
        private final List<Path> notDigests = new ArrayList<>();
        private long fixable;
        private CheckTotals totals;
        // A file's findings come one after another: its path is made once.
        private String lastPathText;
        private Path lastPath;

        /**
         * Whether {@code line} begins as a line of a check's outcome does (a kind and a tab); one
         * that does not is the JVM's own output, such as a {@code -Xlog} option's.
         */
        public static boolean isOutcomeLine(String line) {
            return line.length() >= 2 && line.charAt(1) == '\t' && KINDS.indexOf(line.charAt(0)) >= 0;
        }

        /** @throws IllegalArgumentException for a line that is not one of a check's outcome */
        public void read(String line) {
            String[] parts = line.split("\t", -1);
            if (totals != null) {
                throw new IllegalArgumentException("Not a line of a check result: " + line);
            }
            if ((parts[0].equals(FINDING) || parts[0].equals(BASELINED)) && parts.length == 9) {
                if (!parts[1].equals(lastPathText)) {
                    lastPathText = parts[1];
                    lastPath = Path.of(unescape(parts[1]));
                }
                shown.add(new CheckSummary.Shown(new Finding(lastPath,
                        new SourcePosition(Integer.parseInt(parts[2]), Integer.parseInt(parts[3])),
                        severity(parts[4], line), parts[5], unescape(parts[6]), parts[7],
                        RuleMessages.decode(unescape(parts[8]))), parts[0].equals(BASELINED)));
            } else if (parts[0].equals(RULE) && parts.length == 5) {
                ruleCounts.add(new CheckSummary.RuleCount(parts[1], severity(parts[2], line), Long.parseLong(parts[3]),
                        Long.parseLong(parts[4])));
            } else if (parts[0].equals(BASELINE) && parts.length == 3) {
                baseline = new CheckSummary.BaselineStatus(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
            } else if (parts[0].equals(FIXABLE) && parts.length == 2) {
                fixable = Long.parseLong(parts[1]);
            } else if (parts[0].equals(NOT_A_DIGEST) && parts.length == 2) {
                notDigests.add(Path.of(unescape(parts[1])));
            } else if (parts[0].equals(TOTALS) && parts.length == 6 + Severity.values().length) {
                Map<Severity, Long> counts = new EnumMap<>(Severity.class);
                for (Severity severity : Severity.values()) {
                    counts.put(severity, Long.parseLong(parts[5 + severity.ordinal()]));
                }
                totals = new CheckTotals(Integer.parseInt(parts[1]), Long.parseLong(parts[2]),
                        Integer.parseInt(parts[3]), Duration.ofNanos(Long.parseLong(parts[4])), counts,
                        Long.parseLong(parts[5 + Severity.values().length]));
            } else {
                throw new IllegalArgumentException("Not a line of a check result: " + line);
            }
        }

        private static Severity severity(String label, String line) {
            return Severity.parse(label).orElseThrow(() -> new IllegalArgumentException(line));
        }

        /** The summary, once the line of totals, the last one, was read. */
        public Optional<CheckSummary> summary() {
            return totals == null
                    ? Optional.empty()
                    : Optional.of(new CheckSummary(totals, ruleCounts, shown, Optional.ofNullable(baseline)));
        }

        /** How many findings can be fixed, as its line says; 0 without it. */
        public long fixable() {
            return fixable;
        }

        /** The files that are not digests, in the order they came. */
        public List<Path> notDigests() {
            return List.copyOf(notDigests);
        }
    }

    static String escape(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (escaped != null) {
                if (replacement != null) {
                    escaped.append(replacement);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                plain.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
