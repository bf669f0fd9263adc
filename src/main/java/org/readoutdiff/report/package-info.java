/**
 * One {@link org.readoutdiff.compare.Comparison} rendered for people and programs, without
 * markup: the JSON document of schema {@code readout-diff/comparison/1} ({@link
 * org.readoutdiff.report.ComparisonJsonWriter}, with Jackson), the Markdown
 * summary, the wdiff-style inline text, and the view models ({@link
 * org.readoutdiff.report.ReportViews} builds them) that the HTML templates of the {@code render}
 * package display: rows and their folding, the change list, the counterparts sections.
 * Sentence ids ("L3", "R5"), row anchors ("L3-R5") and change ids ("C12") are stable: the same
 * inputs give the same ids and the same bytes. Texts for people pass through {@link
 * org.readoutdiff.report.VisibleText}, so invisible characters cannot reorder or hide words.
 *
 * <p>A series comparison (one base against several) has its own writers and views: {@link
 * org.readoutdiff.report.SeriesJsonWriter} (schema {@code readout-diff/comparison-set/1}), {@link
 * org.readoutdiff.report.SeriesViews} (the {@link org.readoutdiff.report.SeriesReportView} the
 * {@code series.html} template shows), {@link org.readoutdiff.report.SeriesMarkdownWriter} and
 * {@link org.readoutdiff.report.SeriesTextWriter}.
 *
 * <p>A batch of comparisons ({@link org.readoutdiff.report.BatchView}, built by {@link
 * org.readoutdiff.report.BatchViews}; each entry a {@link org.readoutdiff.report.BatchEntryView}:
 * a comparison of two statements or a series) is rendered as {@code summary.json} ({@link
 * org.readoutdiff.report.BatchJsonWriter}, schema {@code readout-diff/batch/1}), {@code index.md} and a CI step summary ({@link
 * org.readoutdiff.report.BatchMarkdownWriter}) and a JUnit XML file ({@link
 * org.readoutdiff.report.JUnitXmlWriter}, the JDK's StAX writer).
 */
package org.readoutdiff.report;
