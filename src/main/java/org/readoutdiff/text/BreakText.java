package org.readoutdiff.text;

import java.util.Arrays;
import java.util.List;

/**
 * The text ICU's word breaker reads: the flattened text, less the line breaks that only wrap
 * a run of Chinese or Japanese characters ("活\n动" in a hard-wrapped or PDF-extracted text).
 * Those scripts put no space between words, so such a line break is not a word boundary; left
 * in, it would cut a dictionary word in two. Removing characters shifts offsets, so this keeps
 * a map back to the original text. A text without such breaks is used as it is, with no map.
 */
final class BreakText {

    private final char[] chars;
    private final int[] original;

    private BreakText(char[] chars, int[] original) {
        this.chars = chars;
        this.original = original;
    }

    /** The flattened text less {@code wraps}, as found by {@link FlatText}. */
    static BreakText of(char[] flat, List<Span> wraps) {
        if (wraps.isEmpty()) {
            return new BreakText(flat, null);
        }
        char[] chars = new char[flat.length];
        int[] original = new int[flat.length + 1];
        int length = 0;
        int copied = 0;
        for (Span wrap : wraps) {
            length = copy(flat, copied, wrap.start(), chars, original, length);
            copied = wrap.end();
        }
        length = copy(flat, copied, flat.length, chars, original, length);
        original[length] = flat.length;
        return new BreakText(Arrays.copyOf(chars, length), original);
    }

    private static int copy(char[] flat, int from, int to, char[] chars, int[] original, int length) {
        for (int k = from; k < to; k++) {
            original[length] = k;
            chars[length++] = flat[k];
        }
        return length;
    }

    /** The characters the word breaker reads; the flattened text itself when nothing was removed. */
    char[] chars() {
        return chars;
    }

    /** The offset in the original text of {@code index} in {@link #chars()}. */
    int original(int index) {
        return original == null ? index : original[index];
    }

    /** The original end offset of a segment that ends before {@code index}. */
    int originalEnd(int index) {
        return original == null ? index : original[index - 1] + 1;
    }
}
