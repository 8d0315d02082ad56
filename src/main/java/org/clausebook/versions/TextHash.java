package org.clausebook.versions;

import org.clausebook.content.Document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint of a version: SHA-256 over the source-language tender text, verification and body, so a citation
 * such as {@code labour-rights-code@2.0#3f9a1c} names one exact text. Line endings and trailing spaces do not count.
 */
public final class TextHash {
    /** Hex digits of the hash shown in a citation. */
    public static final int SHORT = 6;

    private TextHash() {
    }

    public static String of(Document source) {
        return of(source.meta().tenderText(), source.meta().verification(), source.body());
    }

    public static String of(String tenderText, String verification, String body) {
        String text = normalise(tenderText) + '\u0000' + normalise(verification) + '\u0000' + normalise(body);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static String shortForm(String hash) {
        return hash.substring(0, SHORT);
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\r\n", "\n").replaceAll("[ \\t]+\n", "\n").strip();
    }
}
