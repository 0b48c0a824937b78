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
 * The real cs.CL corpus, which is not in the repository: the folder named by the system property
 * {@code digest.corpus} (default {@code ../shared/corpus}) holds either {@code cs.CL.tar.xz}, unpacked
 * once into {@code target/corpus}, or the unpacked {@code cs.CL/} folder. Only the {@link CorpusSuite}
 * tests and the benchmarks read it; nothing there is written.
 */
public final class SharedData {

    static final String ARCHIVE = "cs.CL.tar.xz";
    static final String CHANNEL = "cs.CL";

    private SharedData() {}

    /** The folder holding the corpus, as configured. */
    public static Path corpusFolder() {
        String configured = System.getProperty("digest.corpus", "");
        return Path.of(configured.isBlank() ? "../shared/corpus" : configured).toAbsolutePath().normalize();
    }

    /** The 871 cs.CL digests: the unpacked folder itself, or the archive unpacked into {@code target/corpus/cs.CL}. */
    public static synchronized Path fullCorpus() throws IOException {
        Path folder = corpusFolder();
        Path archive = folder.resolve(ARCHIVE);
        if (!Files.isRegularFile(archive)) {
            if (Files.isDirectory(folder.resolve(CHANNEL))) {
                return folder.resolve(CHANNEL);
            }
            throw new IllegalStateException("The cs.CL corpus is missing: " + folder + " holds neither " + ARCHIVE
                    + " nor " + CHANNEL + "/ (set -Ddigest.corpus=<folder>)");
        }
        Path target = Path.of("target/corpus").toAbsolutePath();
        Path done = target.resolve(".unpacked");
        if (Files.exists(done)) {
            return target.resolve(CHANNEL);
        }
        Files.createDirectories(target);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive));
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
        return target.resolve(CHANNEL);
    }
}
