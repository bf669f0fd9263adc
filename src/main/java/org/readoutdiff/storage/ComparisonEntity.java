package org.readoutdiff.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One comparison: which two statements, and (as {@link StoredResult}) with which options, by which
 * engine version, and its result as the comparison JSON document (schema readout-diff/comparison/1).
 */
@Entity
@Table(name = "comparison")
public class ComparisonEntity extends StoredResult {

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

    @Column(name = "result_mode", nullable = false, length = 16)
    public String resultMode;


    /** The team it belongs to (V5; 'default' for what was stored before accounts). */
    @Column(nullable = false, length = 100)
    public String team = "default";

    /** Whether its permalink is readable without an account. */
    @Column(nullable = false)
    public boolean published;
}
