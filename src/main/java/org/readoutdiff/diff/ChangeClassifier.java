package org.readoutdiff.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.readoutdiff.text.Token;

/**
 * Says what kind a change is, the one place where that is decided: different words are
 * substantive; the same words with different punctuation are punctuation (in Chinese, the same
 * characters however the segmenter cut them into words); the same words and
 * punctuation differing only in case are format. Between two sentences that are both page
 * furniture (share buttons, credits, editor lines), a change of words or punctuation is
 * boilerplate. (Quotes, dashes, widths and spacing never reach here: their comparison keys are
 * equal, so they show up only as format changes of equal tokens.)
 */
final class ChangeClassifier {

    private ChangeClassifier() {
    }

    static ChangeKind classify(List<Token> left, List<Token> right, boolean pageFurniture) {
        boolean sameWords = sameWords(wordKeys(left), wordKeys(right));
        // all tokens in order: "students," and ", students" have the same words and the same
        // punctuation, but the comma moved, which is a punctuation change, not format
        if (sameWords && allKeys(left).equals(allKeys(right))) {
            return ChangeKind.FORMAT;
        }
        if (pageFurniture) {
            return ChangeKind.BOILERPLATE;
        }
        return sameWords ? ChangeKind.PUNCTUATION : ChangeKind.SUBSTANTIVE;
    }

    /**
     * The same words, or, in scripts written without spaces (Chinese, Japanese, Thai...), the same
     * characters cut into other words: the dictionary segmentation of "不，是" gives 不 and 是, of
     * "不是" the one word 不是, so deleting that comma is still a punctuation change.
     */
    private static boolean sameWords(List<String> left, List<String> right) {
        if (left.equals(right)) {
            return true;
        }
        String joined = String.join("", left);
        return joined.equals(String.join("", right)) && joined.codePoints().allMatch(ChangeClassifier::writtenWithoutSpaces);
    }

    private static boolean writtenWithoutSpaces(int c) {
        return switch (Character.UnicodeScript.of(c)) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR -> true;
            default -> false;
        };
    }

    private static List<String> wordKeys(List<Token> tokens) {
        return keys(tokens, Token::isWordLike);
    }

    private static List<String> allKeys(List<Token> tokens) {
        return keys(tokens, token -> true);
    }

    /** Case-folded keys of the tokens that pass. */
    private static List<String> keys(List<Token> tokens, Predicate<Token> kept) {
        List<String> keys = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            if (kept.test(token)) {
                keys.add(token.key().toLowerCase(Locale.ROOT));
            }
        }
        return keys;
    }
}
