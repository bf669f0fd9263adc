package org.readoutdiff.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One statement as the user gave it: a label, the decoded text (kept exactly; every offset
 * in the product refers to it), the SHA-256 of the raw bytes it was decoded from, and where
 * it came from.
 */
public record Statement(String label, String text, String sha256, StatementMetadata metadata) {

    public Statement {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
        metadata = metadata == null ? StatementMetadata.none() : metadata;
    }

    /** A statement typed or pasted as text: its hash is that of its UTF-8 encoding. */
    public static Statement of(String label, String text) {
        return new Statement(label, text, sha256(text.getBytes(StandardCharsets.UTF_8)), StatementMetadata.none());
    }

    public Statement withLabel(String value) {
        return new Statement(value, text, sha256, metadata);
    }

    public Statement withMetadata(StatementMetadata value) {
        return new Statement(label, text, sha256, value);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
