/**
 * Comparisons rendered for people and programs, without markup, one subpackage per product:
 * {@link org.readoutdiff.report.comparison} (one comparison of two statements),
 * {@link org.readoutdiff.report.series} (one statement against several) and
 * {@link org.readoutdiff.report.batch} (the index of a batch run). A series builds on the
 * comparison report, and a batch on both; neither is used by the comparison report.
 *
 * <p>Here is what all three share: sentence and change ids ({@link org.readoutdiff.report.Ids}:
 * "L3", "R5", "C12", stable, so the same inputs give the same bytes), the JSON document frame
 * ({@link org.readoutdiff.report.JsonDocument}), Markdown escaping ({@link
 * org.readoutdiff.report.MarkdownText}), the one-line headline of a comparison ({@link
 * org.readoutdiff.report.Headlines}), fragments of a sentence with its changes marked ({@link
 * org.readoutdiff.report.Fragment}), links to sentences ({@link org.readoutdiff.report.SentenceLink})
 * and {@link org.readoutdiff.report.VisibleText}, through which every text for people passes, so
 * invisible characters cannot reorder or hide words.
 */
package org.readoutdiff.report;
