package org.readoutdiff.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.readoutdiff.text.Sentence;
import org.readoutdiff.text.Stems;
import org.readoutdiff.text.Stopwords;
import org.readoutdiff.text.Token;

/**
 * What a sentence is about, as terms for similarity: English words reduced to their stems
 * ({@link Stems}), Chinese as character bigrams of each run of Han characters (dictionary word
 * boundaries differ between two writers, and ICU splits some names), numbers as written.
 * Function words are left out of the terms; they stay in the {@link #units} that shared
 * phrases are measured on.
 *
 * <p>Not thread-safe (the term table grows): use one instance per comparison.
 */
public final class ContentTerms {

    private final Stems stems = new Stems();
    /**
     * By token key (keys are shared strings, so their hashes are cached): the key's term id, or
     * -1 for a function word, and its unit id. Saves lower-casing and stemming every token.
     */
    private final Map<String, int[]> words = new HashMap<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<Boolean> function = new ArrayList<>();
    private final SpellingVariants variants = new SpellingVariants();

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
            String stem = stems.stem(key);
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
