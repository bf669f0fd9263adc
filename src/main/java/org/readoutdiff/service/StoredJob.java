package org.readoutdiff.service;

import java.time.Instant;

/**
 * A comparison job as a client sees it: its state (queued, running, done, failed), the id its
 * comparison has (or will have), the replica that holds or held it, how many times it was
 * claimed, and why it failed.
 */
public record StoredJob(String id, String state, String comparisonId, String claimedBy, int attempts,
                        Instant createdAt, Instant startedAt, Instant finishedAt, String error, String ownerTeam) {

    public boolean done() {
        return "done".equals(state);
    }

    public boolean failed() {
        return "failed".equals(state);
    }
}
