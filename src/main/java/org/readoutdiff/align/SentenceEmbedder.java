package org.readoutdiff.align;

import java.util.List;

/**
 * Turns sentences into vectors whose cosine says how close their meanings are, for the semantic
 * half of {@link SentenceSimilarity}. Vectors are unit length.
 */
public interface SentenceEmbedder {

    /** One unit vector per text, in order. */
    float[][] embed(List<String> texts);

    /** Whether this embedder reads text of the given language (a BCP-47 tag, see {@code SegmentedStatement}). */
    boolean reads(String language);

    /** No semantic signal: similarity is lexical only. */
    static SentenceEmbedder none() {
        return NoEmbedder.INSTANCE;
    }

    /** The embedder that reads nothing. */
    enum NoEmbedder implements SentenceEmbedder {
        INSTANCE;

        @Override
        public float[][] embed(List<String> texts) {
            throw new UnsupportedOperationException("no embedding model");
        }

        @Override
        public boolean reads(String language) {
            return false;
        }
    }
}
