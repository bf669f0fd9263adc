package org.readoutdiff.report;

/** What the report says about one statement: its name, provenance and fingerprint. */
public record StatementView(String side, String label, String issuer, String meeting, String date, String sourceUrl,
                            String retrievedAt, String sha256, String language, int sentences) {
}
