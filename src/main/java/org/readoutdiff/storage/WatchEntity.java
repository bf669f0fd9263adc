package org.readoutdiff.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A watched page: where it is, how to read it, when it is due, and how its last check went. The
 * due time and the claim live here so that a restart or a second replica neither skips nor
 * repeats a check (see {@link WatchRepository#claim}).
 */
@Entity
@Table(name = "watch")
public class WatchEntity {

    @Id
    @Column(length = 24)
    public String id;


    /** The team it belongs to (V5; 'default' for what was stored before accounts). */
    @Column(nullable = false, length = 100)
    public String team = "default";

    @Column(nullable = false, length = 2000)
    public String url;

    @Column(nullable = false, length = 200)
    public String label;

    @Column(length = 200)
    public String issuer;

    @Column(length = 200)
    public String meeting;

    /** A CSS selector for the article body, or null for the usual extraction. */
    @Column(length = 500)
    public String selector;

    @Column(name = "interval_minutes", nullable = false)
    public int intervalMinutes;

    /** Whether format-only and boilerplate changes notify too (substantive ones always do). */
    @Column(name = "notify_minor", nullable = false)
    public boolean notifyMinor;

    @Column(name = "webhook_url", length = 2000)
    public String webhookUrl;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "next_check_at", nullable = false)
    public Instant nextCheckAt;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "last_checked_at")
    public Instant lastCheckedAt;

    @Column(name = "last_changed_at")
    public Instant lastChangedAt;

    /** new-version, unchanged, not-modified or error. */
    @Column(name = "last_outcome", length = 32)
    public String lastOutcome;

    @Column(name = "last_error", length = 2000)
    public String lastError;

    /** Checks in a row that failed (0 after a success); the back-off grows with it. */
    @Column(nullable = false)
    public int failures;

    @Column(nullable = false)
    public long checks;

    @Column(length = 1000)
    public String etag;

    @Column(name = "last_modified", length = 200)
    public String lastModified;
}
