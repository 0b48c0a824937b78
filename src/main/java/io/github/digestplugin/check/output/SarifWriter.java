package io.github.digestplugin.check.output;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.CheckTotals;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.Rule;
import io.github.digestplugin.check.RuleMessages;
import io.github.digestplugin.check.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes a check result as SARIF 2.1.0, the format code-scanning services (GitHub, GitLab, Azure)
 * read to annotate files. Locations are relative to a base directory named {@value #SOURCE_ROOT},
 * so the file stays valid when the results are uploaded from another machine.
 */
public final class SarifWriter {

    public static final String FILE_NAME = "digest-check.sarif";
    public static final String TOOL_NAME = "digest-maven-plugin";
    public static final String INFORMATION_URI = "https://github.com/digestplugin/digest-maven-plugin";
    static final String SOURCE_ROOT = "%SRCROOT%";
    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** GitHub code scanning's limit of results in one run; an upload with more is rejected. */
    static final int MAX_RESULTS = 25_000;

    private final String toolVersion;
    private final List<Rule> catalogue;
    private final Path baseDirectory;
    private final Locale locale;

    /** A writer of English messages and rule descriptions. */
    public SarifWriter(String toolVersion, List<Rule> catalogue, Path baseDirectory) {
        this(toolVersion, catalogue, baseDirectory, RuleMessages.ENGLISH);
    }

    /**
     * @param catalogue every rule, described in the file whether it ran or not
     * @param baseDirectory what locations are relative to (the project's base directory)
     * @param locale the language of the messages and the rules' descriptions (Chinese or English)
     */
    public SarifWriter(String toolVersion, List<Rule> catalogue, Path baseDirectory, Locale locale) {
        this.toolVersion = toolVersion;
        this.catalogue = List.copyOf(catalogue);
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
        this.locale = locale;
    }

    public void write(CheckResult result, CheckedFiles checked, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.beginObject()
                .name("$schema").value(SCHEMA)
                .name("version").value("2.1.0")
                .name("runs").beginArray().beginObject();
        writeTool(json);
        Optional<String> leftOut = leftOut(result.totals());
        if (leftOut.isPresent()) {
            json.name("invocations").beginArray().beginObject()
                    .name("executionSuccessful").value(true)
                    .name("toolExecutionNotifications").beginArray().beginObject()
                    .name("level").value("warning")
                    .name("message").beginObject().name("text").value(leftOut.get()).endObject()
                    .endObject().endArray()
                    .endObject().endArray();
        }
        json.name("originalUriBaseIds").beginObject()
                .name(SOURCE_ROOT).beginObject().name("uri").value(directoryUri(baseDirectory)).endObject()
                .endObject();
        json.name("columnKind").value("utf16CodeUnits");
        json.name("results").beginArray();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < catalogue.size(); i++) {
            ruleIndex.put(catalogue.get(i).id(), i);
        }
        Map<Path, String> uris = new HashMap<>();
        Function<Path, String> paths = checked.pathsFrom(baseDirectory);
        for (Finding finding : kept(result)) {
            String uri = uris.computeIfAbsent(finding.path(), file -> uriPath(paths.apply(file)));
            writeResult(json, finding, ruleIndex.get(finding.ruleId()), uri, locale);
        }
        json.endArray();
        json.endObject().endArray().endObject();
        json.finish();
    }

    /**
     * What the file leaves out, said in the file and in the log: with more than
     * {@value #MAX_RESULTS} results GitHub code scanning rejects the whole upload, so the least
     * severe findings beyond that are left out (the checkstyle file has them all).
     */
    public static Optional<String> leftOut(CheckTotals totals) {
        long total = totals.findings();
        if (total <= MAX_RESULTS) {
            return Optional.empty();
        }
        Map<Severity, Integer> quota = quota(totals);
        StringBuilder omitted = new StringBuilder();
        for (Severity severity : Severity.values()) {
            long dropped = totals.count(severity) - quota.get(severity);
            if (dropped > 0) {
                omitted.append(omitted.length() == 0 ? "" : " and ").append(dropped).append(' ')
                        .append(severity.label()).append(dropped == 1 ? "" : "s");
            }
        }
        return Optional.of(FILE_NAME + " holds " + MAX_RESULTS + " of the " + total + " findings, the most"
                + " results GitHub code scanning accepts in one run; left out: the last " + omitted + " in path order. "
                + CheckstyleWriter.FILE_NAME + " holds them all.");
    }

    /** Every finding when they fit; else the most severe first, each severity in path order. */
    private static List<Finding> kept(CheckResult result) {
        List<Finding> findings = result.findings();
        if (findings.size() <= MAX_RESULTS) {
            return findings;
        }
        Map<Severity, Integer> quota = quota(result.totals());
        List<Finding> kept = new ArrayList<>(MAX_RESULTS);
        for (Finding finding : findings) {
            int left = quota.get(finding.severity());
            if (left > 0) {
                kept.add(finding);
                quota.put(finding.severity(), left - 1);
            }
        }
        return kept;
    }

    /** How many findings of each severity fit in {@value #MAX_RESULTS}, the most severe first. */
    private static Map<Severity, Integer> quota(CheckTotals totals) {
        Map<Severity, Integer> quota = new EnumMap<>(Severity.class);
        long room = MAX_RESULTS;
        for (Severity severity : Severity.values()) {
            long fits = Math.min(room, totals.count(severity));
            quota.put(severity, (int) fits);
            room -= fits;
        }
        return quota;
    }

    /** The SARIF level of a severity: {@code error}, {@code warning} or {@code note}. */
    public static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private void writeTool(JsonWriter json) throws IOException {
        json.name("tool").beginObject().name("driver").beginObject()
                .name("name").value(TOOL_NAME)
                .name("version").value(toolVersion)
                .name("informationUri").value(INFORMATION_URI)
                .name("rules").beginArray();
        for (Rule rule : catalogue) {
            String description = rule.description(locale);
            json.beginObject()
                    .name("id").value(rule.id())
                    .name("shortDescription").beginObject().name("text").value(description).endObject()
                    .name("fullDescription").beginObject().name("text").value(description + " " + rule.rationale(locale))
                    .endObject()
                    .name("helpUri").value(rule.helpUri())
                    .name("defaultConfiguration").beginObject()
                    .name("level").value(level(rule.defaultSeverity()))
                    .endObject()
                    // A property bag of our own: SARIF has no field saying a tool can fix a rule.
                    .name("properties").beginObject().name("fixable").value(rule.fixable()).endObject()
                    .endObject();
        }
        json.endArray().endObject().endObject();
    }

    private static void writeResult(JsonWriter json, Finding finding, Integer ruleIndex, String uri, Locale locale)
            throws IOException {
        json.beginObject().name("ruleId").value(finding.ruleId());
        if (ruleIndex != null) {
            json.name("ruleIndex").value(ruleIndex);
        }
        json.name("level").value(level(finding.severity()))
                .name("message").beginObject().name("text").value(finding.messageIn(locale)).endObject()
                .name("locations").beginArray().beginObject()
                .name("physicalLocation").beginObject()
                .name("artifactLocation").beginObject()
                .name("uri").value(uri)
                .name("uriBaseId").value(SOURCE_ROOT)
                .endObject()
                .name("region").beginObject()
                .name("startLine").value(finding.position().line())
                .name("startColumn").value(finding.position().column())
                .endObject()
                .endObject()
                .endObject().endArray()
                .endObject();
    }

    /**
     * A relative path as a URI reference: every byte outside the unreserved set and {@code /} is
     * percent-encoded, so spaces, {@code #}, {@code %}, a colon in the first segment and non-ASCII
     * names stay one valid path.
     */
    static String uriPath(String path) {
        StringBuilder uri = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                uri.append((char) c);
            } else {
                uri.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return uri.toString();
    }

    /** SARIF requires a base directory's URI to end with a slash. */
    private static String directoryUri(Path directory) {
        String uri = directory.toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }
}
