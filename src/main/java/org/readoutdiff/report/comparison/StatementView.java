package org.readoutdiff.report.comparison;

/**
 * What the report says about one statement: its name, provenance and fingerprint.
 *
 * @param side       "left" or "right"
 * @param sideName   "Left" or "Right", for headings
 * @param sourceLink the source URL when it is an http or https address fit to be a link, else null
 *                   (the URL is then shown as text only)
 */
public record StatementView(String side, String sideName, String label, String issuer, String meeting, String date,
                            String sourceUrl, String sourceLink, String retrievedAt, String sha256, String language,
                            int sentences) {
}
