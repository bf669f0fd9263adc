package org.readoutdiff.text;

/**
 * Where a statement came from. Every field may be null when unknown; nothing here is used
 * to compare, only to cite.
 *
 * @param issuer      who issued it, or which side ("Chinese Foreign Ministry", "The White House")
 * @param meeting     the meeting it reports ("Xi–Biden, Lima, 16 Nov 2024")
 * @param date        publication date as written by the user, ISO-8601 preferred
 * @param sourceUrl   where it was published
 * @param retrievedAt when it was retrieved, ISO-8601
 */
public record StatementMetadata(String issuer, String meeting, String date, String sourceUrl, String retrievedAt) {

    private static final StatementMetadata NONE = new StatementMetadata(null, null, null, null, null);

    public static StatementMetadata none() {
        return NONE;
    }

    public StatementMetadata withIssuer(String value) {
        return new StatementMetadata(value, meeting, date, sourceUrl, retrievedAt);
    }

    public StatementMetadata withMeeting(String value) {
        return new StatementMetadata(issuer, value, date, sourceUrl, retrievedAt);
    }

    public StatementMetadata withDate(String value) {
        return new StatementMetadata(issuer, meeting, value, sourceUrl, retrievedAt);
    }

    public StatementMetadata withSourceUrl(String value) {
        return new StatementMetadata(issuer, meeting, date, value, retrievedAt);
    }

    public StatementMetadata withRetrievedAt(String value) {
        return new StatementMetadata(issuer, meeting, date, sourceUrl, value);
    }
}
