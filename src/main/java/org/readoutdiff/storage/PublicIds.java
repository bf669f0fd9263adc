package org.readoutdiff.storage;

import java.security.SecureRandom;

/**
 * Identifiers that appear in permalinks: 16 random base-62 characters (about 95 bits), so a
 * link cannot be guessed from another one, and never change once given.
 */
public final class PublicIds {

    private static final char[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PublicIds() {
    }

    public static String next() {
        char[] id = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }

    /** Whether a string could be an id at all; anything else is a 404 without a database query. */
    public static boolean plausible(String id) {
        if (id == null || id.isEmpty() || id.length() > 24) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }
}
