package org.readoutdiff.text;

import com.ibm.icu.text.BreakIterator;

/**
 * The word segments ICU's word break iterator gives for a flattened text (white space is a
 * plain space), with their kinds, one after the other. Between two spaces, a plain stretch (ASCII
 * letters, digits and punctuation, and curly quotes: {@link AsciiChars#isCurlyQuote}) is cut
 * here, by the rules of Unicode's word boundaries (UAX #29) that apply to those characters; every other stretch, and any ASCII stretch where a
 * letter meets a digit or an underscore (whose segment kind ICU decides by rules not repeated
 * here), is left to ICU.
 *
 * <p>Hand-written because ICU's rule engine was a third of segmentation's time on a long
 * English text, and readouts are mostly such stretches. A property test holds it to ICU on
 * random mixes of ASCII, accented, combining, Chinese and invisible characters.
 *
 * <p>The rules kept: a break before a space and after a run of spaces (UAX #29 WB3d, WB4);
 * letters join letters, across one of {@code . ' : ‘ ’} between two letters (WB5 to WB7); digits
 * join digits, across one of {@code . ' , ; ‘ ’} between two digits (WB8, WB11, WB12); every other
 * character is a segment of its own (WB999).
 */
final class WordSegments {

    private final char[] chars;
    private final BreakIterator icu;
    private int start;
    private int end;
    private TokenKind kind;
    /** Segments before this offset are cut here (a stretch of plain ASCII). */
    private int quickUntil;
    /** Segments before this offset come from ICU, which has been positioned in them. */
    private int icuUntil;

    WordSegments(char[] chars, BreakIterator words) {
        this.chars = chars;
        this.icu = words;
        icu.setText(new CharArrayIterator(chars, 0, chars.length));
    }

    /** Moves to the next segment; false after the last one. */
    boolean advance() {
        start = end;
        if (start >= chars.length) {
            return false;
        }
        if (start < icuUntil) {
            end = icu.next();
            kind = kind(icu.getRuleStatus());
            return true;
        }
        if (start >= quickUntil) {
            if (chars[start] == ' ') {
                return spacesThenStretch();
            }
            int stretchEnd = nextSpace(start); // only at the start of the text
            if (!plain(start, stretchEnd)) {
                return fromIcu(stretchEnd);
            }
            quickUntil = stretchEnd;
        }
        return cutQuickly() || fromIcu(quickUntil);
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    TokenKind kind() {
        return kind;
    }

    /** The kind of a segment from ICU's rule status for it. */
    static TokenKind kind(int ruleStatus) {
        if (ruleStatus >= BreakIterator.WORD_NUMBER && ruleStatus < BreakIterator.WORD_NUMBER_LIMIT) {
            return TokenKind.NUMBER;
        }
        if (ruleStatus >= BreakIterator.WORD_LETTER && ruleStatus < BreakIterator.WORD_IDEO_LIMIT) {
            return TokenKind.WORD;
        }
        return TokenKind.PUNCTUATION;
    }

    /** A run of spaces; the stretch after it is then cut here or by ICU. */
    private boolean spacesThenStretch() {
        int after = start;
        while (after < chars.length && chars[after] == ' ') {
            after++;
        }
        int stretchEnd = nextSpace(after);
        if (after < chars.length && !plain(after, stretchEnd)) {
            // a combining mark after the spaces joins them: ICU decides from the spaces on
            return fromIcu(stretchEnd);
        }
        end = after;
        kind = TokenKind.PUNCTUATION;
        quickUntil = stretchEnd;
        return true;
    }

    /** The segment at {@code start} from ICU, and every segment before {@code until}. */
    private boolean fromIcu(int until) {
        end = icu.following(start);
        kind = kind(icu.getRuleStatus());
        icuUntil = until;
        quickUntil = 0;
        return true;
    }

    /** The segment at {@code start} inside a plain stretch; false where ICU must decide. */
    private boolean cutQuickly() {
        char c = chars[start];
        int last;
        if (AsciiChars.isLetter(c)) {
            last = run(start, true);
            kind = TokenKind.WORD;
        } else if (AsciiChars.isDigit(c)) {
            last = run(start, false);
            kind = TokenKind.NUMBER;
        } else if (c == '_') {
            return false;
        } else {
            end = start + 1;
            kind = TokenKind.PUNCTUATION;
            return true;
        }
        char after = last < quickUntil ? chars[last] : ' ';
        if (AsciiChars.isLetter(after) || AsciiChars.isDigit(after) || after == '_') {
            return false; // a letter against a digit or an underscore
        }
        end = last;
        return true;
    }

    /** The end of the run of letters (or digits) at {@code from}, with their inner punctuation. */
    private int run(int from, boolean letters) {
        int i = from + 1;
        while (i < quickUntil) {
            if (ofRun(chars[i], letters)) {
                i++;
            } else if (i + 1 < quickUntil && joinsInside(chars[i], letters) && ofRun(chars[i + 1], letters)) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean ofRun(char c, boolean letters) {
        return letters ? AsciiChars.isLetter(c) : AsciiChars.isDigit(c);
    }

    private static boolean joinsInside(char c, boolean letters) {
        return c == '.' || c == '\'' || AsciiChars.isCurlyApostrophe(c) || (letters ? c == ':' : c == ',' || c == ';');
    }

    private int nextSpace(int from) {
        int i = from;
        while (i < chars.length && chars[i] != ' ') {
            i++;
        }
        return i;
    }

    private boolean plain(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if ((c <= ' ' || c >= 0x7F) && !AsciiChars.isCurlyQuote(c)) { // the ASCII test inline: it runs for every character
                return false;
            }
        }
        return true;
    }
}
