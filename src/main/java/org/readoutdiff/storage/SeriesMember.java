package org.readoutdiff.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A statement of a series, under the label it has in that series. */
@Embeddable
public class SeriesMember {

    @Column(name = "statement_id", nullable = false, length = 24)
    public String statementId;

    @Column(nullable = false, length = 200)
    public String label;

    public SeriesMember() {
    }

    public SeriesMember(String statementId, String label) {
        this.statementId = statementId;
        this.label = label;
    }
}
