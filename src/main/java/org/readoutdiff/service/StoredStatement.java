package org.readoutdiff.service;

import java.time.Instant;
import org.readoutdiff.text.StatementMetadata;

/**
 * A statement of the library.
 *
 * @param format    txt, md, html, pdf, docx, or pasted
 * @param byteCount size of the raw bytes the SHA-256 is of
 * @param charCount length of the text
 * @param text      the (extracted) text, or null in lists
 */
public record StoredStatement(String id, String sha256, String label, StatementMetadata metadata, String fileName,
                              String format, long byteCount, int charCount, Instant storedAt, String text) {
}
