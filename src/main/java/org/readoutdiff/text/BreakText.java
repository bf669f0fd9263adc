package org.readoutdiff.text;

import java.util.List;

/**
 * The text ICU's word breaker reads: the flattened text, less the line breaks that only wrap
 * a run of Chinese or Japanese characters ("活\n动" in a hard-wrapped or PDF-extracted text).
 * Those scripts put no space between words, so such a line break is not a word boundary; left
 * in, it would cut a dictionary word in two. Removing characters shifts offsets, so this keeps
 * a map back to the original text. A text without such breaks is used as it is, with no map.
 */
final class BreakText {

    private final String chars;
    private final int[] original;

    private BreakText(String chars, int[] original) {
        this.chars = chars;
        this.original = original;
    }

    static BreakText of(String text, String flat, List<Span> paragraphs) {
        StringBuilder chars = null;
        int[] original = null;
        int copied = 0;
        for (Span paragraph : paragraphs) {
            int i = paragraph.start();
            while (i < paragraph.end()) {
                if (flat.charAt(i) != ' ') {
                    i++;
                    continue;
                }
                int end = i;
                while (end < paragraph.end() && flat.charAt(end) == ' ') {
                    end++;
                }
                if (joinsWord(text, i, end)) {
                    if (chars == null) {
                        chars = new StringBuilder(flat.length());
                        original = new int[flat.length() + 1];
                    }
                    for (int k = copied; k < i; k++) {
                        original[chars.length()] = k;
                        chars.append(flat.charAt(k));
                    }
                    copied = end;
                }
                i = end;
            }
        }
        if (chars == null) {
            return new BreakText(flat, null);
        }
        for (int k = copied; k < flat.length(); k++) {
            original[chars.length()] = k;
            chars.append(flat.charAt(k));
        }
        original[chars.length()] = flat.length();
        return new BreakText(chars.toString(), original);
    }

    /** White space {@code [start, end)} holding one line break between two ideographic letters. */
    private static boolean joinsWord(String text, int start, int end) {
        if (start == 0 || end >= text.length()) {
            return false;
        }
        int breaks = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u2028' || c == '\u0085' || (c == '\r' && (i + 1 == end || text.charAt(i + 1) != '\n'))) {
                breaks++;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return false; // a no-break or ideographic space is meant as space
            }
        }
        return breaks == 1 && isIdeographic(text.codePointBefore(start)) && isIdeographic(text.codePointAt(end));
    }

    private static boolean isIdeographic(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    String chars() {
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
