package org.readoutdiff.compare;

/**
 * The headline counts. {@code leftOnly} and {@code rightOnly} count every one-sided sentence;
 * boilerplate ones count among {@code boilerplateChanges} too.
 *
 * @param similarity share of the words (both sides) not inside a substantive or punctuation
 *                   change or a one-sided sentence, from 0 to 1
 */
public record Summary(int substantiveChanges, int punctuationChanges, int formatChanges, int boilerplateChanges,
                      int moves, int leftOnly, int rightOnly, double similarity, Verdict verdict) {
}
