package io.github.digestplugin.check;

import io.github.digestplugin.model.Digest;
import io.github.digestplugin.model.Heading;
import java.util.Locale;

/**
 * Whether a Markdown file is a digest at all. A file beside the digests, such as a folder's
 * README.md, holds none of a digest's structure: no summary or details heading, no
 * {@code | Ref | Title | Summary |} header or {@code [^N]} row, no footnote definition. It is not
 * checked as a digest, whose missing parts would all be errors. A file with any one of these is a
 * digest, broken or not, and checked as one; a binary file is left to the rule that reports it.
 */
public final class DigestShape {

    private static final String HEADER_CELLS = "ref|title|summary";

    private DigestShape() {}

    public static boolean isDigest(Digest digest) {
        return digest.binary()
                || !digest.definitions().isEmpty()
                || digest.headings().stream().anyMatch(heading -> heading.kind() != Heading.Kind.OTHER)
                || digest.tableHeader().filter(header -> isDigestHeader(header.text())).isPresent()
                || digest.rows().stream().anyMatch(row -> row.number().isPresent());
    }

    /** Whether a table line is the digest's header, however it is spaced or cased. */
    static boolean isDigestHeader(String line) {
        StringBuilder cells = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            if (!Character.isWhitespace(line.charAt(i))) {
                cells.append(line.charAt(i));
            }
        }
        String text = cells.toString().toLowerCase(Locale.ROOT);
        int from = text.startsWith("|") ? 1 : 0;
        int to = text.length() > from && text.endsWith("|") ? text.length() - 1 : text.length();
        return text.substring(from, to).equals(HEADER_CELLS);
    }
}
