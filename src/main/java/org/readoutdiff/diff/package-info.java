/**
 * Phrase-level differences inside one aligned pair of sentences.
 *
 * <p>{@link org.readoutdiff.diff.SequenceDiffer} is the only class in the product that uses
 * java-diff-utils; every call goes through it and carries a deadline. {@link
 * org.readoutdiff.diff.PhraseDiffer} diffs the tokens' comparison keys, then {@link
 * org.readoutdiff.diff.PhraseCleanup} merges edits separated by tiny equalities into phrases (in
 * the spirit of diff-match-patch's semantic cleanup), and {@link
 * org.readoutdiff.diff.ChangeClassifier} says what kind each change is: substantive,
 * punctuation or format. Changes point into the original texts with {@link
 * org.readoutdiff.text.Span}s; nothing here produces markup.
 */
package org.readoutdiff.diff;
