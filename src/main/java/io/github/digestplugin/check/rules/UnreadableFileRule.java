package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.PathRule;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.SourcePosition;
import io.github.digestplugin.parse.PathProblem;
import java.util.Optional;

/**
 * A digest that cannot be read as text: binary, or failing to read, or named by a symbolic link that
 * leads nowhere; and a folder that cannot be listed. The checker reports read errors under this id
 * too, so an unreadable digest is a finding rather than a crash.
 */
public final class UnreadableFileRule implements DigestRule, PathRule {

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
        return "A file or folder cannot be read, a symbolic link named like a digest leads nowhere,"
                + " or a file is binary rather than text.";
    }

    @Override
    public void check(Digest digest, Reporter reporter) {
        if (digest.binary()) {
            reporter.report(SourcePosition.lineStart(1), "File is binary (it holds NUL bytes), not a Markdown digest");
        }
    }

    @Override
    public Optional<String> message(PathProblem problem) {
        return switch (problem.kind()) {
            case BROKEN_LINK -> Optional.of("Symbolic link cannot be followed: " + problem.detail());
            case UNREADABLE_FOLDER -> Optional.of("Folder cannot be read, the digests in it are not checked: "
                    + problem.detail());
            case UNREADABLE -> Optional.of("Cannot be read: " + problem.detail());
            case READ_FAILED -> Optional.of("File cannot be read: " + problem.detail());
            case LINK_OUTSIDE, LINK_LOOP, LINK_REPEATED, LINK_CYCLE -> Optional.empty();
        };
    }
}
