/**
 * A batch run rendered: its {@link org.readoutdiff.report.batch.BatchView} (built by {@link
 * org.readoutdiff.report.batch.BatchViews}; each entry a {@link
 * org.readoutdiff.report.batch.BatchEntryView}: a comparison of two statements or a series) is
 * written as {@code summary.json} ({@link org.readoutdiff.report.batch.BatchJsonWriter}, schema
 * {@code readout-diff/batch/1}), {@code index.md} and a CI step summary ({@link
 * org.readoutdiff.report.batch.BatchMarkdownWriter}) and a JUnit XML file ({@link
 * org.readoutdiff.report.batch.JUnitXmlWriter}, the JDK's StAX writer). The HTML index is drawn by
 * the {@code render} package.
 */
package org.readoutdiff.report.batch;
