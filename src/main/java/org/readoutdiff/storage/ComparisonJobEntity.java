package org.readoutdiff.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A comparison to run, or run: two stored statements under their labels, the options, the id its
 * result will have, and its state ({@link #QUEUED}, {@link #RUNNING}, {@link #DONE},
 * {@link #FAILED}) with the replica that holds it and until when (V6__replicas.sql).
 */
@Entity
@Table(name = "comparison_job")
public class ComparisonJobEntity {

    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    @Id
    @Column(length = 24)
    public String id;

    @Column(name = "comparison_id", nullable = false, length = 24)
    public String comparisonId;

    @Column(name = "left_statement_id", nullable = false, length = 24)
    public String leftStatementId;

    @Column(name = "right_statement_id", nullable = false, length = 24)
    public String rightStatementId;

    @Column(name = "left_label", nullable = false, length = 200)
    public String leftLabel;

    @Column(name = "right_label", nullable = false, length = 200)
    public String rightLabel;

    @Column(name = "requested_mode", nullable = false, length = 16)
    public String requestedMode;

    @Column(name = "ignore_case", nullable = false)
    public boolean ignoreCase;

    @Column(name = "time_budget_ms", nullable = false)
    public long timeBudgetMillis;

    /** The team that owns the result (filled by the accounts; null without them). */
    @Column(name = "owner_team", length = 100)
    public String ownerTeam;

    @Column(nullable = false, length = 16)
    public String state;

    /** How many times a replica has claimed it. */
    @Column(nullable = false)
    public int attempts;

    @Column(name = "claimed_by", length = 200)
    public String claimedBy;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** Why it failed, in words for the user. */
    @Column(length = 2000)
    public String error;
}
