package org.readoutdiff.text;

import com.ibm.icu.text.BreakIterator;

/**
 * Where ICU's sentence break iterator breaks a paragraph of plain ASCII (flattened: its only
 * white space is the plain space), by the rules of Unicode's sentence boundaries (UAX #29, SB6
 * to SB11) restricted to those characters. Hand-written for speed, like {@link WordSegments}:
 * ICU's rule engine was a sixth of segmentation's time on a long English text. A property
 * test holds it to ICU. The readout-specific corrections ({@link SentenceRules}) apply after
 * it as after ICU.
 */
final class AsciiSentenceBreaks {

    private AsciiSentenceBreaks() {
    }

    /** Whether {@code [from, to)} is plain ASCII, for which {@link #breaksBefore} answers. */
    static boolean applies(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text[i] < ' ' || text[i] > '~') {
                return false;
            }
        }
        return true;
    }

    /**
     * The first sentence boundary after {@code after} in the plain ASCII paragraph
     * {@code [from, to)}: the paragraph's end at the latest, and {@link BreakIterator#DONE} after
     * it, as ICU's {@code following} answers.
     */
    static int following(char[] text, int from, int to, int after) {
        if (after >= to) {
            return BreakIterator.DONE;
        }
        for (int at = after + 1; at < to; at++) {
            if (breaksBefore(text, from, to, at)) {
                return at;
            }
        }
        return to;
    }

    /**
     * Whether a sentence ends before {@code at}, inside the plain ASCII paragraph
     * {@code [from, to)} ({@code from < at < to}).
     */
    static boolean breaksBefore(char[] text, int from, int to, int at) {
        char previous = text[at - 1];
        if (previous != ' ' && !isClose(previous) && !isTerm(previous)) {
            return false; // no rule breaks after any other character
        }
        int term = termBefore(text, from, at);
        if (term < 0) {
            return false; // SB998: no sentence terminator, closers and spaces before this place
        }
        char next = text[at];
        boolean spaces = previous == ' ';
        if (text[term] == '.') {
            if (term == at - 1 && isDigit(next)) {
                return false; // SB6: "3.5"
            }
            if (term == at - 1 && isUpper(next) && term > from && isLetter(text[term - 1])) {
                return false; // SB7: "U.S"
            }
            if (lowerFollows(text, at, to)) {
                return false; // SB8: "etc. and"
            }
        }
        if (isContinue(next) || isTerm(next)) {
            return false; // SB8a
        }
        if (!spaces && (isClose(next) || next == ' ')) {
            return false; // SB9
        }
        return next != ' '; // SB10 keeps spaces with the sentence; SB11 breaks after them
    }

    /**
     * The terminator of a run "terminator, closing marks, spaces" that ends just before
     * {@code at}, or -1.
     */
    private static int termBefore(char[] text, int from, int at) {
        int i = at - 1;
        while (i >= from && text[i] == ' ') {
            i--;
        }
        while (i >= from && isClose(text[i])) {
            i--;
        }
        return i >= from && isTerm(text[i]) ? i : -1;
    }

    /** SB8: before the next letter or terminator, a lower-case letter comes first. */
    private static boolean lowerFollows(char[] text, int at, int to) {
        for (int i = at; i < to; i++) {
            char c = text[i];
            if (isLetter(c) || isTerm(c)) {
                return c >= 'a' && c <= 'z';
            }
        }
        return false;
    }

    private static boolean isTerm(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private static boolean isClose(char c) {
        return c == '"' || c == '\'' || c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}';
    }

    private static boolean isContinue(char c) {
        return c == ',' || c == '-' || c == ':' || c == ';';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || isUpper(c);
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
