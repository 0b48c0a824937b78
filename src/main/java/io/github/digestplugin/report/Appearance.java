package io.github.digestplugin.report;

import java.util.Comparator;

/** A paper's entry in one digest: the digest and the entry's footnote number there. */
public record Appearance(DigestRef digest, int index, int number) {

    public static final Comparator<Appearance> ORDER = Comparator
            .comparing(Appearance::digest, DigestRef.ORDER)
            .thenComparingInt(Appearance::index);

    /** The entry on the digest's page, relative to the report root. */
    public String href() {
        return digest.href() + "#entry-" + index;
    }
}
