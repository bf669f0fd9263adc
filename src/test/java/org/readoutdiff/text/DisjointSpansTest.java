package org.readoutdiff.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The set answers as a scan of every span in it would, by {@link Span#overlaps}. */
class DisjointSpansTest {

    @Property(tries = 300)
    void answersAsAScanOfEverySpanWould(@ForAll("spans") List<Span> offered, @ForAll("spans") List<Span> asked) {
        DisjointSpans set = new DisjointSpans();
        List<Span> kept = new ArrayList<>();
        for (Span span : offered) {
            boolean overlaps = kept.stream().anyMatch(span::overlaps);
            assertEquals(overlaps, set.overlapsAny(span), "offering " + span + " to " + kept);
            if (!overlaps) {
                set.add(span);
                kept.add(span);
            }
        }
        for (Span span : asked) {
            assertEquals(kept.stream().anyMatch(span::overlaps), set.overlapsAny(span), span + " against " + kept);
        }
    }

    @Provide
    Arbitrary<List<Span>> spans() {
        Arbitrary<Integer> start = Arbitraries.integers().between(0, 60);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 12);
        return Combinators.combine(start, length).as((s, l) -> new Span(s, s + l)).list().ofMaxSize(40);
    }

    @Test
    void emptyAndMissingSpansOverlapNothingAndAreNotKept() {
        DisjointSpans set = new DisjointSpans();
        set.add(new Span(3, 8));
        set.add(Span.at(5));
        set.add(null);
        assertFalse(set.overlapsAny(null));
        assertFalse(set.overlapsAny(Span.at(5)));
        assertTrue(set.overlapsAny(new Span(7, 20)));
        assertFalse(set.overlapsAny(new Span(8, 20)), "touching is not overlapping");
        assertThrows(IllegalArgumentException.class, () -> set.add(new Span(0, 4)));
    }
}
