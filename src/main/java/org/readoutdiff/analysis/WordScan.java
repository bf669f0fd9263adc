package org.readoutdiff.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The words and the number words of a text, by a scan over its code points. Hand-written: the
 * regular expressions that say the same ({@code [\p{L}\p{N}]+}, and {@code \b(\d+|one|…|fifth)\b}
 * or one of 一…十) took 1.5 s over a 5 MB statement, most of a large counterparts comparison's
 * formulation step; this scan finds exactly their matches (a jqwik property checks it against them).
 */
final class WordScan {

    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "first", "second", "third", "fourth", "fifth");
    private static final int SHORTEST_NUMBER_WORD = 3;
    private static final int LONGEST_NUMBER_WORD = 6;
    /** 一 (U+4E00) is the first of them and 四 (U+56DB) the last. */
    private static final String CJK_NUMERALS = "一二三四五六七八九十";
    /** U+0300: no character before it is a combining mark. */
    private static final int FIRST_MARK = 0x300;

    private WordScan() {
    }

    /** Every maximal run of letters and numbers ({@code [\p{L}\p{N}]+}), in order. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        words(text, words::add);
        return words;
    }

    /** Every maximal run of letters and numbers ({@code [\p{L}\p{N}]+}), in order, to {@code each}. */
    static void words(String text, Consumer<String> each) {
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isLetterOrNumber(c)) {
                start = start < 0 ? i : start;
            } else if (start >= 0) {
                each.accept(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            each.accept(text.substring(start));
        }
    }

    /**
     * Every number a lower-cased text names, in order: a whole word (between regex word
     * boundaries: letters, digits and '_' make words) of ASCII digits or one of the number words
     * one to ten and first to fifth, and each Chinese numeral 一 to 十 wherever it stands.
     */
    static void numbers(String lower, Consumer<String> each) {
        int start = -1;
        boolean afterLetterOrDigit = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            boolean mark = c >= FIRST_MARK && Character.getType(c) == Character.NON_SPACING_MARK;
            // as java.util.regex's \b: a combining mark belongs to the word of the letter or digit it
            // follows (and, as it, not of one outside the Basic Multilingual Plane: it looks back char by char)
            boolean word = mark ? afterLetterOrDigit : isRegexWordCharacter(c);
            afterLetterOrDigit = mark ? afterLetterOrDigit : c < Character.MIN_SUPPLEMENTARY_CODE_POINT
                    && Character.isLetterOrDigit(c);
            if (word) {
                start = start < 0 ? i : start;
            } else if (start >= 0) {
                numberWord(lower, start, i, each);
                start = -1;
            }
            if (c >= '一' && c <= '四' && CJK_NUMERALS.indexOf(c) >= 0) {
                each.accept(String.valueOf((char) c));
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            numberWord(lower, start, lower.length(), each);
        }
    }

    private static void numberWord(String text, int start, int end, Consumer<String> each) {
        boolean digits = true;
        for (int k = start; k < end && digits; k++) {
            char c = text.charAt(k);
            digits = c >= '0' && c <= '9';
        }
        // most words are neither: no string is made for them
        if (digits || end - start >= SHORTEST_NUMBER_WORD && end - start <= LONGEST_NUMBER_WORD
                && NUMBER_WORDS.contains(text.substring(start, end))) {
            each.accept(text.substring(start, end));
        }
    }

    private static boolean isLetterOrNumber(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** What {@code \b} counts as a word character (java.util.regex, without UNICODE_CHARACTER_CLASS). */
    private static boolean isRegexWordCharacter(int c) {
        return c < 0x80 ? c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                : Character.isLetterOrDigit(c);
    }
}
