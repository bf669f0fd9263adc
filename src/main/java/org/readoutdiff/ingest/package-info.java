/**
 * From what a user gives us (a file's bytes and name, or pasted text) to a {@link
 * org.readoutdiff.text.Statement}: decode text files, extract the text of other formats, and
 * refuse in plain words what cannot be read. The SHA-256 recorded is that of the raw bytes.
 * Format libraries (jsoup, PDFBox, POI) live only here.
 */
package org.readoutdiff.ingest;
