package org.readoutdiff.text;

import java.util.Arrays;

/**
 * Remembers the comparison key of every distinct token text seen in one statement, looked up
 * by the characters in place, so that the millions of tokens of a long text share a few
 * thousand key strings and cost no substring each. Hand-written: a {@code HashMap} would need
 * a new String per lookup, which is most of the tokenizer's time on a 10 MB text.
 *
 * <p>Tokens are looked up in the character array the word breaker read, and token texts are kept
 * as arrays: hashing and comparing arrays needs no bounds check per character, where the same
 * work on a {@code String} checks every index, and {@code regionMatches} takes its slow path (a
 * checked accessor call per character) whenever the token and the text differ in internal
 * encoding (Latin-1 or UTF-16): in a long text with a single non-Latin-1 character, every time.
 */
final class KeyTable {

    private final KeyNormalizer normalizer;
    private char[][] raws = new char[1 << 12][];
    private String[] keys = new String[1 << 12];
    private int size;

    KeyTable(KeyNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** The key of {@code chars[start, end)}, looked up in place. */
    String key(char[] chars, int start, int end) {
        int length = end - start;
        int mask = raws.length - 1;
        int slot = mix(hash(chars, start, end)) & mask;
        while (raws[slot] != null) {
            if (sameText(raws[slot], chars, start, length)) {
                return keys[slot];
            }
            slot = (slot + 1) & mask;
        }
        char[] raw = Arrays.copyOfRange(chars, start, end);
        String key = normalizer.key(new String(raw));
        raws[slot] = raw;
        keys[slot] = key;
        if (++size * 2 > raws.length) {
            grow();
        }
        return key;
    }

    private void grow() {
        char[][] oldRaws = raws;
        String[] oldKeys = keys;
        raws = new char[oldRaws.length * 2][];
        keys = new String[oldKeys.length * 2];
        int mask = raws.length - 1;
        for (int i = 0; i < oldRaws.length; i++) {
            if (oldRaws[i] != null) {
                int slot = mix(hash(oldRaws[i], 0, oldRaws[i].length)) & mask;
                while (raws[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                raws[slot] = oldRaws[i];
                keys[slot] = oldKeys[i];
            }
        }
    }

    /**
     * Whether {@code raw} holds the {@code length} characters of {@code chars} from {@code start}.
     * A plain loop: tokens are a few characters long, too short for Arrays.equals' vectorised
     * compare to pay for its range checks and call, which profiles of long texts showed.
     */
    private static boolean sameText(char[] raw, char[] chars, int start, int length) {
        if (raw.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (raw[i] != chars[start + i]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char[] chars, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + chars[i];
        }
        return hash;
    }

    private static int mix(int hash) {
        return hash ^ (hash >>> 16) * 0x45d9f3b;
    }
}
