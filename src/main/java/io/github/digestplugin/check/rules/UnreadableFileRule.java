package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.SourcePosition;

/**
 * A file that cannot be read as text. The checker reports read errors under this id too, so an
 * unreadable digest is a finding rather than a crash.
 */
public final class UnreadableFileRule implements DigestRule {

    public static final String ID = "unreadable-file";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "A file cannot be read, or is binary rather than text.";
    }

    @Override
    public void check(Digest digest, Reporter reporter) {
        if (digest.binary()) {
            reporter.report(SourcePosition.lineStart(1), "File is binary (it holds NUL bytes), not a Markdown digest");
        }
    }
}
