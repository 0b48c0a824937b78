package io.github.digestplugin.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Renders a report as the tests request it, in a process of its own: one a test can kill. */
public final class ReportMain {

    private ReportMain() {}

    /** Arguments: the digest folder, the output folder, the report's title. */
    public static void main(String[] args) throws IOException {
        new ReportGenerator().generate(ReportRequests.of(Path.of(args[0]), Path.of(args[1]), Optional.empty(),
                Locale.ENGLISH, args[2]));
    }
}
