/**
 * From what a user gives us (a file's bytes and name, or pasted text) to a {@link
 * org.readoutdiff.text.Statement}: decode text files, extract the text of other formats, and
 * refuse in plain words what cannot be read. The SHA-256 recorded is that of the raw bytes.
 * Every extractor counts what it inflates and produces and stops at {@link
 * org.readoutdiff.ingest.ExtractionLimits} before its library has built anything large, so a
 * hostile file (a PDF, zip or HTML bomb) is a message, never a full heap; every library
 * exception becomes an {@link org.readoutdiff.ingest.UnreadableStatementException}.
 * Format libraries (jsoup, PDFBox, POI) live only here; so a watch's CSS selector for the
 * article body is checked ({@link org.readoutdiff.ingest.CssSelectors}) and applied here too.
 */
package org.readoutdiff.ingest;
