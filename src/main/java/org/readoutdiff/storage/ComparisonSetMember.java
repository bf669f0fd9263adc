package org.readoutdiff.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A statement of a comparison set, under the label it has in that set. */
@Embeddable
public class ComparisonSetMember {

    @Column(name = "statement_id", nullable = false, length = 24)
    public String statementId;

    @Column(nullable = false, length = 200)
    public String label;

    public ComparisonSetMember() {
    }

    public ComparisonSetMember(String statementId, String label) {
        this.statementId = statementId;
        this.label = label;
    }
}
