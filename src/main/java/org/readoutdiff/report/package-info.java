/**
 * One {@link org.readoutdiff.compare.Comparison} rendered for people and programs, without
 * markup: the JSON document of schema {@code readout-diff/comparison/1} ({@link
 * org.readoutdiff.report.ComparisonJsonWriter}, the only user of Jackson), the Markdown
 * summary, the wdiff-style inline text, and the view models that the HTML templates of the
 * {@code render} package display. Sentence ids ("L3", "R5") and change ids ("C12") are stable:
 * the same inputs give the same ids and the same bytes.
 */
package org.readoutdiff.report;
