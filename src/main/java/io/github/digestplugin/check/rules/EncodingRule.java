package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.SourcePosition;
import java.util.List;

/** Bytes that are not UTF-8: each such line would show replacement characters on every page. */
public final class EncodingRule implements DigestRule {

    static final MessageKey INVALID_UTF8 = new MessageKey("encoding.invalid-utf8", 0);

    @Override
    public String id() {
        return "encoding";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public List<MessageKey> messages() {
        return List.of(INVALID_UTF8);
    }


    @Override
    public void check(Digest digest, Reporter reporter) {
        for (int line : digest.malformedLines()) {
            reporter.report(SourcePosition.lineStart(line), INVALID_UTF8);
        }
    }
}
