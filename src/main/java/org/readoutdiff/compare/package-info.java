/**
 * One comparison from two statements: {@link org.readoutdiff.compare.ComparisonEngine} runs
 * segmentation, the mode decision ({@link org.readoutdiff.compare.ModeChooser}), alignment,
 * phrase diffs and analysis within the budgets of {@link
 * org.readoutdiff.compare.ComparisonOptions}, and returns a {@link
 * org.readoutdiff.compare.Comparison}: a plain value that every report format renders.
 */
package org.readoutdiff.compare;
