package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.TableRow;

/**
 * Generated digests number their rows 1..n in table order. Only the first row out of step is
 * reported: after one gap or swap every later number would be off too.
 */
public final class NumberSequenceRule implements DigestRule {

    @Override
    public String id() {
        return "number-sequence";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "The row numbers do not run 1..n in table order.";
    }

    @Override
    public void check(Digest digest, Reporter reporter) {
        int expected = 1;
        for (TableRow row : digest.rows()) {
            if (row.number().isEmpty()) {
                continue;
            }
            if (row.number().get() != expected) {
                reporter.report(RuleText.referencePosition(row), "Row numbers should run 1..n in table order:"
                        + " expected [^" + expected + "] here, found [^" + row.number().get() + "]");
                return;
            }
            expected++;
        }
    }
}
