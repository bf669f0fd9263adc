package org.readoutdiff.report.batch;

/** A report file of a batch: its format (html, json, md, text, inline) and its name in the batch's folder. */
public record ReportFileView(String format, String file) {
}
