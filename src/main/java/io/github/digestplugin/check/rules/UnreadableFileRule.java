package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.PathRule;
import io.github.digestplugin.check.RuleMessage;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.SourcePosition;
import io.github.digestplugin.parse.PathProblem;
import java.util.List;
import java.util.Optional;

/**
 * A digest that cannot be read as text: binary, or failing to read, or named by a symbolic link that
 * leads nowhere; and a folder that cannot be listed. The checker reports read errors under this id
 * too, so an unreadable digest is a finding rather than a crash.
 */
public final class UnreadableFileRule implements DigestRule, PathRule {

    static final MessageKey BINARY = new MessageKey("unreadable-file.binary", 0);
    static final MessageKey BROKEN_LINK = new MessageKey("unreadable-file.broken-link", 1);
    static final MessageKey UNREADABLE_FOLDER = new MessageKey("unreadable-file.unreadable-folder", 1);
    static final MessageKey UNREADABLE = new MessageKey("unreadable-file.unreadable", 1);
    static final MessageKey CANNOT_READ_FILE = new MessageKey("unreadable-file.cannot-read-file", 1);

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
    public List<MessageKey> messages() {
        return List.of(BINARY, BROKEN_LINK, UNREADABLE_FOLDER, UNREADABLE, CANNOT_READ_FILE);
    }


    @Override
    public void check(Digest digest, Reporter reporter) {
        if (digest.binary()) {
            reporter.report(SourcePosition.lineStart(1), BINARY);
        }
    }

    @Override
    public Optional<RuleMessage> message(PathProblem problem) {
        return switch (problem.kind()) {
            case BROKEN_LINK -> Optional.of(RuleMessage.of(BROKEN_LINK, problem.detail()));
            case UNREADABLE_FOLDER -> Optional.of(RuleMessage.of(UNREADABLE_FOLDER, problem.detail()));
            case UNREADABLE -> Optional.of(RuleMessage.of(UNREADABLE, problem.detail()));
            case READ_FAILED -> Optional.of(RuleMessage.of(CANNOT_READ_FILE, problem.detail()));
            case LINK_OUTSIDE, LINK_LOOP, LINK_REPEATED, LINK_CYCLE -> Optional.empty();
        };
    }
}
