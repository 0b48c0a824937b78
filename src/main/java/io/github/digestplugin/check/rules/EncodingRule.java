package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.SourcePosition;

/** Bytes that are not UTF-8: each such line would show replacement characters on every page. */
public final class EncodingRule implements DigestRule {

    @Override
    public String id() {
        return "encoding";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "A line holds bytes that are not valid UTF-8.";
    }

    @Override
    public void check(Digest digest, Reporter reporter) {
        for (int line : digest.malformedLines()) {
            reporter.report(SourcePosition.lineStart(line), "Line holds bytes that are not valid UTF-8");
        }
    }
}
