package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Field;
import io.github.digestplugin.model.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * The table's header row and the delimiter row below it. A missing table is the heading rule's
 * to report; this one looks at a table that is there.
 */
public final class TableHeaderRule implements DigestRule {

    static final MessageKey HEADER = new MessageKey("table-header.header", 2);
    static final MessageKey DELIMITER_MISSING = new MessageKey("table-header.delimiter-missing", 1);
    static final MessageKey DELIMITER_COLUMNS = new MessageKey("table-header.delimiter-columns", 4);

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
    public List<MessageKey> messages() {
        return List.of(HEADER, DELIMITER_MISSING, DELIMITER_COLUMNS);
    }


    @Override
    public void check(Digest digest, Reporter reporter) {
        Optional<Field> header = digest.tableHeader();
        if (header.isEmpty()) {
            return;
        }
        if (!cellsOf(header.get().text()).equals(HEADER_CELLS)) {
            reporter.report(header.get().position(), HEADER, RuleText.quote(header.get().text()),
                    RuleText.quote(EXPECTED_HEADER));
        }
        Optional<Field> delimiter = digest.tableDelimiter();
        if (delimiter.isEmpty()) {
            int line = header.get().position().line();
            SourcePosition at = SourcePosition.lineStart(line < digest.lineCount() ? line + 1 : line);
            reporter.report(at, DELIMITER_MISSING, RuleText.quote(EXPECTED_DELIMITER));
            return;
        }
        int columns = cellsOf(delimiter.get().text()).split("\\|", -1).length;
        if (columns != COLUMNS) {
            reporter.report(delimiter.get().position(), DELIMITER_COLUMNS, RuleText.quote(delimiter.get().text()), columns,
                    COLUMNS, RuleText.quote(EXPECTED_DELIMITER));
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
