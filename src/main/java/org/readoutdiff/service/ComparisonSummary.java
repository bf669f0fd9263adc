package org.readoutdiff.service;

import java.time.Instant;

/** A stored comparison in a list: its id, the two statements' ids and labels, and its verdict. */
public record ComparisonSummary(String id, String leftId, String leftLabel, String rightId, String rightLabel,
                                String mode, String verdict, Instant createdAt) {
}
