package org.readoutdiff.text;

/** The ASCII letters and digits, for the segmenters' quick paths ({@link WordSegments}, {@link AsciiSentenceBreaks}). */
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
}
