package org.readoutdiff.service;

/**
 * One side of a comparison to make: a statement already in the library (by id), or an upload
 * that is added to the library first. A label names the statement in this comparison only
 * (null: the stored statement's own label).
 */
public sealed interface ComparisonSide {

    String label();

    static ComparisonSide stored(String statementId, String label) {
        return new Stored(statementId, label);
    }

    static ComparisonSide upload(StatementUpload upload) {
        return new Upload(upload);
    }

    record Stored(String statementId, String label) implements ComparisonSide {
    }

    record Upload(StatementUpload upload) implements ComparisonSide {

        @Override
        public String label() {
            return upload.label();
        }
    }
}
