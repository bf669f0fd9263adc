package org.readoutdiff.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tartarus.snowball.ext.englishStemmer;

/**
 * English words reduced to their Snowball (Porter2) stems: "responsibly" and "responsible" both
 * give "respons". Abbreviations ("u.s"), numbers and other scripts are kept as written (lower
 * case). The only class that uses the Snowball stemmer (one per thread).
 *
 * <p>Stems are cached per instance and, up to a bound, across every instance in the process:
 * the vocabulary of readouts is small and stemming is the costliest step for a readout-sized
 * pair. Not thread-safe (its own cache grows): use one instance per comparison.
 */
public final class Stems {

    private static final Map<String, String> SHARED = new ConcurrentHashMap<>();
    private static final int SHARED_LIMIT = 100_000;
    private static final ThreadLocal<englishStemmer> STEMMERS = ThreadLocal.withInitial(englishStemmer::new);

    private final Map<String, String> cache = new HashMap<>();

    /** The stem of a word, in lower case. */
    public String stem(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String stem = cache.get(lower);
        if (stem == null) {
            stem = SHARED.get(lower);
            if (stem == null) {
                stem = lower;
                if (isStemmable(lower)) {
                    englishStemmer stemmer = STEMMERS.get();
                    stemmer.setCurrent(lower);
                    stemmer.stem();
                    stem = stemmer.getCurrent();
                }
                if (SHARED.size() < SHARED_LIMIT) {
                    SHARED.put(lower, stem);
                }
            }
            cache.put(lower, stem);
        }
        return stem;
    }

    private static boolean isStemmable(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                if (c != '\'' && c != '-') {
                    return false; // abbreviations (u.s), numbers, other scripts: keep as written
                }
            }
        }
        return true;
    }
}
