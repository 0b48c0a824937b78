package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.TableRow;
import java.util.List;

/**
 * Generated digests number their rows 1..n in table order. Only the first row out of step is
 * reported: after one gap or swap every later number would be off too.
 */
public final class NumberSequenceRule implements DigestRule {

    static final MessageKey OUT_OF_ORDER = new MessageKey("number-sequence.out-of-order", 2);

    @Override
    public String id() {
        return "number-sequence";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<MessageKey> messages() {
        return List.of(OUT_OF_ORDER);
    }


    @Override
    public void check(Digest digest, Reporter reporter) {
        int expected = 1;
        for (TableRow row : digest.rows()) {
            if (row.number().isEmpty()) {
                continue;
            }
            if (row.number().get() != expected) {
                reporter.report(RuleText.referencePosition(row), OUT_OF_ORDER, expected, row.number().get());
                return;
            }
            expected++;
        }
    }
}
