package org.readoutdiff.storage;

import java.time.Instant;

/** A stored comparison without its result, for lists. */
public record ComparisonListing(String id, String leftStatementId, String leftLabel, String rightStatementId,
                                String rightLabel, String mode,
                                String verdict, Instant createdAt) {
}
