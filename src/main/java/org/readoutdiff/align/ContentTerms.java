package org.readoutdiff.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.readoutdiff.text.Sentence;
import org.readoutdiff.text.Stopwords;
import org.readoutdiff.text.Token;
import org.tartarus.snowball.ext.englishStemmer;

/**
 * What a sentence is about, as terms for similarity: English words reduced to their Snowball
 * (Porter2) stems, Chinese as character bigrams of each run of Han characters (dictionary word
 * boundaries differ between two writers, and ICU splits some names), numbers as written.
 * Function words are left out of the terms; they stay in the {@link #units} that shared
 * phrases are measured on.
 *
 * <p>The only class that uses the Snowball stemmer (one per thread; stems are cached across
 * comparisons). Not thread-safe (the term table grows): use one instance per comparison.
 */
public final class ContentTerms {

    /**
     * Stems shared by every comparison in the process (the vocabulary of readouts is small and
     * stemming is the costliest step for a readout-sized pair); bounded, after which words are
     * only cached per comparison.
     */
    private static final Map<String, String> SHARED_STEMS = new ConcurrentHashMap<>();
    private static final int SHARED_STEMS_LIMIT = 100_000;
    private static final ThreadLocal<englishStemmer> STEMMERS = ThreadLocal.withInitial(englishStemmer::new);

    private final Map<String, String> stems = new HashMap<>();
    /**
     * By token key (keys are shared strings, so their hashes are cached): the key's term id, or
     * -1 for a function word, and its unit id. Saves lower-casing and stemming every token.
     */
    private final Map<String, int[]> words = new HashMap<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<Boolean> function = new ArrayList<>();
    private final SpellingVariants variants = new SpellingVariants();

    /** The stem of a word (lower case), e.g. "responsibly" and "responsible" both give "respons". */
    public String stem(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String stem = stems.get(lower);
        if (stem == null) {
            stem = SHARED_STEMS.get(lower);
            if (stem == null) {
                stem = lower;
                if (isStemmable(lower)) {
                    englishStemmer stemmer = STEMMERS.get();
                    stemmer.setCurrent(lower);
                    stemmer.stem();
                    stem = stemmer.getCurrent();
                }
                if (SHARED_STEMS.size() < SHARED_STEMS_LIMIT) {
                    SHARED_STEMS.put(lower, stem);
                }
            }
            stems.put(lower, stem);
        }
        return stem;
    }

    /** Content term ids of a sentence, with repeats, in reading order. */
    int[] terms(Sentence sentence) {
        return terms(sentence.tokens());
    }

    /** Content term ids of a run of tokens, with repeats, in reading order. */
    int[] terms(List<Token> tokens) {
        List<Integer> out = new ArrayList<>(tokens.size());
        StringBuilder han = new StringBuilder();
        int hanEnd = -1;
        for (Token token : tokens) {
            String key = token.key();
            if (!token.isWordLike()) {
                flushHan(han, out);
                continue;
            }
            if (isHan(key)) {
                if (token.start() != hanEnd) {
                    flushHan(han, out);
                }
                han.append(key);
                hanEnd = token.end();
                continue;
            }
            flushHan(han, out);
            int term = word(key)[0];
            if (term >= 0) {
                out.add(term);
            }
        }
        flushHan(han, out);
        return toArray(out);
    }

    /**
     * The sentence as a sequence of comparable units, for finding shared wording: one per word
     * (its stem) and one per Han character; punctuation is not a unit.
     */
    int[] units(Sentence sentence) {
        return units(sentence.tokens());
    }

    /** A run of tokens as comparable units (see {@link #units(Sentence)}). */
    int[] units(List<Token> tokens) {
        List<Integer> out = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            if (!token.isWordLike()) {
                continue;
            }
            String key = token.key();
            if (isHan(key)) {
                for (int k = 0; k < key.length(); ) {
                    int cp = key.codePointAt(k);
                    String ch = key.substring(k, k + Character.charCount(cp));
                    out.add(id(ch, Stopwords.contains(ch)));
                    k += Character.charCount(cp);
                }
            } else {
                out.add(word(key)[1]);
            }
        }
        return toArray(out);
    }

    private int[] word(String key) {
        int[] ids = words.get(key);
        if (ids == null) {
            boolean function = Stopwords.contains(key);
            String stem = stem(key);
            if (!function && !this.ids.containsKey(stem)) {
                String variant = variants.variantOf(stem);
                stem = variant == null ? stem : variant;
            }
            int unit = id(stem, function);
            ids = new int[] {function ? -1 : unit, unit};
            words.put(key, ids);
        }
        return ids;
    }

    /** Whether a unit is a function word (a stopword). */
    boolean isFunctionWord(int unit) {
        return function.get(unit);
    }

    int termCount() {
        return names.size();
    }

    String name(int id) {
        return names.get(id);
    }

    private void flushHan(StringBuilder han, List<Integer> out) {
        if (han.isEmpty()) {
            return;
        }
        int[] cps = han.codePoints().toArray();
        if (cps.length == 1) {
            String ch = new String(cps, 0, 1);
            if (!Stopwords.contains(ch)) {
                out.add(id(ch, false));
            }
        }
        for (int k = 0; k + 1 < cps.length; k++) {
            String a = new String(cps, k, 1);
            String b = new String(cps, k + 1, 1);
            if (!(Stopwords.contains(a) && Stopwords.contains(b))) {
                out.add(id(a + b, false));
            }
        }
        han.setLength(0);
    }

    private int id(String term, boolean isFunction) {
        Integer id = ids.get(term);
        if (id == null) {
            id = names.size();
            ids.put(term, id);
            names.add(term);
            function.add(isFunction);
        }
        return id;
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

    static boolean isHan(String key) {
        return !key.isEmpty() && key.charAt(0) >= 0x2E80
                && Character.UnicodeScript.of(key.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    private static int[] toArray(List<Integer> values) {
        int[] array = new int[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }
}
