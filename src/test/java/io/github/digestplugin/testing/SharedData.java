package io.github.digestplugin.testing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The read-only data beside the checkout ({@code ../shared}): the seed reading list, the corpus
 * samples, and the full cs.CL corpus, unpacked once into {@code target/corpus}. Tests copy what
 * they break; nothing here is written.
 */
public final class SharedData {

    private SharedData() {}

    public static Path root() {
        Path shared = Path.of(System.getProperty("digest.shared", "../shared")).toAbsolutePath().normalize();
        if (!Files.isDirectory(shared.resolve("corpus"))) {
            throw new IllegalStateException("The shared data is missing at " + shared
                    + " (set -Ddigest.shared=<dir> to the folder holding FORMAT.md, corpus/ and seed/)");
        }
        return shared;
    }

    public static Path seed() {
        return root().resolve("seed");
    }

    public static Path seedFile() {
        return seed().resolve("000_0f255a2ba85261f1.txt");
    }

    public static Path samples() {
        return root().resolve("corpus/sample");
    }

    /** The 871 cs.CL digests, unpacked on first use into {@code target/corpus/cs.CL}. */
    public static synchronized Path fullCorpus() throws IOException {
        Path target = Path.of("target/corpus").toAbsolutePath();
        Path done = target.resolve(".unpacked");
        Path folder = target.resolve("cs.CL");
        if (Files.exists(done)) {
            return folder;
        }
        Files.createDirectories(target);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(root().resolve("corpus/cs.CL.tar.xz")));
                TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(raw))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("Archive entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.writeString(done, "");
        return folder;
    }
}
