package org.readoutdiff.analysis;

import java.util.List;
import java.util.Locale;
import org.readoutdiff.text.Span;

/**
 * A formulation followed across a series of statements: its wordings (the same words found in
 * several statements, or a wording that became another inside aligned sentences), where each
 * occurs, its first and last appearance and the places where its wording shifted. Statements
 * are named by their index in the series (0 is the base).
 *
 * @param first the statement it first appears in, in the series' order
 * @param last  the statement it last appears in
 */
public record TrackedFormulation(Status status, List<Wording> wordings, List<Shift> shifts, int first, int last) {

    public TrackedFormulation {
        wordings = List.copyOf(wordings);
        shifts = List.copyOf(shifts);
    }

    /** What became of it by the latest statement (the latest date) of the series. */
    public enum Status {
        /** Its wording shifted somewhere along the series. */
        CHANGED,
        /** First appears in the latest statement(s). */
        NEW,
        /** The same words, still there in the latest statement(s). */
        HELD,
        /** Not in the latest statement(s) any more. */
        DROPPED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One wording: its text as first found and every place it occurs, in the series' order. */
    public record Wording(String text, List<Place> places) {

        public Wording {
            places = List.copyOf(places);
        }
    }

    /** Where a wording occurs: a statement and a span of its text. */
    public record Place(int statement, Span span) {
    }

    /** Where the wording shifted: the old words in an earlier statement, the new ones in the later statement aligned with it. */
    public record Shift(Place old, Place now) {
    }

    /**
     * Whether a shift from {@code old} to {@code now} only added words: {@code now} has every
     * word of {@code old}, in order, and more, regardless of case (a Chinese character counts as a
     * word). Such a formulation is better named by the wording that has the added words.
     */
    public static boolean onlyAddsWords(String old, String now) {
        List<String> before = words(old);
        List<String> after = words(now);
        if (before.isEmpty() || after.size() <= before.size()) {
            return false;
        }
        int k = 0;
        for (String word : after) {
            if (k < before.size() && word.equals(before.get(k))) {
                k++;
            }
        }
        return k == before.size();
    }

    /** The words of a text, lower-cased, each Chinese character a word of its own. */
    private static List<String> words(String text) {
        List<String> words = new java.util.ArrayList<>();
        WordScan.words(text.toLowerCase(Locale.ROOT), run -> {
            if (run.codePoints().anyMatch(Character::isIdeographic)) {
                run.codePoints().forEach(c -> words.add(Character.toString(c)));
            } else {
                words.add(run);
            }
        });
        return words;
    }

    /** The wordings found in a statement. */
    public List<Wording> in(int statement) {
        return wordings.stream().filter(w -> w.places().stream().anyMatch(p -> p.statement() == statement)).toList();
    }
}
