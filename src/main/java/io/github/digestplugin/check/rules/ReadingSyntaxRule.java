package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.ReadingRule;
import io.github.digestplugin.check.RuleMessage;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.parse.ReadingProblem;
import java.util.List;
import java.util.Optional;

/**
 * A reading file that cannot be read as YAML, or that holds what the plugin refuses to read:
 * aliases (never expanded, so a file cannot blow up in memory), nesting deeper than a reading file
 * needs, more than one document, more bytes than the limit. Nothing of such a file is used.
 */
public final class ReadingSyntaxRule implements ReadingRule {

    static final MessageKey SYNTAX = new MessageKey("reading-syntax.syntax", 1);
    static final MessageKey TOO_LARGE = new MessageKey("reading-syntax.too-large", 1);
    static final MessageKey TOO_DEEP = new MessageKey("reading-syntax.too-deep", 1);
    static final MessageKey ALIAS = new MessageKey("reading-syntax.alias", 0);
    static final MessageKey MORE_DOCUMENTS = new MessageKey("reading-syntax.more-documents", 0);
    static final MessageKey UNREADABLE = new MessageKey("reading-syntax.unreadable", 1);

    public static final String ID = "reading-syntax";

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
        return List.of(SYNTAX, TOO_LARGE, TOO_DEEP, ALIAS, MORE_DOCUMENTS, UNREADABLE);
    }

    @Override
    public Optional<RuleMessage> message(ReadingProblem problem) {
        return switch (problem.kind()) {
            case SYNTAX -> Optional.of(RuleMessage.of(SYNTAX, problem.details().get(0)));
            case TOO_LARGE -> Optional.of(RuleMessage.of(TOO_LARGE, Integer.parseInt(problem.details().get(0))));
            case TOO_DEEP -> Optional.of(RuleMessage.of(TOO_DEEP, Integer.parseInt(problem.details().get(0))));
            case ALIAS -> Optional.of(RuleMessage.of(ALIAS));
            case MORE_DOCUMENTS -> Optional.of(RuleMessage.of(MORE_DOCUMENTS));
            case UNREADABLE -> Optional.of(RuleMessage.of(UNREADABLE, problem.details().get(0)));
            default -> Optional.empty();
        };
    }
}
