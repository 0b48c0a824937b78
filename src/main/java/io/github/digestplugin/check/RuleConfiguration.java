package io.github.digestplugin.check;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rules in force and the severity of each: the defaults, changed by overrides such as
 * {@code cell-pipe=warning} or {@code url-canonical=off}.
 */
public final class RuleConfiguration {

    public static final String OFF = "off";

    private final List<Rule> rules;
    private final Map<String, Severity> severities;

    private RuleConfiguration(List<Rule> rules, Map<String, Severity> severities) {
        this.rules = rules;
        this.severities = severities;
    }

    /**
     * Applies overrides (rule id to {@code error}, {@code warning}, {@code info} or {@code off}).
     *
     * @throws IllegalArgumentException naming the unknown rule id or severity
     */
    public static RuleConfiguration of(List<Rule> rules, Map<String, String> overrides) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        rules.forEach(rule -> byId.put(rule.id(), rule));
        Map<String, Severity> severities = new HashMap<>();
        rules.forEach(rule -> severities.put(rule.id(), rule.defaultSeverity()));
        for (Map.Entry<String, String> override : overrides.entrySet()) {
            String id = override.getKey().strip();
            if (!byId.containsKey(id)) {
                throw new IllegalArgumentException("Unknown rule id '" + id + "' in the severity overrides; known ids: "
                        + String.join(", ", byId.keySet()));
            }
            String value = override.getValue() == null ? "" : override.getValue().strip().toLowerCase(Locale.ROOT);
            if (value.equals(OFF)) {
                severities.remove(id);
                continue;
            }
            Severity severity = Severity.parse(value).orElseThrow(() -> new IllegalArgumentException(
                    "Severity '" + override.getValue() + "' for rule '" + id
                            + "' is not one of error, warning, info, off"));
            severities.put(id, severity);
        }
        List<Rule> enabled = rules.stream().filter(r -> severities.containsKey(r.id())).toList();
        return new RuleConfiguration(enabled, Map.copyOf(severities));
    }

    /** Reads {@code id=severity} pairs separated by commas, as given on the command line. */
    public static Map<String, String> parseOverrides(String text) {
        Map<String, String> overrides = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return overrides;
        }
        for (String pair : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("Severity override '" + pair.strip()
                        + "' is not of the form rule-id=severity");
            }
            overrides.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return overrides;
    }

    /** The enabled rules, in catalogue order. */
    public List<Rule> rules() {
        return rules;
    }

    public List<DigestRule> digestRules() {
        return rules.stream().filter(DigestRule.class::isInstance).map(DigestRule.class::cast).toList();
    }

    public List<CrossDigestRule> crossDigestRules() {
        return rules.stream().filter(CrossDigestRule.class::isInstance).map(CrossDigestRule.class::cast).toList();
    }

    public List<PathRule> pathRules() {
        return rules.stream().filter(PathRule.class::isInstance).map(PathRule.class::cast).toList();
    }

    public List<ReadingRule> readingRules() {
        return rules.stream().filter(ReadingRule.class::isInstance).map(ReadingRule.class::cast).toList();
    }

    /** The severity of an enabled rule, empty when it is off. */
    public Optional<Severity> severityOf(String ruleId) {
        return Optional.ofNullable(severities.get(ruleId));
    }

    @Override
    public String toString() {
        return rules.stream().map(r -> r.id() + "=" + severities.get(r.id()).label()).collect(Collectors.joining(","));
    }
}
