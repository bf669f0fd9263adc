package org.readoutdiff.text;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The SHA-256 of the bytes a statement was read from, in hex: known already, or computed from
 * the bytes when first asked for. Hashing 10 MB takes about 80 ms under the command line's quick
 * JIT, which has no SHA intrinsic; asked for later, it can be computed where a core is idle
 * (the comparison engine asks while it aligns on one thread) instead of before any other work.
 * Safe to share between threads; the bytes are let go once hashed. Equal when the hashes are.
 */
public final class Fingerprint {

    private final Object lock = new Object();
    private byte[] bytes;
    private volatile String hex;

    private Fingerprint(byte[] bytes, String hex) {
        this.bytes = bytes;
        this.hex = hex;
    }

    /** A hash already known, such as a stored statement's. */
    public static Fingerprint of(String sha256) {
        return new Fingerprint(null, Objects.requireNonNull(sha256, "sha256"));
    }

    /** The hash of {@code bytes}, computed when first asked for; the array must not change until then. */
    public static Fingerprint ofBytes(byte[] bytes) {
        return new Fingerprint(Objects.requireNonNull(bytes, "bytes"), null);
    }

    /** The SHA-256 in lower-case hex. */
    public String hex() {
        String known = hex;
        if (known != null) {
            return known;
        }
        synchronized (lock) {
            if (hex == null) {
                hex = sha256(bytes);
                bytes = null;
            }
            return hex;
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fingerprint that && hex().equals(that.hex());
    }

    @Override
    public int hashCode() {
        return hex().hashCode();
    }

    @Override
    public String toString() {
        return hex();
    }
}
