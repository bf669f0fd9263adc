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

    /** The wordings found in a statement. */
    public List<Wording> in(int statement) {
        return wordings.stream().filter(w -> w.places().stream().anyMatch(p -> p.statement() == statement)).toList();
    }
}
