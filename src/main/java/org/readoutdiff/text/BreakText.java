package org.readoutdiff.text;

import java.util.ArrayList;
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

    /**
     * The runs of white space inside {@code paragraphs} of the original text that hold one line
     * break between two ideographic letters, in order. Read before the text is flattened: the
     * line breaks are what tells a wrapped word from a space.
     */
    static List<Span> wrapsInsideWords(char[] text, List<Span> paragraphs) {
        List<Span> wraps = new ArrayList<>();
        for (Span paragraph : paragraphs) {
            int i = paragraph.start();
            while (i < paragraph.end()) {
                if (!Segmenter.isSpace(text[i])) {
                    i++;
                    continue;
                }
                int end = i;
                while (end < paragraph.end() && Segmenter.isSpace(text[end])) {
                    end++;
                }
                if (joinsWord(text, i, end)) {
                    wraps.add(new Span(i, end));
                }
                i = end;
            }
        }
        return wraps;
    }

    /** The flattened text less {@code wraps}, as found by {@link #wrapsInsideWords}. */
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

    /** White space {@code [start, end)} holding one line break between two ideographic letters. */
    private static boolean joinsWord(char[] text, int start, int end) {
        if (start == 0 || end >= text.length) {
            return false;
        }
        int breaks = 0;
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (c == '\n' || c == '\u2028' || c == '\u0085' || (c == '\r' && (i + 1 == end || text[i + 1] != '\n'))) {
                breaks++;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return false; // a no-break or ideographic space is meant as space
            }
        }
        return breaks == 1 && isIdeographic(Character.codePointBefore(text, start))
                && isIdeographic(Character.codePointAt(text, end));
    }

    private static boolean isIdeographic(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
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
