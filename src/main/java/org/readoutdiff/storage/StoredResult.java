package org.readoutdiff.storage;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every stored result records, a comparison of two as well as a series: the options
 * it ran with, the engine version, the verdict, whether a budget made it coarser, when, and the
 * result as its JSON document (compressed, see {@link #json()}).
 */
@MappedSuperclass
public abstract class StoredResult {

    @Column(name = "requested_mode", nullable = false, length = 16)
    public String requestedMode;

    @Column(name = "ignore_case", nullable = false)
    public boolean ignoreCase;

    @Column(name = "time_budget_ms", nullable = false)
    public long timeBudgetMillis;

    @Column(name = "engine_version", nullable = false, length = 32)
    public String engineVersion;

    /** substantive, minor, format-only or identical; of a set, the strongest of its comparisons. */
    @Column(nullable = false, length = 16)
    public String verdict;

    @Column(nullable = false)
    public boolean degraded;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The result JSON as rows before V3 stored it, uncompressed; null in newer rows. */
    @Column(name = "result_json", columnDefinition = "text")
    public String resultJson;

    /** The result JSON gzipped (rows from V3 on). */
    @Column(name = "result_gz")
    public byte[] resultGz;

    /** The JSON this entity was given or last read as, so that it is decompressed once at most. */
    @jakarta.persistence.Transient
    private String json;

    /** The result JSON, from whichever column holds it. */
    public String json() {
        if (json == null) {
            json = resultGz != null ? Gzip.decompress(resultGz) : resultJson;
        }
        return json;
    }

    /** Stores the result JSON compressed. */
    public void json(String json) {
        this.json = json;
        resultGz = Gzip.compress(json);
        resultJson = null;
    }
}
