package org.readoutdiff.align;

/**
 * The settings of {@link SentenceSimilarity} and of the decisions counterpart alignment takes on
 * it. Defaults were chosen leave-one-out on the gold pairs (see {@code src/bench/alignment.sh}),
 * never on the pair being scored; {@code semanticWeight} was fixed beforehand at one half.
 *
 * @param semanticWeight   share of the semantic signal in the score (the rest is lexical);
 *                         0 turns the model off
 * @param pairScore        a free sentence pairs with a free sentence from this score up
 * @param mutualScore      two free sentences that are each other's best match pair from this
 *                         (lower) score up: a paraphrase shares few words, but nothing else on the
 *                         other side is closer to it
 * @param joinScore        a free sentence joins a paired sentence's group from this score up
 *                         (its best match, and the group gains from it)
 * @param contextScore     a free sentence pairs with one of a paragraph already paired with its
 *                         own from this score up
 * @param linkScore        a sentence left free is linked to one on the same issue (not paired: it
 *                         is not an omission, nor the same point) from this score up, or with a
 *                         shared topic label
 * @param maxSemanticSentences above this many sentences (both sides) the model is not used and the
 *                         alignment is lexical; {@code limits} says so
 */
public record SimilarityOptions(double semanticWeight, double pairScore, double mutualScore, double joinScore,
                                double contextScore, double linkScore, int maxSemanticSentences) {

    /** Lexical only: the thresholds that the lexical score was built with. */
    public static final SimilarityOptions LEXICAL = new SimilarityOptions(0, 0.30, 0.30, 0.20, 0.15, 0.30, 0);

    public static SimilarityOptions defaults() {
        return new SimilarityOptions(0.5, 0.40, 0.25, 0.40, 0.35, 0.30, 600);
    }

    public SimilarityOptions withSemanticWeight(double value) {
        return new SimilarityOptions(value, pairScore, mutualScore, joinScore, contextScore, linkScore, maxSemanticSentences);
    }

    public SimilarityOptions withPairScore(double value) {
        return new SimilarityOptions(semanticWeight, value, mutualScore, joinScore, contextScore, linkScore, maxSemanticSentences);
    }

    public SimilarityOptions withMutualScore(double value) {
        return new SimilarityOptions(semanticWeight, pairScore, value, joinScore, contextScore, linkScore, maxSemanticSentences);
    }

    public SimilarityOptions withJoinScore(double value) {
        return new SimilarityOptions(semanticWeight, pairScore, mutualScore, value, contextScore, linkScore, maxSemanticSentences);
    }

    public SimilarityOptions withContextScore(double value) {
        return new SimilarityOptions(semanticWeight, pairScore, mutualScore, joinScore, value, linkScore, maxSemanticSentences);
    }

    public SimilarityOptions withLinkScore(double value) {
        return new SimilarityOptions(semanticWeight, pairScore, mutualScore, joinScore, contextScore, value,
                maxSemanticSentences);
    }

    public SimilarityOptions withMaxSemanticSentences(int value) {
        return new SimilarityOptions(semanticWeight, pairScore, mutualScore, joinScore, contextScore, linkScore, value);
    }
}
