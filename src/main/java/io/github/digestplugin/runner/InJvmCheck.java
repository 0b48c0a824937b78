package io.github.digestplugin.runner;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.DigestChecker;
import io.github.digestplugin.check.output.BaselineFile;
import io.github.digestplugin.check.output.CheckRun;
import io.github.digestplugin.check.output.CheckedFiles;
import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.fix.DigestFixer;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a check in the caller's JVM. The result files are written on other threads while the
 * caller logs the findings.
 */
public final class InJvmCheck implements CheckRunner {

    @Override
    public CheckOutcome run(CheckRequest request) throws CheckRunException {
        try {
            return check(request);
        } catch (OutOfMemoryError e) {
            // What the checker held is unreachable once it has thrown; the message needs little.
            throw new CheckRunException(OutOfMemory.inMavensJvm("check"));
        }
    }

    /** The check, leaving running out of memory to the caller: a forked JVM tells it otherwise. */
    static CheckOutcome check(CheckRequest request) throws CheckRunException {
        Optional<BaselineFile> baseline = readBaseline(request);
        DigestFixer fixer = new DigestFixer(request.parserOptions(), request.rules());
        AtomicLong fixable = new AtomicLong();
        CheckResult result = new DigestChecker(request.parserOptions(), request.rules(), request.pathSuppressions())
                .check(request.directory(), request.files(), request.pathProblems(), reading(request),
                        digest -> fixable.addAndGet(fixer.fixableCount(digest)));
        CheckRun run;
        try {
            run = CheckRun.start(result, new CheckedFiles(request.directory(), request.files()), baseline,
                    request.selection(), request.resultsDirectory(), request.toolVersion(), Rules.all(),
                    request.baseDirectory(), request.locale());
        } catch (IOException e) {
            throw cannotWrite(request, e);
        }
        return new CheckOutcome(run.outcome(), result.notDigests(), () -> {
            try {
                run.files().await();
            } catch (IOException e) {
                throw cannotWrite(request, e);
            }
        }, fixable.get());
    }

    /** The request's reading file, read, with its path as the findings name it; empty when it names none. */
    static Optional<DigestChecker.ReadingInput> reading(CheckRequest request) {
        return request.readingFile().map(file -> DigestChecker.ReadingInput.read(request.directory(), file));
    }

    private static Optional<BaselineFile> readBaseline(CheckRequest request) throws CheckRunException {
        if (request.baseline().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(BaselineFile.read(request.baseline().get()));
        } catch (IllegalArgumentException e) {
            throw new CheckRunException(e.getMessage());
        } catch (IOException e) {
            throw new CheckRunException("Cannot read the baseline " + request.baseline().get() + ": " + e.getMessage(), e);
        }
    }

    static CheckRunException cannotWrite(CheckRequest request, IOException e) {
        return new CheckRunException(
                "Cannot write the check results to " + request.resultsDirectory() + ": " + e.getMessage(), e);
    }
}
