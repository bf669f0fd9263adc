/**
 * A series comparison (one base statement against several) rendered: {@link
 * org.readoutdiff.report.series.SeriesJsonWriter} (schema {@code readout-diff/series/1}),
 * {@link org.readoutdiff.report.series.SeriesViews} (the {@link
 * org.readoutdiff.report.series.SeriesReportView} the {@code series.html} template shows: a row per
 * base sentence, a cell per other statement, the formulation table, who said what), {@link
 * org.readoutdiff.report.series.SeriesMarkdownWriter} and {@link
 * org.readoutdiff.report.series.SeriesTextWriter}. Each cell reuses the comparison report's rows
 * and change views ({@link org.readoutdiff.report.comparison}).
 */
package org.readoutdiff.report.series;
