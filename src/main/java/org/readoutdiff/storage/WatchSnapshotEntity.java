package org.readoutdiff.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One version of a watched page as fetched: raw bytes (gzipped), response headers, fetch time,
 * the SHA-256 of the bytes and of the extracted text, its statement in the library and the
 * comparison with the version before. A version that notifies is a feed entry and carries the
 * state of its webhook delivery.
 */
@Entity
@Table(name = "watch_snapshot")
public class WatchSnapshotEntity {

    @Id
    @Column(length = 24)
    public String id;

    @Column(name = "watch_id", nullable = false, length = 24)
    public String watchId;

    /** 1 for the first version, then 2, 3, ... */
    @Column(name = "version_number", nullable = false)
    public int versionNumber;

    @Column(name = "statement_id", nullable = false, length = 24)
    public String statementId;

    @Column(name = "fetched_at", nullable = false)
    public Instant fetchedAt;

    @Column(name = "final_url", nullable = false, length = 2000)
    public String finalUrl;

    @Column(name = "http_status", nullable = false)
    public int httpStatus;

    @Column(name = "content_type", length = 200)
    public String contentType;

    /** The response headers, one "Name: value" per line, as received. */
    @Column(nullable = false, columnDefinition = "text")
    public String headers;

    @Column(name = "body_sha256", nullable = false, length = 64)
    public String bodySha256;

    @Column(name = "text_sha256", nullable = false, length = 64)
    public String textSha256;

    @Column(name = "body_gz", nullable = false)
    public byte[] bodyGz;

    @Column(name = "comparison_id", length = 24)
    public String comparisonId;

    @Column(length = 16)
    public String verdict;

    /** The changes worth telling as JSON (what the feed entry and the webhook carry), or null. */
    @Column(name = "changes_json", columnDefinition = "text")
    public String changesJson;

    @Column(nullable = false)
    public boolean notify;

    /** none, pending, sent or failed. */
    @Column(name = "webhook_state", nullable = false, length = 16)
    public String webhookState;

    @Column(name = "webhook_attempts", nullable = false)
    public int webhookAttempts;

    @Column(name = "webhook_next_at")
    public Instant webhookNextAt;

    @Column(name = "webhook_claimed_until")
    public Instant webhookClaimedUntil;

    @Column(name = "webhook_last_error", length = 2000)
    public String webhookLastError;
}
