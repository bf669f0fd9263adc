package org.readoutdiff.text;

/**
 * Remembers the comparison key of every distinct token text seen in one statement, looked up
 * by the characters in place, so that the millions of tokens of a long text share a few
 * thousand key strings and cost no substring each. Hand-written: a {@code HashMap} would need
 * a new String per lookup, which is most of the tokenizer's time on a 10 MB text.
 */
final class KeyTable {

    private final KeyNormalizer normalizer;
    private String[] raws = new String[1 << 12];
    private String[] keys = new String[1 << 12];
    private int size;

    KeyTable(KeyNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    String key(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int mask = raws.length - 1;
        int slot = mix(hash) & mask;
        int length = end - start;
        while (raws[slot] != null) {
            String raw = raws[slot];
            if (raw.length() == length && raw.regionMatches(0, text, start, length)) {
                return keys[slot];
            }
            slot = (slot + 1) & mask;
        }
        String raw = text.substring(start, end);
        String key = normalizer.key(raw);
        raws[slot] = raw;
        keys[slot] = key;
        if (++size * 2 > raws.length) {
            grow();
        }
        return key;
    }

    private void grow() {
        String[] oldRaws = raws;
        String[] oldKeys = keys;
        raws = new String[oldRaws.length * 2];
        keys = new String[oldKeys.length * 2];
        int mask = raws.length - 1;
        for (int i = 0; i < oldRaws.length; i++) {
            if (oldRaws[i] != null) {
                int slot = mix(oldRaws[i].hashCode()) & mask;
                while (raws[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                raws[slot] = oldRaws[i];
                keys[slot] = oldKeys[i];
            }
        }
    }

    private static int mix(int hash) {
        return hash ^ (hash >>> 16) * 0x45d9f3b;
    }
}
