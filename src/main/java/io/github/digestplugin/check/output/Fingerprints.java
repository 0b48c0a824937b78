package io.github.digestplugin.check.output;

import io.github.digestplugin.check.EntryKeys;
import io.github.digestplugin.check.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Names a finding by what it says rather than where: its rule, the entry it is about (see
 * {@link EntryKeys}) and its message with the line numbers it quotes ("first at line 12") taken
 * out, so that moving lines, or adding entries above, leaves it the same.
 */
public final class Fingerprints {

    private static final Pattern LINE_NUMBER = Pattern.compile("\\b(lines?) \\d+");
    private static final HexFormat HEX = HexFormat.of();

    private Fingerprints() {}

    /** 16 hex digits of SHA-256 over the rule id, the entry key and the message without line numbers. */
    public static String of(Finding finding, String entryKey) {
        return hash(finding.ruleId() + '\n' + entryKey + '\n' + withoutLineNumbers(finding.message()), 8);
    }

    /** The message with every {@code line N} said as {@code line}. */
    static String withoutLineNumbers(String message) {
        return message.indexOf("line") < 0 ? message : LINE_NUMBER.matcher(message).replaceAll("$1");
    }

    /** The first {@code bytes} bytes of SHA-256 of the text, in lower-case hex. */
    static String hash(String text, int bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HEX.formatHex(digest, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
