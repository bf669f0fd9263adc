package org.readoutdiff.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Sentence;
import org.readoutdiff.text.Stopwords;
import org.readoutdiff.text.Token;
import org.readoutdiff.text.TokenKind;

/**
 * One statement as units with their spans; a sentence end is a negative unit that matches
 * nothing on the other side ({@code boundary} differs per side).
 */
final class PhraseUnits {

    private static final Set<String> NEGATIONS = Set.of("no", "not", "never");
    /** Marks after which a clause ends: commas, stops, colons, dashes, brackets, in English and Chinese. */
    private static final String CLAUSE_PUNCTUATION = ",;:.!?()\u2014\u2013\uFF0C\uFF1B\uFF1A\u3001\u3002\uFF01\uFF1F";

    final int[] units;
    final int[] starts;
    final int[] ends;
    final boolean[] function;
    /** One Chinese character rather than a word. */
    final boolean[] han;
    /** A number ("2024", "55"). */
    final boolean[] number;
    /** "no", "not" or "never": not a function word, but it leans on what it negates. */
    final boolean[] negation;
    /** The token each unit belongs to (a Chinese word's characters share one). */
    final int[] token;
    /** Whether a clause ends after the unit: a comma, a stop or the like, or the sentence's end, follows it. */
    final boolean[] endsClause;
    private final int size;

    private final String text;

    private PhraseUnits(Builder b, String text) {
        this.text = text;
        this.units = b.units;
        this.starts = b.starts;
        this.ends = b.ends;
        this.function = b.function;
        this.han = b.han;
        this.number = b.number;
        this.negation = b.negation;
        this.token = b.token;
        this.size = b.n;
        this.endsClause = new boolean[size];
        for (int k = 0; k + 1 < size; k++) {
            // an abbreviation's own stop ("U.S." in "U.S. relations") ends no clause
            boolean ownStop = ends[k] < text.length() && text.charAt(ends[k]) == '.' && isAbbreviation(k);
            int from = ownStop ? ends[k] + 1 : ends[k];
            endsClause[k] = !isBoundary(k) && (isBoundary(k + 1) || hasClausePunctuation(text, from, starts[k + 1]));
        }
    }

    private static boolean hasClausePunctuation(String text, int from, int to) {
        for (int i = from; i < Math.min(to, text.length()); i++) {
            if (isClausePunctuation(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a clause ends at this mark: a comma, a stop, a colon, a dash or a bracket. */
    static boolean isClausePunctuation(char c) {
        return CLAUSE_PUNCTUATION.indexOf(c) >= 0;
    }

    static PhraseUnits of(SegmentedStatement statement, Map<String, Integer> ids, int boundary) {
        Builder b = new Builder(statement.tokenCount() * 2 + statement.size() + 1);
        Map<String, int[]> words = new HashMap<>(); // by token key (shared strings): {unit id, function word}
        for (Sentence sentence : statement.sentences()) {
            for (Token token : sentence.tokens()) {
                if (!token.isWordLike()) {
                    continue;
                }
                b.tokens++;
                String key = token.key();
                if (isHan(key)) {
                    boolean direct = key.length() == token.end() - token.start();
                    for (int k = 0; k < key.length(); ) {
                        int width = Character.charCount(key.codePointAt(k));
                        String ch = key.substring(k, k + width);
                        b.add(id(ids, ch), direct ? token.start() + k : token.start(),
                                direct ? token.start() + k + width : token.end(), Stopwords.contains(ch), true, false,
                                false);
                        k += width;
                    }
                } else {
                    int[] word = words.get(key);
                    if (word == null) {
                        String lower = key.toLowerCase(Locale.ROOT);
                        word = new int[] {id(ids, lower), Stopwords.contains(key) ? 1 : 0, NEGATIONS.contains(lower) ? 1 : 0};
                        words.put(key, word);
                    }
                    b.add(word[0], token.start(), token.end(), word[1] == 1, false, token.kind() == TokenKind.NUMBER,
                            word[2] == 1);
                }
            }
            // at the sentence's end, after its closing punctuation: starts and ends stay in text order
            int at = Math.max(sentence.end(), b.n > 0 ? b.ends[b.n - 1] : 0);
            b.add(boundary, at, at, false, false, false, false);
        }
        return new PhraseUnits(b, statement.text());
    }

    /** Growing arrays, one element per unit. */
    private static final class Builder {
        int[] units;
        int[] starts;
        int[] ends;
        boolean[] function;
        boolean[] han;
        boolean[] number;
        boolean[] negation;
        int[] token;
        int n;
        int tokens;

        Builder(int capacity) {
            units = new int[capacity];
            starts = new int[capacity];
            ends = new int[capacity];
            function = new boolean[capacity];
            han = new boolean[capacity];
            number = new boolean[capacity];
            negation = new boolean[capacity];
            token = new int[capacity];
        }

        void add(int unit, int start, int end, boolean isFunction, boolean isHan, boolean isNumber, boolean isNegation) {
            if (n == units.length) {
                int capacity = units.length * 2 + 1;
                units = Arrays.copyOf(units, capacity);
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
                function = Arrays.copyOf(function, capacity);
                han = Arrays.copyOf(han, capacity);
                number = Arrays.copyOf(number, capacity);
                negation = Arrays.copyOf(negation, capacity);
                token = Arrays.copyOf(token, capacity);
            }
            units[n] = unit;
            starts[n] = start;
            ends[n] = end;
            function[n] = isFunction;
            han[n] = isHan;
            number[n] = isNumber;
            negation[n] = isNegation;
            token[n] = unit < 0 ? -1 : tokens;
            n++;
        }
    }

    /**
     * Whether the unit is a capitalised abbreviation or the end of a hyphenated name ("U.S",
     * "China-U.S", "one-China"), which qualify the noun after them; a name alone ("President
     * Xi") is as often the subject of the verb after it.
     */
    boolean qualifier(int index) {
        if (!Character.isUpperCase(text.charAt(starts[index]))) {
            return false;
        }
        return isAbbreviation(index) || index > 0 && hyphenBetween(index - 1, index);
    }

    /** Whether the unit's word has a full stop inside it ("U.S", "U.N"): the stop after it is its own. */
    private boolean isAbbreviation(int index) {
        return text.substring(starts[index], ends[index]).indexOf('.') > 0;
    }

    /** Whether two units are parts of one hyphenated word ("China-U.S", "one-China"). */
    boolean hyphenBetween(int a, int b) {
        return ends[a] + 1 == starts[b] && text.charAt(ends[a]) == '-';
    }

    /** Whether the unit is a word of lowercase letters ("relations"). */
    boolean lowercaseWord(int index) {
        return !number[index] && Character.isLowerCase(text.charAt(starts[index]));
    }

    /** Whether two units are apart by one space, or by an abbreviation's stop and one space ("U.S. relations"). */
    boolean spaceBetween(int a, int b) {
        String between = text.substring(ends[a], starts[b]);
        return between.equals(" ") || between.equals(". ") && isAbbreviation(a);
    }

    /** Whether units {@code a} and {@code b} are characters of one Chinese word. */
    boolean sameWord(int a, int b) {
        return token[a] >= 0 && token[a] == token[b];
    }

    /** A unit's weight in half-words: a word is two, a Chinese character one. */
    int weight(int index) {
        return han[index] ? 1 : 2;
    }

    int size() {
        return size;
    }

    boolean isBoundary(int index) {
        return units[index] < 0;
    }

    /** Whether a sentence ends inside {@code [start, end)}. */
    boolean crossesSentence(int start, int end) {
        for (int k = unitAt(start); k < size && starts[k] < end; k++) {
            if (isBoundary(k) && starts[k] > start) {
                return true;
            }
        }
        return false;
    }

    /** The first unit that ends after {@code offset} (the unit holding it, or the next one); size() if none. */
    int unitAt(int offset) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    boolean sameUnits(int from, int length, PhraseUnits other, int otherFrom) {
        for (int k = 0; k < length; k++) {
            if (units[from + k] != other.units[otherFrom + k]) {
                return false;
            }
        }
        return true;
    }

    boolean onlyFunctionWords(int from, int length) {
        for (int k = from; k < from + length; k++) {
            if (!function[k]) {
                return false;
            }
        }
        return true;
    }

    private static int id(Map<String, Integer> ids, String unit) {
        Integer id = ids.get(unit);
        if (id == null) {
            id = ids.size();
            ids.put(unit, id);
        }
        return id;
    }

    private static boolean isHan(String key) {
        return !key.isEmpty() && Character.UnicodeScript.of(key.codePointAt(0)) == Character.UnicodeScript.HAN;
    }
}
