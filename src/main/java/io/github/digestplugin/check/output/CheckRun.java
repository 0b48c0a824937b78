package io.github.digestplugin.check.output;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.Rule;
import io.github.digestplugin.check.RuleMessages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What follows a check, the same in Maven's JVM and in a forked one: the result files started,
 * the findings compared with the baseline, and the outcome the log is made from.
 */
public record CheckRun(ResultFiles files, CheckSummary outcome) {

    /** @param baseDirectory what the paths of the result files and the baseline are relative to */
    public static CheckRun start(CheckResult result, CheckedFiles checked, Optional<BaselineFile> baseline,
            FindingSelection selection, Path resultsDirectory, String toolVersion, List<Rule> catalogue,
            Path baseDirectory) throws IOException {
        return start(result, checked, baseline, selection, resultsDirectory, toolVersion, catalogue, baseDirectory,
                RuleMessages.ENGLISH);
    }

    /** {@link #start} with the result files' messages in {@code locale}'s language. */
    public static CheckRun start(CheckResult result, CheckedFiles checked, Optional<BaselineFile> baseline,
            FindingSelection selection, Path resultsDirectory, String toolVersion, List<Rule> catalogue,
            Path baseDirectory, Locale locale) throws IOException {
        ResultFiles files = ResultFiles.start(resultsDirectory, result, checked, toolVersion, catalogue, baseDirectory,
                locale);
        Optional<BaselineFile.Comparison> comparison = baseline.map(b -> b.compare(result.findings(),
                result.entryKeys(), checked.pathsFrom(baseDirectory)));
        return new CheckRun(files, CheckSummary.of(result, comparison, selection));
    }
}
