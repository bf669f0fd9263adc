package org.readoutdiff.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.readoutdiff.diff.Change;
import org.readoutdiff.diff.ChangeKind;
import org.readoutdiff.text.KeyNormalizer;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Segmenter;
import org.readoutdiff.text.Span;
import org.readoutdiff.text.Statement;

/** Held, new, dropped and shifted formulations on texts small enough to check by eye. */
class FormulationTrackerTest {

    private static final Segmenter SEGMENTER = new Segmenter(new KeyNormalizer(false));

    private static final String Y2022 = "The two sides should put guardrails in place. "
            + "Both agreed to maintain open lines of communication. The teams will meet again soon.";
    private static final String Y2023 = "The two sides should put guardrails in place. "
            + "Both agreed to keep open lines of communication. They agreed to resume flights.";
    private static final String Y2024 = "Both agreed to keep open lines of communication. "
            + "They agreed to resume flights. They affirmed human control over nuclear weapons decisions.";
    private static final String US2024 = "The leaders affirmed human control over nuclear weapons decisions.";

    @Test
    void heldNewDroppedAndShifted() {
        List<SegmentedStatement> statements = List.of(segment(Y2024), segment(US2024), segment(Y2023), segment(Y2022));
        // 2022 -> 2023: "maintain" -> "keep" inside the aligned second sentences
        Change maintain = change(Y2022, "maintain", Y2023, "keep");
        FormulationTracker.Result result = new FormulationTracker(100).track(statements, List.of(3, 2, 1, 0),
                Set.of(0, 1), List.of(new FormulationTracker.PairChanges(3, 2, 0.8, List.of(maintain))));
        List<String> described = new ArrayList<>();
        for (TrackedFormulation f : result.formulations()) {
            described.add(f.status().label() + " " + f.first() + "->" + f.last() + " "
                    + f.wordings().stream().map(TrackedFormulation.Wording::text).toList());
        }
        // function words at the ends of a shared run are not part of the formulation ("They", "The")
        assertEquals(List.of(
                "changed 3->0 [agreed to maintain open lines of communication, agreed to keep open lines of communication]",
                "new 1->0 [affirmed human control over nuclear weapons decisions]",
                "held 3->0 [open lines of communication]",
                "held 2->0 [agreed to resume flights]",
                "dropped 3->2 [two sides should put guardrails in place]"), described);
        assertEquals(null, result.limitReason());
    }

    @Test
    void aChangeAtTheEndOfASentenceThatOnlyAddsAClauseIsNotAShift() {
        String earlier = "The two sides reviewed the progress in dialogue and cooperation.";
        String later = "The two sides reviewed the progress in dialogue and cooperation, the spokesperson said.";
        Change tail = new Change(ChangeKind.SUBSTANTIVE, Span.at(earlier.length() - 1),
                new Span(later.indexOf(", the"), later.length() - 1));
        FormulationTracker.Result result = new FormulationTracker(100).track(List.of(segment(later), segment(earlier), segment(earlier)),
                List.of(1, 2, 0), Set.of(0), List.of(new FormulationTracker.PairChanges(1, 0, 0.9, List.of(tail))));
        assertEquals(List.of(TrackedFormulation.Status.HELD),
                result.formulations().stream().map(TrackedFormulation::status).distinct().toList());
    }

    /** Any two readouts' datelines differ: theirs is a shift that comes after the body's, whatever it weighs. */
    @Test
    void aShiftedDatelineComesAfterTheShiftsOfTheBody() {
        String oldDateline = "Xinhua | Beijing, November 16, 2023";
        String newDateline = "The White House | Lima, Peru | November 18, 2024";
        String earlier = oldDateline + "\n\nThe two sides held candid talks on climate change today.";
        String later = newDateline + "\n\nThe two sides held frank talks on climate change today.";
        List<Change> changes = List.of(change(earlier, oldDateline, later, newDateline), change(earlier, "candid", later, "frank"));
        FormulationTracker.Result result = new FormulationTracker(100).track(List.of(segment(later), segment(earlier)),
                List.of(1, 0), Set.of(0), List.of(new FormulationTracker.PairChanges(1, 0, 0.6, changes)));
        List<String> changed = result.formulations().stream()
                .filter(f -> f.status() == TrackedFormulation.Status.CHANGED)
                .map(f -> f.wordings().get(0).text()).toList();
        assertEquals(List.of("sides held candid talks on climate change today", "Xinhua | Beijing, November 16, 2023"), changed);
    }

    /** Two titles reworded are a formulation of titles, even where a body repeats the title's words. */
    @Test
    void aShiftBetweenTitlesComesAfterTheShiftsOfTheBodyEvenWhereTheBodyRepeatsItsWords() {
        String earlier = "Xi Jinping meets Joe Biden in Bali\n\nPresident Xi Jinping met Joe Biden in Bali and they held candid talks.";
        String later = "Xi Jinping meets Joe Biden near San Francisco\n\nPresident Xi Jinping met Joe Biden in Bali and they held frank talks.";
        List<Change> changes = List.of(change(earlier, "in Bali", later, "near San Francisco"), change(earlier, "candid", later, "frank"));
        FormulationTracker.Result result = new FormulationTracker(100).track(List.of(segment(later), segment(earlier)),
                List.of(1, 0), Set.of(0), List.of(new FormulationTracker.PairChanges(1, 0, 0.6, changes)));
        List<String> changed = result.formulations().stream()
                .filter(f -> f.status() == TrackedFormulation.Status.CHANGED)
                .map(f -> f.wordings().get(0).text()).toList();
        assertEquals(List.of("they held candid talks", "Joe Biden in Bali"), changed);
    }

    /** One place reworded one way in one statement and another way in the next is one formulation, not two. */
    @Test
    void twoShiftsOfOverlappingWordsAtOnePlaceAreOneFormulation() {
        String y2022 = "President Xi met U.S. President Joe Biden in Bali, Indonesia, on the first day of the summit.";
        String y2023 = "President Xi met U.S. President Joe Biden near San Francisco, on the first day of the summit.";
        String y2024 = "President Xi met U.S. President Joe Biden in Bali, upon request on the margins of the summit.";
        FormulationTracker.Result result = new FormulationTracker(100).track(
                List.of(segment(y2024), segment(y2023), segment(y2022)), List.of(2, 1, 0), Set.of(0), List.of(
                        new FormulationTracker.PairChanges(2, 1, 0.7, List.of(change(y2022, "in Bali, Indonesia", y2023,
                                "near San Francisco"))),
                        new FormulationTracker.PairChanges(2, 0, 0.7, List.of(change(y2022, "Indonesia, on the first day",
                                y2024, "upon request on the margins")))));
        List<TrackedFormulation> changed = result.formulations().stream()
                .filter(f -> f.status() == TrackedFormulation.Status.CHANGED).toList();
        assertEquals(1, changed.size(), changed.toString());
        assertEquals(2, changed.get(0).shifts().size(), changed.toString());
    }

    /** A wording does not end on "and the": its context runs on to the next word, over unchanged words only. */
    @Test
    void aShiftedWordingEndsOnAWordThatIsNotAFunctionWord() {
        String earlier = "Both sides should abide by the one-China policy and the three joint communiques, and keep talking.";
        String later = "Both sides should abide by the one-China principle and the three joint communiques, and keep talking.";
        assertEquals(List.of("one-China policy and the three", "one-China principle and the three"),
                shiftedWordings(earlier, later, List.of(change(earlier, "policy", later, "principle"))).stream()
                        .map(w -> w.replace(" joint communiques", "")).toList(),
                "the clause's end is two words on: the wording may run on to it");
    }

    /**
     * A wording does not stop a word or two short of its clause's end ("support China's peaceful"
     * → "support China's peaceful reunification"), but does not run on to one that is far.
     */
    @Test
    void aShiftedWordingRunsOnToItsClausesEndWhenThatIsNear() {
        String earlier = "The U.S. should stop arming Taiwan and support China's peaceful reunification, the spokesperson said.";
        String later = "The U.S. should stop arming Taiwan and respect China's peaceful reunification, the spokesperson said.";
        assertEquals(List.of("Taiwan and support China's peaceful reunification",
                        "Taiwan and respect China's peaceful reunification"),
                shiftedWordings(earlier, later, List.of(change(earlier, "support", later, "respect"))));
        String far = "They agreed to support the early resumption of talks between the two militaries at all levels soon.";
        String farLater = "They agreed to welcome the early resumption of talks between the two militaries at all levels soon.";
        List<String> wordings = shiftedWordings(far, farLater, List.of(change(far, "support", farLater, "welcome")));
        assertEquals(2, wordings.size(), wordings.toString());
        assertTrue(wordings.stream().noneMatch(w -> w.contains("militaries")), wordings.toString());
    }

    /** Context does not end on a negation ("and has no"), which says nothing without what it negates. */
    @Test
    void aShiftedWordingDoesNotEndOnANegation() {
        String earlier = "The U.S. does not seek to revitalize its alliances, and has no intention to seek conflict with China.";
        String later = "The U.S. does not seek to revitalize its alliances, does not support \"Taiwan independence\" and has"
                + " no intention to seek conflict with China.";
        String added = "does not support \"Taiwan independence\" ";
        Change insertion = new Change(ChangeKind.SUBSTANTIVE, Span.at(earlier.indexOf("and has")),
                new Span(later.indexOf(added), later.indexOf(added) + added.length()));
        assertEquals(List.of("its alliances", "its alliances, does not support \"Taiwan independence\""),
                shiftedWordings(earlier, later, List.of(insertion)));
    }

    /**
     * A wording is not cut inside a hyphenated name ("of China" of "China-U.S."), an
     * abbreviation's own stop does not end its clause, and "China-U.S." takes the noun it qualifies.
     */
    @Test
    void aShiftedWordingEndsAfterAHyphenatedNameAndTheNounItQualifies() {
        String earlier = "The joint communiques are the political foundation of China-U.S. relations and must be observed.";
        String later = "The joint communiques are the political basis of China-U.S. relations and must be observed.";
        List<String> wordings = shiftedWordings(earlier, later, List.of(change(earlier, "foundation", later, "basis")));
        assertEquals(2, wordings.size(), wordings.toString());
        assertTrue(wordings.get(0).endsWith("foundation of China-U.S. relations"), wordings.toString());
        assertTrue(wordings.get(1).endsWith("basis of China-U.S. relations"), wordings.toString());
    }

    /** A text may end on an abbreviation with no stop after it ("… of the U.S"): the stop that is not there ends nothing. */
    @Test
    void aTextThatEndsOnAnAbbreviationWithoutItsStopIsRead() {
        String earlier = "They met officials of the U.S";
        String later = "They met envoys of the U.S";
        List<String> wordings = shiftedWordings(earlier, later, List.of(change(earlier, "officials", later, "envoys")));
        assertEquals(2, wordings.size(), wordings.toString());
        assertTrue(wordings.get(1).contains("envoys"), wordings.toString());
    }

    @Test
    void aShiftedWordingDoesNotRunOnIntoTheNextChange() {
        String earlier = "President Xi stressed that the Taiwan question matters.";
        String later = "President Xi Jinping stressed that the one-China principle matters.";
        Change name = new Change(ChangeKind.SUBSTANTIVE, Span.at(earlier.indexOf(" stressed")),
                new Span(later.indexOf(" Jinping"), later.indexOf(" stressed")));
        assertEquals(List.of("President Xi stressed", "President Xi Jinping stressed"),
                shiftedWordings(earlier, later, List.of(name, change(earlier, "Taiwan question", later, "one-China principle"))));
    }

    /** The wordings of the first changed formulation, earliest first, tracking {@code earlier} → {@code later}. */
    private static List<String> shiftedWordings(String earlier, String later, List<Change> changes) {
        FormulationTracker.Result result = new FormulationTracker(100).track(List.of(segment(later), segment(earlier)),
                List.of(1, 0), Set.of(0), List.of(new FormulationTracker.PairChanges(1, 0, 0.8, changes)));
        return result.formulations().stream()
                .filter(f -> f.status() == TrackedFormulation.Status.CHANGED)
                .findFirst().orElseThrow()
                .wordings().stream().map(TrackedFormulation.Wording::text).toList();
    }

    private static SegmentedStatement segment(String text) {
        return SEGMENTER.segment(Statement.of("s", text));
    }

    private static Change change(String left, String leftWord, String right, String rightWord) {
        int l = left.indexOf(leftWord);
        int r = right.indexOf(rightWord);
        return new Change(ChangeKind.SUBSTANTIVE, new Span(l, l + leftWord.length()), new Span(r, r + rightWord.length()));
    }
}
