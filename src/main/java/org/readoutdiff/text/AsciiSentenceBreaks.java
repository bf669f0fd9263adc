package org.readoutdiff.text;

import com.ibm.icu.text.BreakIterator;

/**
 * Where ICU's sentence break iterator breaks a paragraph of plain ASCII and curly quotes
 * (flattened: its only white space is the plain space), by the rules of Unicode's sentence
 * boundaries (UAX #29, SB6 to SB11) restricted to those characters. Hand-written for speed, like {@link WordSegments}:
 * ICU's rule engine was a sixth of segmentation's time on a long English text. A property
 * test holds it to ICU. The readout-specific corrections ({@link SentenceRules}) apply after
 * it as after ICU.
 */
final class AsciiSentenceBreaks {

    private AsciiSentenceBreaks() {
    }

    /** Whether {@code [from, to)} is plain ASCII and curly quotes, for which {@link #following} answers. */
    static boolean applies(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text[i];
            if ((c < ' ' || c > '~') && !AsciiChars.isCurlyQuote(c)) { // the ASCII test inline: it runs for every character
                return false;
            }
        }
        return true;
    }

    /**
     * The first sentence boundary after {@code after} in the plain ASCII paragraph
     * {@code [from, to)}: the paragraph's end at the latest, and {@link BreakIterator#DONE} after
     * it, as ICU's {@code following} answers. One pass: a sentence can only end where a run of a
     * terminator, closing marks and spaces ends (SB9, SB10), so only those places are weighed.
     */
    static int following(char[] text, int from, int to, int after) {
        if (after >= to) {
            return BreakIterator.DONE;
        }
        for (int term = after; term < to; term++) {
            if (!isTerm(text[term])) {
                continue;
            }
            int end = term + 1;
            while (end < to && isClose(text[end])) {
                end++;
            }
            while (end < to && text[end] == ' ') {
                end++;
            }
            if (end >= to) {
                return to;
            }
            if (!continuesAfter(text, from, to, term, end)) {
                return end; // SB11
            }
            term = end - 1; // the next character may be a terminator of its own
        }
        return to;
    }

    /** Whether the sentence goes on after the run of {@code text[term]} that ends at {@code end}. */
    private static boolean continuesAfter(char[] text, int from, int to, int term, int end) {
        char next = text[end];
        if (isContinue(next) || isTerm(next)) {
            return true; // SB8a: "etc.," and "?!"
        }
        if (text[term] != '.') {
            return false;
        }
        if (end == term + 1 && AsciiChars.isDigit(next)) {
            return true; // SB6: "3.5"
        }
        if (end == term + 1 && AsciiChars.isUpper(next) && term > from && AsciiChars.isLetter(text[term - 1])) {
            return true; // SB7: "U.S"
        }
        return lowerFollows(text, end, to); // SB8: "etc. and"
    }

    /** SB8: before the next letter or terminator, a lower-case letter comes first. */
    private static boolean lowerFollows(char[] text, int at, int to) {
        for (int i = at; i < to; i++) {
            char c = text[i];
            if (AsciiChars.isLetter(c) || isTerm(c)) {
                return AsciiChars.isLower(c);
            }
        }
        return false;
    }

    private static boolean isTerm(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private static boolean isClose(char c) {
        return c == '"' || c == '\'' || c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}'
                || AsciiChars.isCurlyQuote(c);
    }

    private static boolean isContinue(char c) {
        return c == ',' || c == '-' || c == ':' || c == ';';
    }
}
