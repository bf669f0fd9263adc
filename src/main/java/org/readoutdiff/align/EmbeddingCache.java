package org.readoutdiff.align;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sentence vectors already computed, by the sentence's text, least recently used dropped first
 * once {@code capacity} is reached. Readouts repeat across comparisons (a stored statement is
 * compared with many others), so the model runs once per sentence. Thread-safe.
 */
final class EmbeddingCache {

    private final Map<String, float[]> vectors;

    EmbeddingCache(int capacity) {
        this.vectors = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized float[] get(String text) {
        return vectors.get(text);
    }

    synchronized void put(String text, float[] vector) {
        vectors.put(text, vector);
    }
}
