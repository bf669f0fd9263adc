/**
 * HTML from report view models, through Qute templates kept next to this package's classes
 * as resources: {@code report.html} (the page: summary, provenance, style sheet) and the
 * {@code report-*.html} sections it includes in an order that depends on the mode. The engine
 * is Qute's standalone engine; every expression goes through {@link
 * org.readoutdiff.render.HtmlText}, which shows invisible characters and escapes HTML, raw
 * values included: statement text is untrusted. Markup lives only in the templates; the page
 * has no script and a Content-Security-Policy that allows only its own style sheet. A batch's
 * {@code index.html} ({@link org.readoutdiff.render.BatchIndexRenderer}) and the series report
 * ({@link org.readoutdiff.render.SeriesReportRenderer}: {@code series.html} and its {@code
 * series-*.html} sections) are made the same way.
 */
package org.readoutdiff.render;
