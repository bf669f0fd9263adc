/**
 * One comparison from two statements: {@link org.readoutdiff.compare.ComparisonEngine} runs
 * segmentation, the mode decision ({@link org.readoutdiff.compare.ModeChooser}), alignment,
 * phrase diffs and analysis within the budgets of {@link
 * org.readoutdiff.compare.ComparisonOptions}, and returns a {@link
 * org.readoutdiff.compare.Comparison}: a plain value that every report format renders.
 * Counterparts mode has its own pipeline, {@link org.readoutdiff.compare.CounterpartsPipeline}
 * (topics, alignment by meaning, shared formulations, verb contrasts, formulation changes);
 * both modes diff their pairs through {@link org.readoutdiff.compare.DiffedPairs}.
 *
 * <p>{@link org.readoutdiff.compare.SeriesEngine} compares one base statement with several
 * others on top of it: one {@code Comparison} per other statement (each statement segmented
 * once, the comparisons on parallel threads), a {@link org.readoutdiff.compare.SeriesRow} per
 * base sentence with a {@link org.readoutdiff.compare.SeriesCell} per other statement, the
 * attributions of every statement, the {@link org.readoutdiff.compare.Timeline} (date order) and
 * the formulations followed along it, in a {@link org.readoutdiff.compare.SeriesComparison}.
 */
package org.readoutdiff.compare;
