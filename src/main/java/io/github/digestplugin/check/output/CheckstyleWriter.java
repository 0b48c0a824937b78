package io.github.digestplugin.check.output;

import io.github.digestplugin.check.CheckResult;
import io.github.digestplugin.check.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

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

    /** @param baseDirectory what file names are relative to (the project's base directory) */
    public CheckstyleWriter(String toolVersion, Path baseDirectory) {
        this.toolVersion = toolVersion;
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
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
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("checkstyle");
            xml.writeAttribute("version", toolVersion);
            for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
                writeFile(xml, file.getKey(), file.getValue());
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write " + FILE_NAME + ": " + e.getMessage(), e);
        }
    }

    private static void writeFile(XMLStreamWriter xml, String name, List<Finding> findings)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("file");
        xml.writeAttribute("name", xmlText(name));
        for (Finding finding : findings) {
            xml.writeCharacters("\n    ");
            xml.writeEmptyElement("error");
            xml.writeAttribute("line", Integer.toString(finding.position().line()));
            xml.writeAttribute("column", Integer.toString(finding.position().column()));
            // Checkstyle's severities are the same words as ours: error, warning, info.
            xml.writeAttribute("severity", finding.severity().label());
            xml.writeAttribute("message", xmlText(finding.message()));
            xml.writeAttribute("source", SOURCE_PREFIX + finding.ruleId());
        }
        if (!findings.isEmpty()) {
            xml.writeCharacters("\n  ");
        }
        xml.writeEndElement();
    }

    /**
     * Text safe for an XML 1.0 attribute. The stream writer escapes markup but passes on characters
     * XML cannot hold at all (most control characters, unpaired surrogates): those become U+FFFD.
     * Tabs and line ends become spaces, which is what a parser would turn them into anyway.
     */
    static String xmlText(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                safe.append(' ');
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                safe.append(c).append(text.charAt(++i));
            } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                safe.append('\uFFFD');
            } else {
                safe.append(c);
            }
        }
        return safe.toString();
    }
}
