package org.readoutdiff.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One comparison: which two statements, with which options, by which engine version, and its
 * result as the comparison JSON document (schema readout-diff/comparison/1).
 */
@Entity
@Table(name = "comparison")
public class ComparisonEntity {

    @Id
    @Column(length = 24)
    public String id;

    @Column(name = "left_statement_id", nullable = false, length = 24)
    public String leftStatementId;

    @Column(name = "right_statement_id", nullable = false, length = 24)
    public String rightStatementId;

    /** The labels this comparison shows: as given with it, else the statements' own. */
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

    @Column(name = "engine_version", nullable = false, length = 32)
    public String engineVersion;

    @Column(name = "result_mode", nullable = false, length = 16)
    public String resultMode;

    @Column(nullable = false, length = 16)
    public String verdict;

    @Column(nullable = false)
    public boolean degraded;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "result_json", nullable = false, columnDefinition = "text")
    public String resultJson;
}
