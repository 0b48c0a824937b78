package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Field;
import io.github.digestplugin.model.SourcePosition;
import java.util.Optional;

/**
 * The table's header row and the delimiter row below it. A missing table is the heading rule's
 * to report; this one looks at a table that is there.
 */
public final class TableHeaderRule implements DigestRule {

    static final String EXPECTED_HEADER = "| Ref | Title | Summary |";
    static final String EXPECTED_DELIMITER = "| --- | --- | --- |";
    private static final String HEADER_CELLS = "Ref|Title|Summary";
    private static final int COLUMNS = 3;

    @Override
    public String id() {
        return "table-header";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "The table header is not `| Ref | Title | Summary |`, or its delimiter row is missing or wrong.";
    }

    @Override
    public void check(Digest digest, Reporter reporter) {
        Optional<Field> header = digest.tableHeader();
        if (header.isEmpty()) {
            return;
        }
        if (!cellsOf(header.get().text()).equals(HEADER_CELLS)) {
            reporter.report(header.get().position(), "Table header is " + RuleText.quote(header.get().text())
                    + "; expected " + RuleText.quote(EXPECTED_HEADER));
        }
        Optional<Field> delimiter = digest.tableDelimiter();
        if (delimiter.isEmpty()) {
            int line = header.get().position().line();
            SourcePosition at = SourcePosition.lineStart(line < digest.lineCount() ? line + 1 : line);
            reporter.report(at, "Delimiter row " + RuleText.quote(EXPECTED_DELIMITER)
                    + " is missing below the table header");
            return;
        }
        int columns = cellsOf(delimiter.get().text()).split("\\|", -1).length;
        if (columns != COLUMNS) {
            reporter.report(delimiter.get().position(), "Delimiter row " + RuleText.quote(delimiter.get().text())
                    + " has " + columns + " columns; expected " + COLUMNS + ", " + RuleText.quote(EXPECTED_DELIMITER));
        }
    }

    /** The line without whitespace and without its outer pipes: {@code Ref|Title|Summary}. */
    private static String cellsOf(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            if (!Character.isWhitespace(line.charAt(i))) {
                out.append(line.charAt(i));
            }
        }
        int from = out.length() > 0 && out.charAt(0) == '|' ? 1 : 0;
        int to = out.length() > from && out.charAt(out.length() - 1) == '|' ? out.length() - 1 : out.length();
        return out.substring(from, to);
    }
}
