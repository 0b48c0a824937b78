package io.github.digestplugin.runner;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.DigestChecker;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.output.CheckedFiles;
import io.github.digestplugin.check.output.ResultFiles;
import io.github.digestplugin.check.rules.Rules;
import java.io.IOException;
import java.util.List;

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
        CheckResult result = new DigestChecker(request.parserOptions(), request.rules())
                .check(request.directory(), request.files(), request.pathProblems(), digest -> {});
        ResultFiles resultFiles;
        try {
            resultFiles = ResultFiles.start(request.resultsDirectory(), result,
                    new CheckedFiles(request.directory(), request.files()), request.toolVersion(), Rules.all(),
                    request.baseDirectory(), request.locale());
        } catch (IOException e) {
            throw cannotWrite(request, e);
        }
        List<Finding> logged = result.findings().stream()
                .filter(finding -> request.logged().contains(finding.severity()))
                .toList();
        return new CheckOutcome(logged, result.notDigests(), result.totals(), () -> {
            try {
                resultFiles.await();
            } catch (IOException e) {
                throw cannotWrite(request, e);
            }
        });
    }

    static CheckRunException cannotWrite(CheckRequest request, IOException e) {
        return new CheckRunException(
                "Cannot write the check results to " + request.resultsDirectory() + ": " + e.getMessage(), e);
    }
}
