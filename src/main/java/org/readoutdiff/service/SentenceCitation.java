package org.readoutdiff.service;

import java.time.Instant;
import java.util.List;

/**
 * One version of a statement, sentence by sentence, for citing a sentence
 * ({@code /statements/{id}/v/{n}#S12}): the version's snapshot hash and fetch time, and for each
 * sentence the versions in which it appears (word for word, up to quotes, dashes and spacing) or not.
 *
 * @param number     the version shown, from 1
 * @param sha256     of the raw bytes of that version
 * @param textSha256 of its extracted text (null when it was not fetched by a watch)
 * @param fetchedAt  when it was fetched (or retrieved)
 */
public record SentenceCitation(String statementId, String label, String sourceUrl, String watchId, int number,
                               String sha256, String textSha256, Instant fetchedAt, List<Version> versions,
                               List<Sentence> sentences) {

    /** One version of the statement: its number, statement, hash and time. */
    public record Version(int number, String statementId, String sha256, Instant fetchedAt) {
    }

    /** A sentence ("S12") and, per version in order, whether it appears there. */
    public record Sentence(String id, String text, List<Boolean> appearsIn) {
    }
}
