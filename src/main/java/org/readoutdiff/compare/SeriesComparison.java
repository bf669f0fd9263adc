package org.readoutdiff.compare;

import java.util.List;
import org.readoutdiff.analysis.Attribution;
import org.readoutdiff.analysis.TrackedFormulation;
import org.readoutdiff.text.SegmentedStatement;

/**
 * One base statement compared with several others: today's readout against the other side's
 * readout of the same meeting and against readouts of earlier meetings. Statements are named by
 * their index in the series: 0 is the base, 1.. the others in the order given.
 *
 * @param comparisons  the base against each other statement (the base on the left), in the others' order
 * @param rows         one row per base sentence, with a cell per other statement
 * @param attributions who each statement's sentences are attributed to, by statement index
 * @param timeline     the order formulations are followed in
 * @param formulations formulations followed across the series, by first appearance
 * @param limits       whether a budget made any part coarser, and why (every comparison's reasons too)
 */
public record SeriesComparison(SegmentedStatement base, List<Comparison> comparisons, List<SeriesRow> rows,
                               List<List<Attribution>> attributions, Timeline timeline,
                               List<TrackedFormulation> formulations, Limits limits, ComparisonOptions options,
                               String engineVersion) {

    public SeriesComparison {
        comparisons = List.copyOf(comparisons);
        rows = List.copyOf(rows);
        attributions = attributions.stream().map(List::copyOf).toList();
        formulations = List.copyOf(formulations);
    }

    /** The statement with this index: 0 the base, k the k-th other. */
    public SegmentedStatement statement(int index) {
        return index == 0 ? base : comparisons.get(index - 1).right();
    }

    /** The base and the others: one more than the comparisons. */
    public int size() {
        return comparisons.size() + 1;
    }

    /** The strongest verdict of the comparisons: what {@code --fail-on} tests. */
    public Verdict verdict() {
        Verdict strongest = Verdict.IDENTICAL;
        for (Comparison comparison : comparisons) {
            if (comparison.summary().verdict().ordinal() < strongest.ordinal()) {
                strongest = comparison.summary().verdict();
            }
        }
        return strongest;
    }
}
