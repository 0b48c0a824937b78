package io.github.digestplugin.check.output;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.Finding;
import io.github.digestplugin.check.RuleMessages;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes a check result in checkstyle's XML format, which CI servers (Jenkins warnings, GitLab,
 * reviewdog, SonarQube) import. Every checked digest gets a {@code file} element, with or without
 * findings, so importers count the clean files too.
 */
public final class CheckstyleWriter {

    public static final String FILE_NAME = "checkstyle-result.xml";
    /** Prefixed to a rule id in the {@code source} attribute, as checkstyle names its checks. */
    public static final String SOURCE_PREFIX = "digest.";

    private final String toolVersion;
    private final Path baseDirectory;
    private final Locale locale;

    /** @param baseDirectory what file names are relative to (the project's base directory) */
    public CheckstyleWriter(String toolVersion, Path baseDirectory) {
        this(toolVersion, baseDirectory, RuleMessages.ENGLISH);
    }

    /** @param locale the language of the messages (Chinese or English) */
    public CheckstyleWriter(String toolVersion, Path baseDirectory, Locale locale) {
        this.toolVersion = toolVersion;
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
        this.locale = locale;
    }

    public void write(CheckResult result, CheckedFiles checked, OutputStream out) throws IOException {
        Function<Path, String> paths = checked.pathsFrom(baseDirectory);
        Map<String, List<Finding>> byFile = new TreeMap<>();
        for (Path file : checked.files()) {
            byFile.put(paths.apply(file), new ArrayList<>());
        }
        for (Finding finding : result.findings()) {
            byFile.computeIfAbsent(paths.apply(finding.path()), name -> new ArrayList<>()).add(finding);
        }
        // Written directly, as checkstyle's own XMLLogger does: the JDK's stream writer encodes
        // character by character, five times slower on a run with 25,000 findings.
        Writer xml = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"");
        xml.write(attributeValue(toolVersion));
        xml.write("\">");
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            writeFile(xml, file.getKey(), file.getValue());
        }
        xml.write("\n</checkstyle>\n");
        xml.flush();
    }

    private void writeFile(Writer xml, String name, List<Finding> findings) throws IOException {
        xml.write("\n  <file name=\"");
        xml.write(attributeValue(name));
        if (findings.isEmpty()) {
            xml.write("\"/>");
            return;
        }
        xml.write("\">");
        for (Finding finding : findings) {
            xml.write("\n    <error line=\"");
            xml.write(Integer.toString(finding.position().line()));
            xml.write("\" column=\"");
            xml.write(Integer.toString(finding.position().column()));
            // Checkstyle's severities are the same words as ours: error, warning, info.
            xml.write("\" severity=\"");
            xml.write(finding.severity().label());
            xml.write("\" message=\"");
            xml.write(attributeValue(finding.messageIn(locale)));
            xml.write("\" source=\"");
            xml.write(SOURCE_PREFIX);
            xml.write(finding.ruleId());
            xml.write("\"/>");
        }
        xml.write("\n  </file>");
    }

    /**
     * Text as the value of a double-quoted XML 1.0 attribute: markup escaped, tabs and line ends as
     * spaces (what a parser would turn them into anyway), and the characters XML cannot hold at all
     * (most control characters, unpaired surrogates) as U+FFFD.
     */
    static String attributeValue(String text) {
        int i = 0;
        while (i < text.length() && isPlain(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isPlain(c)) {
                safe.append(c);
            } else if (c == '&') {
                safe.append("&amp;");
            } else if (c == '<') {
                safe.append("&lt;");
            } else if (c == '>') {
                safe.append("&gt;");
            } else if (c == '"') {
                safe.append("&quot;");
            } else if (c == '\t' || c == '\n' || c == '\r') {
                safe.append(' ');
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                safe.append(c).append(text.charAt(++i));
            } else {
                safe.append('\uFFFD');
            }
        }
        return safe.toString();
    }

    /** A character written as it is: not markup, not a control character, not a surrogate. */
    private static boolean isPlain(char c) {
        return c >= 0x20 && c != '&' && c != '<' && c != '>' && c != '"'
                && (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE && c < '\uFFFE');
    }
}
