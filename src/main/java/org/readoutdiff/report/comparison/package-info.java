/**
 * One {@link org.readoutdiff.compare.Comparison} of two statements rendered: the JSON document of
 * schema {@code readout-diff/comparison/1} ({@link
 * org.readoutdiff.report.comparison.ComparisonJsonWriter}, with Jackson), the Markdown summary
 * ({@link org.readoutdiff.report.comparison.MarkdownWriter}), the compact text the goldens hold
 * ({@link org.readoutdiff.report.comparison.CompactTextWriter}), the wdiff-style inline text
 * ({@link org.readoutdiff.report.comparison.InlineTextWriter}), and the view models ({@link
 * org.readoutdiff.report.comparison.ReportViews} builds a {@link
 * org.readoutdiff.report.comparison.ReportView}) that the HTML templates of the {@code render}
 * package display: rows and their folding ({@link org.readoutdiff.report.comparison.RowsBuilder}),
 * the change list, the counterparts sections ({@link
 * org.readoutdiff.report.comparison.CounterpartsViews}).
 */
package org.readoutdiff.report.comparison;
