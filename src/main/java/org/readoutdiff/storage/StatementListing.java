package org.readoutdiff.storage;

import java.time.Instant;

/** A statement of the library without its text, for lists. */
public record StatementListing(String id, String sha256, String label, String issuer, String meeting,
                               String publishedOn, String sourceUrl, String fileName, String format,
                               long byteCount, int charCount, Instant retrievedAt, Instant storedAt) {
}
