package io.github.digestplugin.maven;

import io.github.digestplugin.check.Rule;
import io.github.digestplugin.check.rules.Rules;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * The settings of {@code .digest.json}, the configuration file for runs without a pom (and beside
 * one): a JSON object whose keys are the goals' {@code -D} properties without {@code digest.}, each
 * checked for its type and, where a parameter takes only some values, for those, so that a wrong
 * setting is reported with the file, the key and its line and column before anything runs. A
 * parameter set in the pom or with {@code -D} wins over the file; the goals read only the keys they
 * take. Its schema is {@code docs/digest-config.schema.json}.
 */
final class ConfigFile {

    /** The file's name in the base directory, read when there and no other is named. */
    static final String NAME = ".digest.json";

    /** A configuration file is a few lines: anything larger is not one. */
    static final int MAX_BYTES = 1 << 20;

    private static final Set<String> SEVERITY_VALUES = Set.of("error", "warning", "info", "off");

    /** What a key holds. */
    enum Type {
        STRING("a string"),
        STRINGS("an array of strings"),
        INTEGER("a whole number of 0 or more"),
        BOOLEAN("true or false"),
        /** Rule id to {@code error}, {@code warning}, {@code info} or {@code off}. */
        SEVERITIES("an object of rule ids to error, warning, info or off");

        final String description;

        Type(String description) {
            this.description = description;
        }
    }

    /** A key of the file, with its type and, for a string, the values it takes (any when empty). */
    record Key(String name, Type type, List<String> values) {}

    /** Every key, one line each: a parameter the file may set is added here and read in its goal. */
    static final Map<String, Key> KEYS = keys(
            new Key("$schema", Type.STRING, List.of()),
            new Key("directory", Type.STRING, List.of()),
            new Key("includes", Type.STRINGS, List.of()),
            new Key("excludes", Type.STRINGS, List.of()),
            new Key("useDefaultExcludes", Type.BOOLEAN, List.of()),
            new Key("summaryHeading", Type.STRING, List.of()),
            new Key("detailsHeading", Type.STRING, List.of()),
            new Key("channel", Type.STRING, List.of()),
            new Key("severities", Type.SEVERITIES, List.of()),
            new Key("failOn", Type.STRING, List.of("error", "warning", "info", "none")),
            new Key("maxAllowedViolations", Type.INTEGER, List.of()),
            new Key("resultsDirectory", Type.STRING, List.of()),
            new Key("fork", Type.STRING, List.of("auto", "true", "false")),
            new Key("forkJvmArgs", Type.STRING, List.of()),
            new Key("logFindings", Type.STRING, List.of("failing", "all", "none")),
            new Key("baseline", Type.STRING, List.of()),
            new Key("readingFile", Type.STRING, List.of()),
            new Key("suppressions", Type.STRINGS, List.of()),
            new Key("annotations", Type.STRING, List.of("github", "none")),
            new Key("outputDirectory", Type.STRING, List.of()),
            new Key("templateDirectory", Type.STRING, List.of()),
            new Key("locale", Type.STRING, List.of()),
            new Key("title", Type.STRING, List.of()),
            new Key("failOnError", Type.BOOLEAN, List.of()));

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** A value read, and where its key stands in the file. */
    private record Setting(Object value, int line, int column) {}

    private final Optional<Path> file;
    private final Map<String, Setting> settings;

    private ConfigFile(Optional<Path> file, Map<String, Setting> settings) {
        this.file = file;
        this.settings = settings;
    }

    /** No configuration file: every goal takes its parameters and their defaults. */
    static ConfigFile none() {
        return new ConfigFile(Optional.empty(), Map.of());
    }

    /**
     * The file named by {@code digest.config}, else {@value #NAME} in the base directory when there,
     * else none.
     *
     * @throws ConfigException when the file named does not exist, or a file cannot be read or holds
     *     what is not a setting
     */
    static ConfigFile find(Path named, Path baseDirectory) throws ConfigException {
        if (named != null) {
            Path file = baseDirectory.resolve(named).toAbsolutePath().normalize();
            if (!Files.isRegularFile(file)) {
                throw new ConfigException("The configuration file " + file
                        + " does not exist (parameter 'configFile', property digest.config)");
            }
            return read(file);
        }
        Path file = baseDirectory.resolve(NAME).toAbsolutePath().normalize();
        return Files.isRegularFile(file) ? read(file) : none();
    }

    /** @throws ConfigException naming the file, and the line, column and key of what is wrong */
    static ConfigFile read(Path file) throws ConfigException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new ConfigException("Cannot read the configuration file " + file + ": " + e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new ConfigException("The configuration file " + file + " is larger than 1 MiB: it is not one");
        }
        Map<String, Setting> settings = new LinkedHashMap<>();
        try (JsonParser json = JSON.createParser(ObjectReadContext.empty(), bytes)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw error(file, json.currentTokenLocation(), "the configuration is not a JSON object { ... }");
            }
            for (JsonToken token = json.nextToken(); token != JsonToken.END_OBJECT; token = json.nextToken()) {
                TokenStreamLocation at = json.currentTokenLocation();
                String name = json.currentName();
                Key key = KEYS.get(name);
                if (key == null) {
                    throw error(file, at, unknownKey(name));
                }
                if (settings.containsKey(name)) {
                    throw error(file, at, "the key '" + name + "' is given twice");
                }
                json.nextToken();
                settings.put(name, new Setting(value(file, json, key), at.getLineNr(), at.getColumnNr()));
            }
            if (json.nextToken() != null) {
                throw error(file, json.currentTokenLocation(), "something follows the configuration object");
            }
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation() == null ? TokenStreamLocation.NA : e.getLocation();
            throw error(file, at, "not valid JSON: " + e.getOriginalMessage());
        }
        return new ConfigFile(Optional.of(file), settings);
    }

    private static Object value(Path file, JsonParser json, Key key) throws ConfigException {
        TokenStreamLocation at = json.currentTokenLocation();
        JsonToken token = json.currentToken();
        switch (key.type()) {
            case STRING -> {
                String value = string(file, json, key);
                if (!key.values().isEmpty() && !key.values().contains(value.strip().toLowerCase(Locale.ROOT))) {
                    throw error(file, at, "the key '" + key.name() + "' is \"" + value + "\"; it must be one of "
                            + String.join(", ", key.values()));
                }
                return value;
            }
            case STRINGS -> {
                if (token != JsonToken.START_ARRAY) {
                    throw wrongType(file, at, key);
                }
                List<String> values = new ArrayList<>();
                while (json.nextToken() != JsonToken.END_ARRAY) {
                    values.add(string(file, json, key));
                }
                return List.copyOf(values);
            }
            case INTEGER -> {
                if (token != JsonToken.VALUE_NUMBER_INT || json.getNumberType() != JsonParser.NumberType.INT
                        || json.getIntValue() < 0) {
                    throw wrongType(file, at, key);
                }
                return json.getIntValue();
            }
            case BOOLEAN -> {
                if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
                    throw wrongType(file, at, key);
                }
                return token == JsonToken.VALUE_TRUE;
            }
            case SEVERITIES -> {
                if (token != JsonToken.START_OBJECT) {
                    throw wrongType(file, at, key);
                }
                List<String> ids = Rules.all().stream().map(Rule::id).toList();
                Map<String, String> severities = new LinkedHashMap<>();
                for (JsonToken next = json.nextToken(); next != JsonToken.END_OBJECT; next = json.nextToken()) {
                    TokenStreamLocation idAt = json.currentTokenLocation();
                    String id = json.currentName();
                    if (!ids.contains(id)) {
                        throw error(file, idAt, "the key 'severities' names the unknown rule '" + id
                                + "'; known rules: " + String.join(", ", ids));
                    }
                    json.nextToken();
                    TokenStreamLocation valueAt = json.currentTokenLocation();
                    String severity = json.currentToken() == JsonToken.VALUE_STRING ? json.getString() : null;
                    if (severity == null || !SEVERITY_VALUES.contains(severity.strip().toLowerCase(Locale.ROOT))) {
                        throw error(file, valueAt, "the severity of '" + id + "' in 'severities' must be one of "
                                + "error, warning, info, off");
                    }
                    if (severities.put(id, severity) != null) {
                        throw error(file, idAt, "the rule '" + id + "' is given twice in 'severities'");
                    }
                }
                return Map.copyOf(severities);
            }
            default -> throw new IllegalStateException(key.type().name());
        }
    }

    private static String string(Path file, JsonParser json, Key key) throws ConfigException {
        if (json.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType(file, json.currentTokenLocation(), key);
        }
        return json.getString();
    }

    private static String unknownKey(String name) {
        Optional<String> near = KEYS.keySet().stream().filter(known -> known.equalsIgnoreCase(name)).findFirst();
        return "unknown key '" + name + "'" + near.map(known -> " (did you mean '" + known + "'?)").orElse("")
                + "; the keys are " + String.join(", ", KEYS.keySet().stream().skip(1).toList());
    }

    private static ConfigException wrongType(Path file, TokenStreamLocation at, Key key) {
        return error(file, at, "the key '" + key.name() + "' must be " + key.type().description);
    }

    private static ConfigException error(Path file, TokenStreamLocation at, String message) {
        String where = at.getLineNr() > 0 ? ":" + at.getLineNr() + ":" + Math.max(1, at.getColumnNr()) : "";
        return new ConfigException("Invalid configuration file " + file + where + ": " + message);
    }

    /** The file read, empty when there is none. */
    Optional<Path> file() {
        return file;
    }

    /** The parameter's value when set in the pom or with {@code -D}, else the file's, else {@code fallback}. */
    String string(String key, String parameter, String fallback) {
        return parameter != null ? parameter : setting(key, String.class).orElse(fallback);
    }

    /** As {@link #string}; Maven injects an empty list for a list parameter nobody set, which is unset here too. */
    List<String> strings(String key, List<String> parameter, List<String> fallback) {
        return parameter != null && !parameter.isEmpty()
                ? parameter
                : setting(key, List.class).map(ConfigFile::strings).orElse(fallback);
    }

    int integer(String key, Integer parameter, int fallback) {
        return parameter != null ? parameter : setting(key, Integer.class).orElse(fallback);
    }

    boolean bool(String key, Boolean parameter, boolean fallback) {
        return parameter != null ? parameter : setting(key, Boolean.class).orElse(fallback);
    }

    /** A folder or file, relative to the base directory when the file gives it. */
    Optional<Path> path(String key, File parameter, Path baseDirectory) {
        if (parameter != null) {
            return Optional.of(parameter.toPath().toAbsolutePath().normalize());
        }
        return setting(key, String.class).map(value -> baseDirectory.resolve(value).toAbsolutePath().normalize());
    }

    /** The file's severities, which those of the pom and of {@code -D} change. */
    Map<String, String> severities() {
        return setting("severities", Map.class).map(ConfigFile::severities).orElse(Map.of());
    }

    /** Whether the file sets the key. */
    boolean sets(String key) {
        return settings.containsKey(key);
    }

    /** Where the file sets the key, as {@code file:line:column}, for a message about its value. */
    Optional<String> where(String key) {
        Setting setting = settings.get(key);
        return setting == null || file.isEmpty()
                ? Optional.empty()
                : Optional.of(file.get() + ":" + setting.line() + ":" + setting.column());
    }

    private <T> Optional<T> setting(String key, Class<T> type) {
        if (!KEYS.containsKey(key)) {
            throw new IllegalArgumentException("No configuration key " + key);
        }
        Setting setting = settings.get(key);
        return setting == null ? Optional.empty() : Optional.of(type.cast(setting.value()));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(List<?> values) {
        return (List<String>) values;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> severities(Map<?, ?> values) {
        return (Map<String, String>) values;
    }

    /** A configuration file that cannot be read or holds what is not a setting; the message says where. */
    static final class ConfigException extends Exception {

        private static final long serialVersionUID = 1L;

        ConfigException(String message) {
            super(message);
        }
    }

    private static Map<String, Key> keys(Key... keys) {
        Map<String, Key> byName = new LinkedHashMap<>();
        for (Key key : keys) {
            byName.put(key.name(), key);
        }
        return Collections.unmodifiableMap(byName);
    }
}
