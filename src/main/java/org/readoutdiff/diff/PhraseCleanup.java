package org.readoutdiff.diff;

import java.util.ArrayList;
import java.util.List;
import org.readoutdiff.text.Stopwords;
import org.readoutdiff.text.Token;

/**
 * Turns a minimal word edit script into phrases a reader recognises. Like diff-match-patch's
 * semantic cleanup, an equality between two edits is folded into one change when it is tiny
 * (at most one content word, or two function words, or only punctuation) and no larger than
 * either edit: "[-resolutely-] opposes [-all-]" stays two edits, while "[-A-]{+X+} of
 * [-B-]{+Y+}" becomes one change "A of B" to "X of Y". Edits made only of punctuation are never
 * merged, so a changed comma stays a punctuation change.
 *
 * <p>Hand-written: java-diff-utils has no semantic cleanup, and diff-match-patch's works on
 * characters, not on our tokens.
 */
final class PhraseCleanup {

    private static final double TINY = 1.0;

    private PhraseCleanup() {
    }

    static List<Hunk> mergeAcrossTinyEqualities(List<Hunk> hunks, List<Token> left, List<Token> right) {
        List<Hunk> current = hunks;
        boolean changed = true;
        while (changed && current.size() > 1) {
            changed = false;
            List<Hunk> next = new ArrayList<>(current.size());
            Hunk pending = current.get(0);
            for (int i = 1; i < current.size(); i++) {
                Hunk hunk = current.get(i);
                double equality = weight(left, pending.leftEnd(), hunk.leftStart());
                if (equality <= TINY && equality <= editSize(pending, left, right)
                        && equality <= editSize(hunk, left, right)
                        && editSize(pending, left, right) >= 1 && editSize(hunk, left, right) >= 1) {
                    pending = pending.mergedWith(hunk);
                    changed = true;
                } else {
                    next.add(pending);
                    pending = hunk;
                }
            }
            next.add(pending);
            current = next;
        }
        return current;
    }

    /** The larger side of an edit, in content words. */
    private static double editSize(Hunk hunk, List<Token> left, List<Token> right) {
        return Math.max(weight(left, hunk.leftStart(), hunk.leftEnd()), weight(right, hunk.rightStart(), hunk.rightEnd()));
    }

    /** Content words count 1, function words 0.5, punctuation nothing. */
    static double weight(List<Token> tokens, int from, int to) {
        double weight = 0;
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (token.isWordLike()) {
                weight += Stopwords.contains(token.key()) ? 0.5 : 1.0;
            }
        }
        return weight;
    }
}
