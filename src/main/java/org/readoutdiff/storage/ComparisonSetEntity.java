package org.readoutdiff.storage;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One comparison set: a base statement compared with several others, with the options and engine
 * version it ran with and its result as the JSON document (schema readout-diff/comparison-set/1).
 * The members are the statements in order, the base first.
 */
@Entity
@Table(name = "comparison_set")
public class ComparisonSetEntity {

    @Id
    @Column(length = 24)
    public String id;

    @ElementCollection
    @CollectionTable(name = "comparison_set_member", joinColumns = @JoinColumn(name = "comparison_set_id"))
    @OrderColumn(name = "member_index")
    public List<ComparisonSetMember> members = new ArrayList<>();

    @Column(name = "requested_mode", nullable = false, length = 16)
    public String requestedMode;

    @Column(name = "ignore_case", nullable = false)
    public boolean ignoreCase;

    @Column(name = "time_budget_ms", nullable = false)
    public long timeBudgetMillis;

    @Column(name = "engine_version", nullable = false, length = 32)
    public String engineVersion;

    /** The strongest verdict of the base against each other statement. */
    @Column(nullable = false, length = 16)
    public String verdict;

    @Column(nullable = false)
    public boolean degraded;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "result_json", nullable = false, columnDefinition = "text")
    public String resultJson;
}
