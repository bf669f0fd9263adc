package org.readoutdiff.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.readoutdiff.service.StoredStatement;

/** A stored statement in API responses; {@code text} only when one statement is asked for. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatementJson(String id, String sha256, String label, String issuer, String meeting, String date,
                            String sourceUrl, String retrievedAt, String storedAt, String fileName, String format,
                            long bytes, int characters, String html, String text) {

    static StatementJson of(StoredStatement s) {
        return new StatementJson(s.id(), s.sha256(), s.label(), s.metadata().issuer(), s.metadata().meeting(),
                s.metadata().date(), s.metadata().sourceUrl(), s.metadata().retrievedAt(),
                s.storedAt() == null ? null : s.storedAt().toString(), s.fileName(), s.format(), s.byteCount(),
                s.charCount(), "/statements/" + s.id(), s.text());
    }

    /** GET /api/statements. */
    public record Listing(int count, java.util.List<StatementJson> statements) {
    }
}
