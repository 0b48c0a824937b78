package io.github.digestplugin.check.rules;

import io.github.digestplugin.check.DigestRule;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.model.Definition;
import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Entry;
import io.github.digestplugin.model.Field;
import io.github.digestplugin.parse.InlineMarkdown;
import java.util.Optional;

/**
 * The row's link target and the definition's url (field 2, {@code [URL](URL)}) must agree, and so
 * must that link's text and target: a reader sees the text and follows the target.
 */
public final class UrlMismatchRule implements DigestRule {

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
    public String description() {
        return "The row's url differs from the definition's, or the definition's `[URL](URL)` text differs from its"
                + " target.";
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
                reporter.report(rowUrl.get().position(), "Url of row [^" + entry.number() + "] differs from its"
                        + " definition's (line " + urlField.position().line() + "): "
                        + RuleText.contrast(rowUrl.get().text().strip(), entry.url().text().strip()));
            }
            if (urlField.text().startsWith("[") && !isSelfLink(urlField.text(), entry.url().text())) {
                InlineMarkdown.singleLink(urlField.text())
                        .filter(link -> !link.text().strip().equals(link.url().strip()))
                        .ifPresent(link -> reporter.report(urlField.position(), "Definition [^" + entry.number()
                                + "] shows url " + RuleText.quote(link.text()) + " but links to "
                                + RuleText.quote(link.url())));
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
