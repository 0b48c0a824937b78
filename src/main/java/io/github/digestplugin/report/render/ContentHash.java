package io.github.digestplugin.report.render;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The hash that tells whether a file's bytes changed, for the manifest of what the report wrote
 * and the store's record of each digest read: CRC-32C and CRC-32 of the bytes side by side, in
 * {@value #LENGTH} hex digits. Two checksums of different polynomials miss a change only when both
 * do, so an edit, a torn write or a new page is told apart from what was there; nothing here
 * needs a cryptographic hash, and SHA-256 runs without its intrinsic in a JVM that stops at C1
 * (the forked report), where hashing every page and digest with it was a large part of a run.
 */
public final class ContentHash {

    /** How many hex digits a hash has. */
    public static final int LENGTH = 16;

    private final CRC32C castagnoli = new CRC32C();
    private final CRC32 ieee = new CRC32();

    public void update(byte[] bytes, int offset, int length) {
        castagnoli.update(bytes, offset, length);
        ieee.update(bytes, offset, length);
    }

    public void update(int b) {
        castagnoli.update(b);
        ieee.update(b);
    }

    /** The hash of the bytes so far. */
    public String value() {
        return HexFormat.of().toHexDigits(castagnoli.getValue() << 32 | ieee.getValue());
    }

    /** The hash of {@code content}. */
    public static String of(byte[] content) {
        ContentHash hash = new ContentHash();
        hash.update(content, 0, content.length);
        return hash.value();
    }

    /** {@code out}, with every byte written through it added to {@code hash} on the way. */
    public static OutputStream hashing(OutputStream out, ContentHash hash) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                hash.update(b);
                out.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                hash.update(bytes, offset, length);
                out.write(bytes, offset, length);
            }
        };
    }
}
