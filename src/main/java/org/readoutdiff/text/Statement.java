package org.readoutdiff.text;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One statement as the user gave it: a label, the decoded text (kept exactly; every offset
 * in the product refers to it), the SHA-256 of the raw bytes it was decoded from (its
 * {@link Fingerprint}, which may be computed only when first asked for), and where it came from.
 */
public record Statement(String label, String text, Fingerprint fingerprint, StatementMetadata metadata) {

    public Statement {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(fingerprint, "fingerprint");
        metadata = metadata == null ? StatementMetadata.none() : metadata;
    }

    /** A statement whose hash is already known. */
    public Statement(String label, String text, String sha256, StatementMetadata metadata) {
        this(label, text, Fingerprint.of(sha256), metadata);
    }

    /** A statement typed or pasted as text: its hash is that of its UTF-8 encoding. */
    public static Statement of(String label, String text) {
        return new Statement(label, text, sha256(text.getBytes(StandardCharsets.UTF_8)), StatementMetadata.none());
    }

    /** The SHA-256 of the raw bytes, in hex. */
    public String sha256() {
        return fingerprint.hex();
    }

    public Statement withLabel(String value) {
        return new Statement(value, text, fingerprint, metadata);
    }

    public Statement withMetadata(StatementMetadata value) {
        return new Statement(label, text, fingerprint, value);
    }

    public static String sha256(byte[] bytes) {
        return Fingerprint.sha256(bytes);
    }
}
