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
        if (!keys(left, false).equals(keys(right, false))) {
            return ChangeKind.PUNCTUATION;
        }
        return ChangeKind.FORMAT;
    }

    private static List<String> keys(List<Token> tokens, boolean words) {
        List<String> keys = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            if (token.isWordLike() == words) {
                keys.add(token.key().toLowerCase(Locale.ROOT));
            }
        }
        return keys;
    }
}
