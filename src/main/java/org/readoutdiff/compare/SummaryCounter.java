package org.readoutdiff.compare;

import java.util.List;
import java.util.function.IntPredicate;
import org.readoutdiff.diff.Change;
import org.readoutdiff.diff.ChangeKind;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Span;
import org.readoutdiff.text.TokenList;

/** Counts the headline figures of a comparison and gives its verdict. */
final class SummaryCounter {

    private SummaryCounter() {
    }

    static Summary count(SegmentedStatement left, SegmentedStatement right, List<ComparedPair> pairs,
                         List<OneSided> leftOnly, List<OneSided> rightOnly, int moves) {
        int[] kinds = new int[ChangeKind.values().length];
        long changedTokens = 0;
        for (ComparedPair pair : pairs) {
            for (Change change : pair.changes()) {
                kinds[change.kind().ordinal()]++;
                if (change.kind() == ChangeKind.SUBSTANTIVE || change.kind() == ChangeKind.PUNCTUATION) {
                    changedTokens += tokensWithin(left, pair.pair().left(), change.left())
                            + tokensWithin(right, pair.pair().right(), change.right());
                }
            }
        }
        int contentOneSided = 0;
        for (List<OneSided> side : List.of(leftOnly, rightOnly)) {
            SegmentedStatement statement = side == leftOnly ? left : right;
            for (OneSided sentence : side) {
                changedTokens += statement.sentence(sentence.sentence()).tokens().size();
                if (sentence.boilerplate()) {
                    kinds[ChangeKind.BOILERPLATE.ordinal()]++;
                } else {
                    contentOneSided++;
                }
            }
        }
        long totalTokens = left.tokenCount() + (long) right.tokenCount();
        double similarity = totalTokens == 0 ? 1.0 : Math.max(0, 1.0 - (double) changedTokens / totalTokens);
        Verdict verdict;
        if (kinds[ChangeKind.SUBSTANTIVE.ordinal()] > 0 || moves > 0 || contentOneSided > 0) {
            verdict = Verdict.SUBSTANTIVE;
        } else if (kinds[ChangeKind.PUNCTUATION.ordinal()] > 0 || kinds[ChangeKind.BOILERPLATE.ordinal()] > 0) {
            verdict = Verdict.MINOR;
        } else if (kinds[ChangeKind.FORMAT.ordinal()] > 0) {
            verdict = Verdict.FORMAT_ONLY;
        } else {
            verdict = Verdict.IDENTICAL;
        }
        return new Summary(kinds[ChangeKind.SUBSTANTIVE.ordinal()], kinds[ChangeKind.PUNCTUATION.ordinal()],
                kinds[ChangeKind.FORMAT.ordinal()], kinds[ChangeKind.BOILERPLATE.ordinal()], moves,
                leftOnly.size(), rightOnly.size(), Math.round(similarity * 10_000) / 10_000.0, verdict);
    }

    private static int tokensWithin(SegmentedStatement statement, List<Integer> sentences, Span span) {
        if (span.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (int index : sentences) {
            // a sentence's tokens are in text order and do not overlap, so their starts and their
            // ends both rise: those within the span are one run, found by two binary searches
            TokenList tokens = statement.sentence(index).tokens();
            int first = firstIndex(tokens.size(), i -> tokens.start(i) >= span.start());
            int after = firstIndex(tokens.size(), i -> tokens.end(i) > span.end());
            count += Math.max(0, after - first);
        }
        return count;
    }

    /** The first index below {@code size} that passes {@code test}, which fails then passes; size if none. */
    private static int firstIndex(int size, IntPredicate test) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (test.test(middle)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
