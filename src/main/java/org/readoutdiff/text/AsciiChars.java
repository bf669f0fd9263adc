package org.readoutdiff.text;

/**
 * The characters the segmenters' quick paths ({@link WordSegments}, {@link AsciiSentenceBreaks})
 * know: printable ASCII, and the curly quotes that English readouts write for apostrophes and
 * quotations ("China’s", “firmly”), which the rules of both treat as they do
 * {@code '} and {@code "}.
 */
final class AsciiChars {

    private AsciiChars() {
    }

    static boolean isLetter(char c) {
        return isLower(c) || isUpper(c);
    }

    static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** ‘ and ’, which join letters and digits as {@code '} does (UAX #29 MidNumLet). */
    static boolean isCurlyApostrophe(char c) {
        return c == '\u2019' || c == '\u2018';
    }

    /** ‘ ’ “ ”: closing marks for sentences, as {@code '} and {@code "} are. */
    static boolean isCurlyQuote(char c) {
        return c >= '\u2018' && c <= '\u201D' && c != '\u201A' && c != '\u201B';
    }
}
