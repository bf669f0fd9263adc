package org.readoutdiff.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A statement's characters flattened for the break iterators, in place, and its layout, found
 * in the same pass: its paragraphs and the line breaks inside them that only wrap a Chinese or
 * Japanese word.
 *
 * <ul>
 *   <li>White space of every kind (NBSP, ideographic space, line breaks) becomes a plain space.
 *       A zero-width space becomes a word joiner: ICU breaks words at the former but not the
 *       latter, and an invisible character must not cut "zero\u200Bwidth" into two tokens that
 *       then differ from "zerowidth" (the key drops it either way).</li>
 *   <li>Paragraphs are separated by blank lines; a text without any blank line between text
 *       has one paragraph per line. Paragraphs are trimmed of white space.</li>
 *   <li>A wrap is a run of white space inside a paragraph that holds one line break and
 *       otherwise only spaces and tabs, between two ideographic letters ("活\n动" in a
 *       hard-wrapped or PDF-extracted text): those scripts put no space between words, so
 *       {@link BreakText} takes such a break out before the word breaker reads the text.</li>
 * </ul>
 *
 * <p>One pass, where there were three (lines, wraps, flattening), each over all ten million
 * characters of a long text: the command line's quick JIT makes each such loop cost about 2 ns
 * a character. A property test holds it to the three passes it replaced.
 *
 * @param paragraphs the paragraphs, in order
 * @param wraps      the wrapping runs of white space, in order
 */
record FlatText(List<Span> paragraphs, List<Span> wraps) {

    /** Flattens {@code chars} in place and returns its paragraphs and wraps. */
    static FlatText flatten(char[] chars) {
        List<Span> lines = new ArrayList<>();
        List<Span> wraps = new ArrayList<>();
        int lineStart = 0;
        int crAt = -2; // where the last \r was: the \n of a \r\n ends no line of its own
        int runStart = -1; // where the white space being read started, if any
        int breaks = 0;
        boolean joinable = true;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (runStart < 0 && c > ' ' && c < 0x7F) {
                // printable ASCII after other text, most characters: skipped in a loop of its own
                do {
                    i++;
                } while (i < chars.length && (c = chars[i]) > ' ' && c < 0x7F);
                if (i == chars.length) {
                    break;
                }
            }
            if (c == ' ') { // a plain space: most white space, and it is neither a break nor to be replaced
                if (runStart < 0) {
                    runStart = i;
                }
                continue;
            }
            if (Segmenter.isSpace(c)) {
                if (runStart < 0) {
                    runStart = i;
                }
                if (c == '\n' || c == '\u2028' || c == '\u0085' || c == '\r' && (i + 1 == chars.length || chars[i + 1] != '\n')) {
                    breaks++;
                } else if (c != '\t' && c != '\r') {
                    joinable = false; // a no-break or ideographic space is meant as space
                }
                if (isLineBreak(c)) {
                    if (c != '\n' || crAt != i - 1) {
                        lines.add(new Span(lineStart, i));
                    }
                    lineStart = i + 1;
                    crAt = c == '\r' ? i : crAt;
                }
                chars[i] = ' ';
                continue;
            }
            if (runStart >= 0) {
                if (breaks == 1 && joinable) { // else no wrap: most runs, spared the call
                    addIfWrap(chars, runStart, i, wraps);
                }
                runStart = -1;
                breaks = 0;
                joinable = true;
            }
            if (c == '\u200B') {
                chars[i] = '\u2060';
            }
        }
        lines.add(new Span(lineStart, chars.length));
        boolean blankSeparated = hasBlankLineBetweenText(chars, lines);
        // without blank lines each line is a paragraph, and no line break lies inside one
        return new FlatText(paragraphs(chars, lines, blankSeparated), blankSeparated ? wraps : List.of());
    }

    /** Every kind of line break; form feed and U+2029 end a line but never wrap a word. */
    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\f';
    }

    /**
     * Adds the run of white space {@code [start, end)}, which holds one line break and otherwise
     * only spaces and tabs, if it wraps a word. Such a run has a letter on each side, on two
     * lines next to each other, so it lies inside a paragraph whenever paragraphs are separated
     * by blank lines.
     */
    private static void addIfWrap(char[] chars, int start, int end, List<Span> wraps) {
        if (start > 0 && isIdeographic(Character.codePointBefore(chars, start))
                && isIdeographic(Character.codePointAt(chars, end))) {
            wraps.add(new Span(start, end));
        }
    }

    private static boolean isIdeographic(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private static List<Span> paragraphs(char[] text, List<Span> lines, boolean blankSeparated) {
        List<Span> paragraphs = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (Span line : lines) {
            Span trimmed = Segmenter.trim(text, line.start(), line.end());
            if (trimmed.isEmpty()) {
                if (start >= 0) {
                    paragraphs.add(new Span(start, end));
                    start = -1;
                }
                continue;
            }
            if (start >= 0 && !blankSeparated) {
                paragraphs.add(new Span(start, end));
                start = -1;
            }
            if (start < 0) {
                start = trimmed.start();
            }
            end = trimmed.end();
        }
        if (start >= 0) {
            paragraphs.add(new Span(start, end));
        }
        return paragraphs;
    }

    private static boolean hasBlankLineBetweenText(char[] text, List<Span> lines) {
        boolean seenText = false;
        boolean pendingBlank = false;
        for (Span line : lines) {
            if (Segmenter.trim(text, line.start(), line.end()).isEmpty()) {
                pendingBlank = seenText;
            } else {
                if (pendingBlank) {
                    return true;
                }
                seenText = true;
            }
        }
        return false;
    }
}
