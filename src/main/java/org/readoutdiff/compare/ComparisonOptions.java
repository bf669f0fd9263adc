package org.readoutdiff.compare;

import java.time.Duration;

/**
 * What to compare how, and the work budgets. When a budget is hit the comparison finishes with
 * a coarser result and says so in {@link Limits}.
 *
 * @param mode          the alignment mode, or AUTO
 * @param ignoreCase    compare words regardless of case (case changes are format either way)
 * @param timeBudget    wall-clock budget for one comparison
 * @param maxPairTokens largest aligned pair (left plus right tokens) diffed word by word;
 *                      a larger pair is reported as one change
 * @param maxGapCells   largest gap between anchors (left times right sentences) aligned by the
 *                      similarity table
 */
public record ComparisonOptions(Mode mode, boolean ignoreCase, Duration timeBudget, int maxPairTokens,
                                int maxGapCells) {

    public static ComparisonOptions defaults() {
        return new ComparisonOptions(Mode.AUTO, false, Duration.ofSeconds(60), 6_000, 40_000);
    }

    public ComparisonOptions withMode(Mode value) {
        return new ComparisonOptions(value, ignoreCase, timeBudget, maxPairTokens, maxGapCells);
    }

    public ComparisonOptions withIgnoreCase(boolean value) {
        return new ComparisonOptions(mode, value, timeBudget, maxPairTokens, maxGapCells);
    }

    public ComparisonOptions withTimeBudget(Duration value) {
        return new ComparisonOptions(mode, ignoreCase, value, maxPairTokens, maxGapCells);
    }

    public ComparisonOptions withMaxPairTokens(int value) {
        return new ComparisonOptions(mode, ignoreCase, timeBudget, value, maxGapCells);
    }

    public ComparisonOptions withMaxGapCells(int value) {
        return new ComparisonOptions(mode, ignoreCase, timeBudget, maxPairTokens, value);
    }
}
