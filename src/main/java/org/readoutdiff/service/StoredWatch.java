package org.readoutdiff.service;

import java.time.Instant;
import java.util.List;

/**
 * A watch with how it is doing: due time, last check, last error (null after a success) and,
 * when asked for, its versions oldest first (else an empty list and only their count).
 *
 * @param lastOutcome new-version, unchanged, not-modified or error; null before the first check
 */
public record StoredWatch(String id, String url, String label, String issuer, String meeting, String selector,
                          int intervalMinutes, boolean notifyMinor, String webhookUrl, Instant createdAt,
                          Instant nextCheckAt, Instant lastCheckedAt, Instant lastChangedAt, String lastOutcome,
                          String lastError, int failures, long checks, int versionCount, List<Version> versions) {

    /**
     * One version of the watched page.
     *
     * @param sha256       of the raw bytes as fetched
     * @param textSha256   of the extracted text
     * @param comparisonId the comparison with the version before (null for the first)
     * @param verdict      that comparison's verdict (null for the first)
     * @param notified     whether it is a feed entry (and a webhook delivery when one is set)
     * @param webhookState none, pending, sent or failed
     */
    public record Version(int number, String snapshotId, String statementId, String sha256, String textSha256,
                          Instant fetchedAt, int httpStatus, String finalUrl, String comparisonId, String verdict,
                          boolean notified, String webhookState, String webhookError, List<Change> changes) {
    }

    /**
     * A change worth telling: {@code kind} substantive, punctuation, format or boilerplate (inside
     * a sentence), or removed / added (a whole sentence); the words before and after, and the
     * sentence it is in (as it reads after, or before for a removal).
     */
    public record Change(String kind, String before, String after, String sentence) {

        /** Whether a reader must hear of it: different words, or a sentence gone or new. */
        public boolean substantive() {
            return kind.equals("substantive") || kind.equals("removed") || kind.equals("added");
        }
    }

    /** A version that notifies, with the watch it belongs to: one entry of a feed. */
    public record Entry(StoredWatch watch, Version version) {
    }
}
