package org.readoutdiff.web;

import java.util.List;
import org.readoutdiff.text.StatementMetadata;

/** JSON request bodies of the API (DESIGN.md §4). */
public final class ApiRequests {

    private ApiRequests() {
    }

    /**
     * POST /api/comparisons: two sides, each a text with metadata or a stored statement's id,
     * and the options.
     */
    public record ComparisonRequest(Side left, Side right, String mode, Boolean ignoreCase) {
    }

    /**
     * POST /api/series: a base and two or more others, each a text with metadata or a
     * stored statement's id, and the options.
     */
    public record SeriesRequest(Side base, List<Side> others, String mode, Boolean ignoreCase) {
    }

    /** One side: either {@code statementId}, or {@code text} with optional metadata. */
    public record Side(String statementId, String text, String label, String issuer, String meeting, String date,
                       String sourceUrl, String retrievedAt) {

        StatementMetadata metadata() {
            return new StatementMetadata(issuer, meeting, date, sourceUrl, retrievedAt);
        }
    }

    /** POST /api/statements as JSON. */
    public record StatementRequest(String text, String label, String issuer, String meeting, String date,
                                   String sourceUrl, String retrievedAt) {

        StatementMetadata metadata() {
            return new StatementMetadata(issuer, meeting, date, sourceUrl, retrievedAt);
        }
    }
}
