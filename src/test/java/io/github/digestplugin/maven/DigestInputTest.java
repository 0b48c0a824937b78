package io.github.digestplugin.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digestplugin.check.rules.Rules;
import io.github.digestplugin.check.Severity;
import io.github.digestplugin.parse.ParserOptions;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestInputTest {

    @TempDir
    Path temp;

    @Test
    void directoryIsAbsoluteAndNormalized() {
        DigestInput input = input(new File("papers/../papers/./2024"), Map.of(), null);

        assertThat(input.directory()).isEqualTo(Path.of("papers", "2024").toAbsolutePath());
    }

    @Test
    void unsetPatternsAreEmptyLists() {
        DigestInput input = new DigestInput(temp.toFile(), null, null, "摘要", "详细", null, null, null);

        assertThat(input.includes()).isEmpty();
        assertThat(input.excludes()).isEmpty();
        assertThat(input.noDigestFound()).isEqualTo("No digest found in " + temp + " matching includes [] and excludes []");
    }

    @Test
    void parserOptionsCarryTheHeadingsAndChannel() {
        DigestInput withChannel = new DigestInput(temp.toFile(), List.of("**/*.md"), List.of("drafts/**"), "Summary",
                "Details", "cs.CL", null, null);
        DigestInput withoutChannel = new DigestInput(temp.toFile(), List.of("**/*.md"), List.of(), "Summary",
                "Details", null, null, null);

        assertThat(withChannel.parserOptions()).isEqualTo(new ParserOptions("Summary", "Details", Optional.of("cs.CL")));
        assertThat(withoutChannel.parserOptions().channel()).isEmpty();
        assertThat(withChannel.noDigestFound()).isEqualTo(
                "No digest found in " + temp + " matching includes [**/*.md] and excludes [drafts/**]");
    }

    @Test
    void withoutSeveritiesEveryRuleKeepsItsDefault() {
        var rules = input(temp.toFile(), null, null).rules();

        assertThat(rules.rules()).hasSameSizeAs(Rules.all());
        Rules.all().forEach(rule -> assertThat(rules.severityOf(rule.id())).contains(rule.defaultSeverity()));
    }

    @Test
    void theSeveritiesStringWinsOverTheMap() {
        Map<String, String> severities = new LinkedHashMap<>();
        severities.put("cell-pipe", "info");
        severities.put("url-canonical", "error");

        var rules = input(temp.toFile(), severities, "cell-pipe=warning, raw-html=off").rules();

        assertThat(rules.severityOf("cell-pipe")).contains(Severity.WARNING);
        assertThat(rules.severityOf("url-canonical")).contains(Severity.ERROR);
        assertThat(rules.severityOf("raw-html")).isEmpty();
        assertThat(rules.rules()).extracting(r -> r.id()).doesNotContain("raw-html");
    }

    @Test
    void anUnknownRuleIdOrSeverityIsNamed() {
        assertThatThrownBy(() -> input(temp.toFile(), Map.of("no-such-rule", "off"), null).rules())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown rule id 'no-such-rule' in the severity overrides; known ids: ");
        assertThatThrownBy(() -> input(temp.toFile(), null, "cell-pipe=fatal").rules())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Severity 'fatal' for rule 'cell-pipe' is not one of error, warning, info, off");
        assertThatThrownBy(() -> input(temp.toFile(), null, "cell-pipe").rules())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Severity override 'cell-pipe' is not of the form rule-id=severity");
    }

    @Test
    void aDirectoryHasNoProblem() {
        assertThat(input(temp.toFile(), null, null).directoryProblem()).isEmpty();
    }

    @Test
    void aMissingDirectoryIsNamedWithItsParameter() {
        Path missing = temp.resolve("no-such-folder");

        assertThat(input(missing.toFile(), null, null).directoryProblem()).contains("The digest directory " + missing
                + " does not exist (parameter 'directory', property digest.directory)");
    }

    @Test
    void aFileIsNotADigestDirectory() throws Exception {
        Path file = Files.writeString(temp.resolve("digest.md"), "# 摘要\n");

        assertThat(input(file.toFile(), null, null).directoryProblem()).contains("The digest directory " + file
                + " is not a directory (parameter 'directory', property digest.directory)");
    }

    private static DigestInput input(File directory, Map<String, String> severities, String severityOverrides) {
        return new DigestInput(directory, List.of("**/*.md"), List.of(), ParserOptions.DEFAULT_SUMMARY_HEADING,
                ParserOptions.DEFAULT_DETAILS_HEADING, null, severities, severityOverrides);
    }

    @Test
    void theConfigurationFileFillsWhatNoParameterSetsAndTheParametersWin() throws Exception {
        Files.writeString(temp.resolve(ConfigFile.NAME), """
                {"directory": "papers", "includes": ["**/*.txt"], "channel": "cs.CL",
                 "severities": {"cell-pipe": "off", "url-canonical": "error", "raw-html": "info"}}
                """);
        ConfigFile config = ConfigFile.find(null, temp);

        DigestInput fromFile = DigestInput.of(config, temp, null, null, null, null, null, null, null,
                Map.of("url-canonical", "warning"), "raw-html=error");
        DigestInput fromPom = DigestInput.of(config, temp, new File("/x"), List.of("**/*.md"), null, false, "S",
                "D", "cs.AI", null, null);

        assertThat(fromFile.directory()).isEqualTo(temp.resolve("papers"));
        assertThat(fromFile.defaultDirectory()).isFalse();
        assertThat(fromFile.includes()).containsExactly("**/*.txt");
        assertThat(fromFile.parserOptions()).isEqualTo(new ParserOptions(ParserOptions.DEFAULT_SUMMARY_HEADING,
                ParserOptions.DEFAULT_DETAILS_HEADING, Optional.of("cs.CL")));
        var rules = fromFile.rules();
        assertThat(rules.severityOf("cell-pipe")).isEmpty();
        assertThat(rules.severityOf("url-canonical")).contains(Severity.WARNING);
        assertThat(rules.severityOf("raw-html")).contains(Severity.ERROR);
        assertThat(fromFile.directoryProblem()).contains("The digest directory " + temp.resolve("papers")
                + " does not exist (key 'directory' in " + temp.resolve(ConfigFile.NAME) + ":1:2)");

        assertThat(fromPom.directory()).isEqualTo(Path.of("/x"));
        assertThat(fromPom.includes()).containsExactly("**/*.md");
        assertThat(fromPom.excludes()).isEmpty();
        assertThat(fromPom.parserOptions()).isEqualTo(new ParserOptions("S", "D", Optional.of("cs.AI")));
        assertThat(fromPom.directoryProblem()).contains(
                "The digest directory /x does not exist (parameter 'directory', property digest.directory)");
    }

    @Test
    void withoutADirectoryItIsTheDefaultAndMavensDefaultExcludesApply() {
        DigestInput input = DigestInput.of(ConfigFile.none(), temp, null, null, List.of("drafts/**"), null, null,
                null, null, null, null);

        assertThat(input.directory()).isEqualTo(temp.resolve("src/digests"));
        assertThat(input.defaultDirectory()).isTrue();
        assertThat(input.noDefaultDirectory("check")).isEqualTo("No src/digests in " + temp
                + ": skipping the digest check (set the parameter 'directory', property digest.directory, to read"
                + " another folder)");
        assertThat(input.excludes()).startsWith("drafts/**")
                .contains("**/.git/**", "**/.svn/**", "**/.DS_Store", "**/node_modules/**", "**/target/**");
        assertThat(input.noDigestFound()).endsWith("excludes [drafts/**] (and the default excludes)");
    }

    @Test
    void theReadingFileIsTheNamedOneWhichMustExistElseReadingYamlInTheDirectoryWhenThere() throws Exception {
        java.nio.file.Files.createDirectories(temp.resolve("src/digests"));
        DigestInput input = DigestInput.of(ConfigFile.none(), temp, null, null, null, null, null, null, null, null,
                null);
        assertThat(input.readingFile(ConfigFile.none(), temp, null)).isEmpty();
        Path standard = java.nio.file.Files.writeString(temp.resolve("src/digests/reading.yaml"), "{}\n");
        assertThat(input.readingFile(ConfigFile.none(), temp, null)).contains(standard);

        Path config = java.nio.file.Files.writeString(temp.resolve(".digest.json"), "{\"readingFile\": \"notes/read.yaml\"}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> input.readingFile(ConfigFile.read(config), temp, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The reading file " + temp.resolve("notes/read.yaml") + " does not exist (key 'readingFile' in "
                        + config + ":1:2)");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> input.readingFile(ConfigFile.none(), temp,
                        temp.resolve("gone.yaml").toFile()))
                .hasMessageEndingWith("does not exist (parameter 'readingFile', property digest.readingFile)");
        Path named = java.nio.file.Files.writeString(java.nio.file.Files.createDirectories(temp.resolve("notes"))
                .resolve("read.yaml"), "{}\n");
        assertThat(input.readingFile(ConfigFile.read(config), temp, null)).contains(named);
    }
}
