package org.readoutdiff.compare;

import java.util.ArrayList;
import java.util.List;
import org.readoutdiff.align.Alignment;
import org.readoutdiff.analysis.Boilerplate;
import org.readoutdiff.diff.PhraseDiff;
import org.readoutdiff.diff.PhraseDiffer;
import org.readoutdiff.text.Deadline;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Token;

/**
 * Every aligned pair with its phrase-level changes, in either mode.
 *
 * @param coarse whether some pair was too long or too slow to diff word by word
 */
record DiffedPairs(List<ComparedPair> pairs, boolean coarse) {

    /**
     * @param counterparts whether the two are different sides' readouts, which spell some words
     *                     differently ("communiqués", "communiques"), rather than versions of one text
     */
    static DiffedPairs of(SegmentedStatement left, SegmentedStatement right, Alignment alignment, boolean counterparts,
                          ComparisonOptions options, Deadline deadline) {
        PhraseDiffer differ = new PhraseDiffer(options.maxPairTokens(), counterparts);
        // pairs are independent: diffed (and their boilerplate regexes run) on both cores for
        // large texts, in order either way
        List<PhraseDiff> diffs = (ComparisonEngine.large(left, right) ? alignment.pairs().parallelStream()
                : alignment.pairs().stream())
                .map(pair -> differ.diff(left.text(), tokens(left, pair.left()), right.text(), tokens(right, pair.right()),
                        deadline, () -> isBoilerplate(left, pair.left()) && isBoilerplate(right, pair.right())))
                .toList();
        List<ComparedPair> pairs = new ArrayList<>(alignment.pairs().size());
        boolean coarse = false;
        for (int i = 0; i < diffs.size(); i++) {
            coarse |= diffs.get(i).coarse();
            pairs.add(new ComparedPair(alignment.pairs().get(i), diffs.get(i).changes()));
        }
        return new DiffedPairs(pairs, coarse);
    }

    private static List<Token> tokens(SegmentedStatement statement, List<Integer> sentences) {
        if (sentences.size() == 1) {
            return statement.sentence(sentences.get(0)).tokens();
        }
        List<Token> tokens = new ArrayList<>();
        for (int index : sentences) {
            tokens.addAll(statement.sentence(index).tokens());
        }
        return tokens;
    }

    /** Whether every sentence is page furniture ({@link Boilerplate}): then its changes are boilerplate. */
    private static boolean isBoilerplate(SegmentedStatement statement, List<Integer> sentences) {
        for (int index : sentences) {
            if (!Boilerplate.matches(statement.sentence(index).text(statement.text()))) {
                return false;
            }
        }
        return true;
    }

}
