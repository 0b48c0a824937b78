package io.github.digestplugin.check.output;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.Finding;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a check result as a GitLab code quality report ({@value #FILE_NAME}, declared in a job
 * as {@code artifacts: reports: codequality}): an array with an object per finding, holding
 * {@code description}, {@code check_name} (the rule id), {@code fingerprint}, {@code severity} and
 * {@code location.path} (relative to the base directory) with {@code location.lines.begin}.
 * GitLab's severities are {@code info}, {@code minor}, {@code major}, {@code critical} and
 * {@code blocker}: an error is {@code major}, a warning {@code minor}, an info {@code info}. The
 * fingerprint, which GitLab compares between branches, is made like the baseline's (rule, entry,
 * message without line numbers) with the path and the finding's rank among the file's findings with
 * that fingerprint, so it is unique and survives lines moving.
 */
public final class GitLabCodeQualityWriter {

    public static final String FILE_NAME = "gl-code-quality-report.json";

    private final Path baseDirectory;

    public GitLabCodeQualityWriter(Path baseDirectory) {
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
    }

    public void write(CheckResult result, CheckedFiles checked, Writer out) throws IOException {
        Function<Path, String> paths = checked.pathsFrom(baseDirectory);
        Map<String, Integer> seen = new HashMap<>();
        JsonWriter json = new JsonWriter(out);
        json.beginArray();
        for (Finding finding : result.findings()) {
            String path = paths.apply(finding.path());
            String fingerprint = Fingerprints.of(finding, result.entryKeys().of(finding));
            int rank = seen.merge(path + '\n' + fingerprint, 1, Integer::sum);
            json.beginObject()
                    .name("description").value(finding.message())
                    .name("check_name").value(finding.ruleId())
                    .name("fingerprint").value(Fingerprints.hash(path + '\n' + fingerprint + '\n' + rank, 16))
                    .name("severity").value(switch (finding.severity()) {
                        case ERROR -> "major";
                        case WARNING -> "minor";
                        case INFO -> "info";
                    })
                    .name("location").beginObject()
                    .name("path").value(path)
                    .name("lines").beginObject().name("begin").value(finding.position().line()).endObject()
                    .endObject()
                    .endObject();
        }
        json.endArray().finish();
    }
}
