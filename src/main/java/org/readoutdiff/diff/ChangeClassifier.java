package org.readoutdiff.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.readoutdiff.text.Token;

/**
 * Says what kind a change is from the tokens on each side: different words are substantive;
 * the same words with different punctuation are punctuation; the same words and punctuation
 * differing only in case are format. (Quotes, dashes, widths and spacing never reach here:
 * their comparison keys are equal, so they show up only as format changes of equal tokens.)
 */
final class ChangeClassifier {

    private ChangeClassifier() {
    }

    static ChangeKind classify(List<Token> left, List<Token> right) {
        if (!keys(left, true).equals(keys(right, true))) {
            return ChangeKind.SUBSTANTIVE;
        }
        // all tokens in order: "students," and ", students" have the same words and the same
        // punctuation, but the comma moved, which is a punctuation change, not format
        if (!keys(left, null).equals(keys(right, null))) {
            return ChangeKind.PUNCTUATION;
        }
        return ChangeKind.FORMAT;
    }

    /** Case-folded keys of the word-like tokens, or of the others, or of all if {@code words} is null. */
    private static List<String> keys(List<Token> tokens, Boolean words) {
        List<String> keys = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            if (words == null || token.isWordLike() == words) {
                keys.add(token.key().toLowerCase(Locale.ROOT));
            }
        }
        return keys;
    }
}
