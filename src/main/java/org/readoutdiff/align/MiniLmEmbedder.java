package org.readoutdiff.align;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentence-embedding model all-MiniLM-L6-v2 (quantized), shipped inside its Maven artifact
 * and run in process on ONNX Runtime: nothing is downloaded. The only class that imports
 * LangChain4j. English only: the model was trained on English sentences.
 *
 * <p>Loading the model takes about a second, so it is loaded once, on first use, and shared.
 * Vectors are cached by sentence text ({@link EmbeddingCache}), so a stored statement compared
 * again costs nothing; the model embeds roughly 100–300 sentences a second on two cores.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {

    private static final MiniLmEmbedder SHARED = new MiniLmEmbedder(new EmbeddingCache(50_000));

    private final EmbeddingCache cache;
    private volatile EmbeddingModel model;

    MiniLmEmbedder(EmbeddingCache cache) {
        this.cache = cache;
    }

    /** The process-wide embedder, its model loaded on first use. */
    public static MiniLmEmbedder shared() {
        return SHARED;
    }

    @Override
    public boolean reads(String language) {
        return "en".equals(language);
    }

    @Override
    public float[][] embed(List<String> texts) {
        float[][] vectors = new float[texts.size()][];
        List<Integer> missing = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            vectors[k] = cache.get(texts.get(k));
            if (vectors[k] == null) {
                missing.add(k);
            }
        }
        if (!missing.isEmpty()) {
            List<TextSegment> segments = missing.stream().map(k -> TextSegment.from(texts.get(k))).toList();
            List<Embedding> embeddings = model().embedAll(segments).content();
            for (int m = 0; m < missing.size(); m++) {
                float[] vector = unit(embeddings.get(m).vector());
                vectors[missing.get(m)] = vector;
                cache.put(texts.get(missing.get(m)), vector);
            }
        }
        return vectors;
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    loaded = new AllMiniLmL6V2QuantizedEmbeddingModel();
                    model = loaded;
                }
            }
        }
        return loaded;
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float scale = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
        float[] unit = new float[vector.length];
        for (int k = 0; k < vector.length; k++) {
            unit[k] = vector[k] * scale;
        }
        return unit;
    }
}
