package io.github.digestplugin.runner;

import io.github.digestplugin.check.CheckTotals;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.RuleMessages;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.SourcePosition;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a check in a JVM of its own hands back, as lines of text: a line per finding the log shows,
 * {@code F}, path, line, column, severity, rule id, message, message key and arguments
 * ({@link RuleMessages#encode}) separated by tabs, a line {@code N}
 * and the path of each file that is not a digest, then one line of
 * totals, {@code T}, files, bytes, entries, nanoseconds and the count of each severity, most
 * severe first. Tabs, line ends and backslashes in a path or message are escaped with a backslash.
 */
public final class FindingLines {

    private static final String FINDING = "F";
    private static final String TOTALS = "T";
    private static final String NOT_A_DIGEST = "N";

    private FindingLines() {}

    public static String finding(Finding finding) {
        return String.join("\t", FINDING, escape(finding.path().toString()),
                Integer.toString(finding.position().line()), Integer.toString(finding.position().column()),
                finding.severity().label(), finding.ruleId(), escape(finding.message()), finding.messageKey(),
                escape(RuleMessages.encode(finding.arguments())));
    }

    public static String notADigest(Path path) {
        return NOT_A_DIGEST + "\t" + escape(path.toString());
    }

    public static String totals(CheckTotals totals) {
        StringBuilder line = new StringBuilder(TOTALS).append('\t').append(totals.files())
                .append('\t').append(totals.bytes()).append('\t').append(totals.entries())
                .append('\t').append(totals.elapsed().toNanos());
        for (Severity severity : Severity.values()) {
            line.append('\t').append(totals.count(severity));
        }
        return line.toString();
    }

    /** Reads the lines back. */
    public static final class Reader {

        private final List<Finding> findings = new ArrayList<>();
        private final List<Path> notDigests = new ArrayList<>();
        private CheckTotals totals;
        // A file's findings come one after another: its path is made once.
        private String lastPathText;
        private Path lastPath;

        /** @throws IllegalArgumentException for a line that is neither a finding nor the totals */
        public void read(String line) {
            String[] parts = line.split("\t", -1);
            if (parts[0].equals(FINDING) && parts.length == 9 && totals == null) {
                if (!parts[1].equals(lastPathText)) {
                    lastPathText = parts[1];
                    lastPath = Path.of(unescape(parts[1]));
                }
                findings.add(new Finding(lastPath,
                        new SourcePosition(Integer.parseInt(parts[2]), Integer.parseInt(parts[3])),
                        Severity.parse(parts[4]).orElseThrow(() -> new IllegalArgumentException(line)),
                        parts[5], unescape(parts[6]), parts[7], RuleMessages.decode(unescape(parts[8]))));
            } else if (parts[0].equals(NOT_A_DIGEST) && parts.length == 2 && totals == null) {
                notDigests.add(Path.of(unescape(parts[1])));
            } else if (parts[0].equals(TOTALS) && parts.length == 5 + Severity.values().length && totals == null) {
                Map<Severity, Long> counts = new EnumMap<>(Severity.class);
                for (Severity severity : Severity.values()) {
                    counts.put(severity, Long.parseLong(parts[5 + severity.ordinal()]));
                }
                totals = new CheckTotals(Integer.parseInt(parts[1]), Long.parseLong(parts[2]),
                        Integer.parseInt(parts[3]), Duration.ofNanos(Long.parseLong(parts[4])), counts);
            } else {
                throw new IllegalArgumentException("Not a line of a check result: " + line);
            }
        }

        /** The findings read, in the order they came. */
        public List<Finding> findings() {
            return List.copyOf(findings);
        }

        /** The files that are not digests, in the order they came. */
        public List<Path> notDigests() {
            return List.copyOf(notDigests);
        }

        /** The totals, once their line was read. */
        public Optional<CheckTotals> totals() {
            return Optional.ofNullable(totals);
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
