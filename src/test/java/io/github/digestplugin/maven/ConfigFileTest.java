package io.github.digestplugin.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digestplugin.check.rules.Rules;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

    @TempDir
    Path temp;

    @Test
    void everySettingIsReadAndTheParametersWinOverIt() throws Exception {
        Path file = write("""
                {
                  "$schema": "https://example.org/digest-config.schema.json",
                  "directory": "papers",
                  "includes": ["**/*.md", "**/*.txt"],
                  "excludes": ["drafts/**"],
                  "useDefaultExcludes": false,
                  "failOn": "warning",
                  "maxAllowedViolations": 3,
                  "severities": {"cell-pipe": "warning", "url-canonical": "off"},
                  "summaryHeading": "Summary",
                  "title": "Papers"
                }
                """);

        ConfigFile config = ConfigFile.find(null, temp);

        assertThat(config.file()).contains(file);
        assertThat(config.path("directory", null, temp)).contains(temp.resolve("papers"));
        assertThat(config.path("directory", new File("/elsewhere"), temp)).contains(Path.of("/elsewhere"));
        assertThat(config.strings("includes", null, List.of())).containsExactly("**/*.md", "**/*.txt");
        assertThat(config.strings("excludes", List.of("a/**"), List.of())).containsExactly("a/**");
        assertThat(config.strings("includes", List.of(), List.of())).as("Maven's empty list is unset")
                .containsExactly("**/*.md", "**/*.txt");
        assertThat(config.bool("useDefaultExcludes", null, true)).isFalse();
        assertThat(config.string("failOn", null, "error")).isEqualTo("warning");
        assertThat(config.string("failOn", "info", "error")).isEqualTo("info");
        assertThat(config.integer("maxAllowedViolations", null, 0)).isEqualTo(3);
        assertThat(config.severities()).isEqualTo(Map.of("cell-pipe", "warning", "url-canonical", "off"));
        assertThat(config.string("fork", null, "auto")).isEqualTo("auto");
        assertThat(config.where("failOn")).contains(file + ":7:3");
    }

    @Test
    void withoutAFileEveryGoalTakesItsDefaults() throws Exception {
        ConfigFile config = ConfigFile.find(null, temp);

        assertThat(config.file()).isEmpty();
        assertThat(config.string("failOn", null, "error")).isEqualTo("error");
        assertThat(config.severities()).isEmpty();
    }

    @Test
    void aFileNamedThatDoesNotExistIsAnError() {
        assertThatThrownBy(() -> ConfigFile.find(Path.of("ci/digest.json"), temp))
                .isInstanceOf(ConfigFile.ConfigException.class)
                .hasMessage("The configuration file " + temp.resolve("ci/digest.json")
                        + " does not exist (parameter 'configFile', property digest.config)");
    }

    @Test
    void anUnknownKeyIsNamedWithItsLineAndColumn() throws IOException {
        Path file = write("{\n  \"failOn\": \"error\",\n    \"failon\": \"warning\"\n}\n");

        assertThatThrownBy(() -> ConfigFile.read(file))
                .hasMessageStartingWith("Invalid configuration file " + file + ":3:5: unknown key 'failon'"
                        + " (did you mean 'failOn'?); the keys are directory, includes,");
    }

    @Test
    void badValuesAreNamedWithTheirKeyAndLine() throws IOException {
        assertError("{\"failOn\": \"fatal\"}", ":1:12: the key 'failOn' is \"fatal\"; it must be one of error, warning,"
                + " info, none");
        assertError("{\n\"includes\": \"**/*.md\"}", ":2:13: the key 'includes' must be an array of strings");
        assertError("{\"includes\": [\"a\", 1]}", ":1:20: the key 'includes' must be an array of strings");
        assertError("{\"maxAllowedViolations\": -1}", ":1:26: the key 'maxAllowedViolations' must be a whole number"
                + " of 0 or more");
        assertError("{\"maxAllowedViolations\": 1.5}", ":1:26: the key 'maxAllowedViolations' must be a whole"
                + " number of 0 or more");
        assertError("{\"useDefaultExcludes\": \"no\"}", ":1:24: the key 'useDefaultExcludes' must be true or false");
        assertError("{\"severities\": {\"cell-pipes\": \"off\"}}", ":1:17: the key 'severities' names the unknown rule"
                + " 'cell-pipes'; known rules: encoding,");
        assertError("{\"severities\": {\"cell-pipe\": \"loud\"}}", ":1:30: the severity of 'cell-pipe' in 'severities'"
                + " must be one of error, warning, info, off");
        assertError("{\"failOn\": null}", ":1:12: the key 'failOn' must be a string");
        assertError("{\"title\": \"a\", \"title\": \"b\"}", ":1:16: the key 'title' is given twice");
    }

    @Test
    void whatIsNotJsonOrNotAnObjectIsNamedWithItsLine() throws IOException {
        assertError("[\"failOn\"]", ":1:1: the configuration is not a JSON object { ... }");
        assertError("{\n  \"failOn\": \"error\",\n}", ":3:1: not valid JSON: ");
        assertError("{\"failOn\": \"error\"} {}", ":1:21: something follows the configuration object");
        assertError("", ":1:1: the configuration is not a JSON object { ... }");
    }

    @Test
    void aFileLargerThanAConfigurationIsRefusedUnread() throws IOException {
        Path file = temp.resolve(ConfigFile.NAME);
        Files.write(file, new byte[ConfigFile.MAX_BYTES + 1]);

        assertThatThrownBy(() -> ConfigFile.read(file)).hasMessageContaining("is larger than 1 MiB");
    }

    /** The documented schema names exactly the keys the file takes. */
    @Test
    void theSchemaInDocsNamesEveryKey() throws IOException {
        String schema = Files.readString(Path.of("docs/digest-config.schema.json"), StandardCharsets.UTF_8);
        for (String key : ConfigFile.KEYS.keySet()) {
            assertThat(schema).as(key).contains("\"" + key + "\": {");
        }
        assertThat(schema).contains("\"additionalProperties\": false");
        Rules.all().forEach(rule -> assertThat(schema).as(rule.id()).contains("\"" + rule.id() + "\""));
        String page = Files.readString(Path.of("docs/configuration-file.md"), StandardCharsets.UTF_8);
        for (String key : ConfigFile.KEYS.keySet()) {
            assertThat(page).as(key).contains("`" + key + "`");
        }
    }

    private void assertError(String json, String expected) throws IOException {
        Path file = write(json);
        assertThatThrownBy(() -> ConfigFile.read(file)).as(json)
                .isInstanceOf(ConfigFile.ConfigException.class)
                .hasMessageStartingWith("Invalid configuration file " + file + expected);
    }

    private Path write(String json) throws IOException {
        return Files.writeString(temp.resolve(ConfigFile.NAME), json, StandardCharsets.UTF_8);
    }
}
