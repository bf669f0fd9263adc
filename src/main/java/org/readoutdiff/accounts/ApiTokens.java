package org.readoutdiff.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API tokens: 32 random bytes, URL-safe base64, after the prefix {@value #PREFIX} (which tells
 * them apart from an OIDC provider's JWTs in the same Authorization header). Only their
 * SHA-256 is stored: a token is a random secret, so a fast hash is enough (no password to guess).
 */
public final class ApiTokens {

    public static final String PREFIX = "rdt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static boolean looksLikeOurs(String token) {
        return token != null && token.startsWith(PREFIX);
    }

    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
