package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Definition;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Entry;
import io.github.digestplugin.model.Layout;
import java.util.List;

/**
 * The Chinese abstract is the translation a reader of the digest came for, but the entry is still
 * usable through its English abstract, so its absence is a warning.
 */
public final class EmptyAbstractZhRule implements DigestRule {

    static final MessageKey EMPTY = new MessageKey("empty-abstract-zh.empty", 2);

    /** Where the abstract zh stands in the standard layout; the first day's has it at index 2. */
    private static final int STANDARD_INDEX = 4;

    @Override
    public String id() {
        return "empty-abstract-zh";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<MessageKey> messages() {
        return List.of(EMPTY);
    }


    @Override
    public void check(Digest digest, Reporter reporter) {
        for (Entry entry : digest.entries()) {
            if (entry.definition().isEmpty()) {
                continue;
            }
            Definition definition = entry.definition().get();
            boolean present = definition.layout() != Layout.IRREGULAR
                    || definition.fields().size() > STANDARD_INDEX + 1;
            if (present && entry.abstractZh().isEmpty()) {
                int field = definition.layout() == Layout.NO_SUMMARIES ? 3 : STANDARD_INDEX + 1;
                reporter.report(entry.abstractZh().position(), EMPTY, entry.number(), field);
            }
        }
    }
}
