package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.MessageKey;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Definition;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Entry;
import io.github.digestplugin.model.Field;
import io.github.digestplugin.parse.InlineMarkdown;
import java.util.List;
import java.util.Optional;

/**
 * The row's link target and the definition's url (field 2, {@code [URL](URL)}) must agree, and so
 * must that link's text and target: a reader sees the text and follows the target.
 */
public final class UrlMismatchRule implements DigestRule {

    static final MessageKey ROW_URL = new MessageKey("url-mismatch.row", 4);
    static final MessageKey LINK_TEXT = new MessageKey("url-mismatch.link-text", 3);

    private static final int URL_FIELD = 1;

    @Override
    public String id() {
        return "url-mismatch";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public List<MessageKey> messages() {
        return List.of(ROW_URL, LINK_TEXT);
    }


    @Override
    public void check(Digest digest, Reporter reporter) {
        for (Entry entry : digest.entries()) {
            if (entry.definition().isEmpty() || entry.definition().get().fields().size() <= URL_FIELD) {
                continue;
            }
            Definition definition = entry.definition().get();
            Field urlField = definition.fields().get(URL_FIELD);
            Optional<Field> rowUrl = entry.row().flatMap(row -> row.url());
            if (rowUrl.isPresent() && !entry.url().isEmpty()
                    && !rowUrl.get().text().strip().equals(entry.url().text().strip())) {
                String[] urls = RuleText.excerpts(rowUrl.get().text().strip(), entry.url().text().strip());
                reporter.report(rowUrl.get().position(), ROW_URL, entry.number(), urlField.position().line(), urls[0],
                        urls[1]);
            }
            if (urlField.text().startsWith("[") && !isSelfLink(urlField.text(), entry.url().text())) {
                InlineMarkdown.singleLink(urlField.text())
                        .filter(link -> !link.text().strip().equals(link.url().strip()))
                        .ifPresent(link -> reporter.report(urlField.position(), LINK_TEXT, entry.number(),
                                RuleText.quote(link.text()), RuleText.quote(link.url())));
            }
        }
    }

    /** Whether the field is exactly {@code [url](url)}, the generated form, told without parsing it. */
    private static boolean isSelfLink(String field, String url) {
        int length = url.length();
        return field.length() == 2 * length + 4
                && field.startsWith(url, 1)
                && field.startsWith("](", length + 1)
                && field.startsWith(url, length + 3)
                && field.charAt(field.length() - 1) == ')';
    }
}
