package org.readoutdiff.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readoutdiff.align.AlignedPair;
import org.readoutdiff.align.Relation;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.ComparisonEngine;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.compare.Mode;
import org.readoutdiff.text.KeyNormalizer;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Segmenter;
import org.readoutdiff.text.Span;
import org.readoutdiff.text.Statement;

/** Formulation changes between two short readouts: what ranks first, and wordings cut at no name. */
class FormulationChangesTest {

    private static final String EARLIER = """
            Readout of the call

            President Xi stressed that the Taiwan question is the first red line that must not be crossed.

            He urged the U.S. side to translate its commitment of not supporting "Taiwan independence" into concrete actions.

            The two sides agreed to continue talks on climate change and counternarcotics.""";

    private static final String LATER = """
            Readout of the meeting

            President Xi stressed that the Taiwan question is the first of four red lines that must not be crossed.

            He urged the U.S. side to see clearly the true nature of Lai Ching-te and to firmly oppose "Taiwan independence" in concrete actions.

            The two sides agreed to continue talks on climate change and counternarcotics.""";

    private static List<FormulationChange> changes() {
        Comparison comparison = new ComparisonEngine(ComparisonOptions.defaults().withMode(Mode.COUNTERPARTS))
                .compare(Statement.of("earlier", EARLIER), Statement.of("later", LATER));
        return comparison.counterparts().formulations();
    }

    private static SegmentedStatement segment(String text) {
        return new Segmenter(new KeyNormalizer(false)).segment(Statement.of("s", text));
    }

    /** The text of {@code widened} applied to the span of {@code length} characters at {@code start}. */
    private static String widened(String text, int start, int length,
                                  java.util.function.BiFunction<SegmentedStatement, Span, Span> widened) {
        return widened.apply(segment(text), new Span(start, start + length)).of(text);
    }

    private static String text(Comparison comparison, FormulationChange change, boolean left) {
        return left ? change.left().of(comparison.left().text()) : change.right().of(comparison.right().text());
    }

    @Test
    void aChangedVerbOfPositionRanksFirst() {
        Comparison comparison = new ComparisonEngine(ComparisonOptions.defaults().withMode(Mode.COUNTERPARTS))
                .compare(Statement.of("earlier", EARLIER), Statement.of("later", LATER));
        FormulationChange first = comparison.counterparts().formulations().get(0);
        assertEquals(FormulationChange.Kind.CHANGED, first.kind());
        assertEquals("position", first.reasons().get(0), first.toString());
        assertTrue(text(comparison, first, true).contains("not supporting"), text(comparison, first, true));
        assertTrue(text(comparison, first, false).contains("oppose"), text(comparison, first, false));
        assertEquals("taiwan", first.topic());
    }

    /**
     * Two sentences rewritten around a changed stance: their diff shows it inside a whole
     * clause, which ranks as a sentence rewritten; a row of its own shows the two verbs and their
     * object, and ranks first.
     */
    @Test
    void aStanceThatChangedOnOneObjectInsideRewrittenSentencesGetsARowOfItsOwnFirst() {
        String earlier = """
                Readout of the call

                President Xi urged the U.S. side to translate President Biden's commitment of not supporting "Taiwan independence" into concrete actions.""";
        String later = """
                Readout of the meeting

                If the U.S. side cares about peace across the Taiwan Strait, it is crucial that it sees clearly the true nature of the authorities, unequivocally opposes "Taiwan independence," and handles the question with prudence.""";
        Comparison comparison = new ComparisonEngine(ComparisonOptions.defaults().withMode(Mode.COUNTERPARTS))
                .compare(Statement.of("earlier", earlier), Statement.of("later", later));
        FormulationChange first = comparison.counterparts().formulations().get(0);
        assertEquals("not supporting \"Taiwan independence\"", text(comparison, first, true), first.toString());
        assertEquals("unequivocally opposes \"Taiwan independence,\"", text(comparison, first, false), first.toString());
        assertEquals("position", first.reasons().get(0));
    }

    /**
     * Two sentences made of stances ("supports Taiwan opposes Taiwan ...") give a few stance
     * rows, not one per pair of their stances: a readout's sentence takes a few stances, and
     * setting thousands against thousands would not end.
     */
    @Test
    void twoSentencesMadeOfStancesGiveAFewStanceRowsOnly() {
        String[] verbs = {"supports", "opposes", "rejects", "condemns"};
        String[] objects = {"Taiwan", "trade", "talks", "peace"};
        StringBuilder earlier = new StringBuilder("China");
        StringBuilder later = new StringBuilder("The U.S.");
        for (int k = 0; k < 400; k++) {
            earlier.append(' ').append(verbs[k % 4]).append(' ').append(objects[(k / 4) % 4]);
            later.append(' ').append(verbs[(k + 1) % 4]).append(' ').append(objects[(k / 4) % 4]);
        }
        AlignedPair pair = new AlignedPair(List.of(0), List.of(0), Relation.COUNTERPART, 0.5, 0);
        List<FormulationChanges.Wording> shifts = new FormulationChanges(PositionVerbs.defaults())
                .stanceShifts(segment(earlier + "."), segment(later + "."), List.of(pair));
        assertEquals(FormulationChanges.MAX_STANCE_ROWS, shifts.size(), "stance rows of one pair of sentences");
    }

    /** "supports dialogue, opposes sanctions": each verb has its own object, so a shift on one is found. */
    @Test
    void eachStanceOfASentenceKeepsItsOwnObject() {
        AlignedPair pair = new AlignedPair(List.of(0), List.of(0), Relation.COUNTERPART, 0.5, 0);
        String earlier = "China supports dialogue and opposes sanctions.";
        String later = "China supports dialogue and supports sanctions.";
        List<FormulationChanges.Wording> shifts = new FormulationChanges(PositionVerbs.defaults())
                .stanceShifts(segment(earlier), segment(later), List.of(pair));
        assertEquals(1, shifts.size(), "shifts: " + shifts);
        assertEquals("opposes sanctions", shifts.get(0).left().of(earlier));
        assertEquals("supports sanctions", shifts.get(0).right().of(later));
    }

    /** A text of capitalised words is read as names of a few words each, not as one name the regex engine cannot hold. */
    @Test
    void aTextOfCapitalisedWordsGivesNamesOfBoundedLength() {
        String[] words = {"President", "Xi", "Jinping", "Biden", "Taiwan", "Strait", "Lima", "APEC"};
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < 200_000; k++) {
            text.append(words[(k * 7 + k / 8) % words.length]).append(' ');
        }
        java.util.Set<String> names = FormulationChanges.names(text.toString());
        assertTrue(!names.isEmpty(), "names found");
        for (String name : names) {
            assertTrue(name.split(" ").length <= FormulationChanges.NAME_WORDS + 1, "a name of many words: " + name);
        }
    }

    /** A wording inside a sentence of capitalised words widens by a name's length, not to the sentence's ends. */
    @Test
    void aWordingAmongThousandsOfCapitalisedWordsWidensByANamesLengthOnly() {
        String text = "Biden Xi ".repeat(2000).strip() + ".";
        int middle = text.length() / 2;
        int start = text.indexOf(' ', middle) + 1;
        String widened = widened(text, start, text.indexOf(' ', start) - start, FormulationChanges::widen);
        int words = widened.split(" ").length;
        assertTrue(words > 1 && words <= 2 * FormulationChanges.NAME_WORDS + 1, "widened to " + words + " words");
    }

    /** A wording of pages is weighed by its length alone: its stances are not read. */
    @Test
    void aWordingLongerThanSeveralSentencesIsWeighedAsWordingOnly() {
        String left = "China firmly opposes \"Taiwan independence\"";
        String right = "China does not support \"Taiwan independence\"";
        assertTrue(reasons(left, right).contains("position"), "a phrase: " + reasons(left, right));
        String padding = " and the sides met".repeat(FormulationChanges.MAX_WEIGHED_CHARS / 10);
        assertEquals(List.of("wording"), reasons(left + padding, right));
    }

    /** A short quotation far into a long sentence is still whole in a wording that cuts it. */
    @Test
    void aQuotationFarIntoALongSentenceIsStillWidenedWhole() {
        String text = "They met ".repeat(2000) + "and opposed \"Taiwan independence\" firmly.";
        int start = text.indexOf("independence");
        assertEquals("\"Taiwan independence\" firmly",
                widened(text, start, "independence\" firmly".length(), FormulationChanges::widen));
    }

    /** What a wording of {@code left} against one of {@code right} weighs for, besides its words. */
    private static List<String> reasons(String left, String right) {
        return new FormulationChanges(PositionVerbs.defaults()).weigh(left, right,
                FormulationChanges.Vocabulary.of(left), FormulationChanges.Vocabulary.of(right)).reasons();
    }

    @Test
    void aPositionChangesWhenOneStanceOnAThingBothNameBecomesAnother() {
        assertEquals(List.of("position", "wording"),
                reasons("does not support \"Taiwan independence\"", "firmly opposes \"Taiwan independence\""));
        assertEquals(List.of("position", "wording"),
                reasons("\"Taiwan independence,\" stop arming Taiwan, and support peaceful reunification",
                        "unequivocally opposes \"Taiwan independence\" and supports peaceful reunification"));
        assertEquals(List.of("position", "wording"), reasons("supports the talks", "the talks went on"));
    }

    @Test
    void stancesOnDifferentThingsOrInOtherFormsOfOneVerbAreNoChangeOfPosition() {
        assertEquals(List.of("wording"),
                reasons("supports China's peaceful reunification", "has no intention to seek conflict with China"));
        assertEquals(List.of("wording"), reasons("does not seek", "is not seeking"));
        assertEquals(List.of("wording"), reasons("supports the talks", "support the talks"));
    }

    /**
     * A stock phrase both readouts use in sentences that make different points ("a new Cold War")
     * is a formulation set in other words: its clause on each side, as one changed row.
     */
    @Test
    void aSharedFormulationInSentencesThatAreNotPairedGivesTheClauseAroundItOnEachSide() {
        String earlier = """
                Readout of the call

                He reaffirmed that the U.S. does not seek a new Cold War, and hopes for steady ties.

                The two sides agreed to continue talks on climate change and counternarcotics.""";
        String later = """
                Readout of the meeting

                President Xi pointed out that the Thucydides's Trap is not inevitable, a new Cold War should not be fought and cannot be won, and containment will fail.

                The two sides agreed to continue talks on climate change and counternarcotics.""";
        Comparison comparison = new ComparisonEngine(ComparisonOptions.defaults().withMode(Mode.COUNTERPARTS))
                .compare(Statement.of("earlier", earlier), Statement.of("later", later));
        List<FormulationChange> reframed = comparison.counterparts().formulations().stream()
                .filter(c -> c.reasons().contains(FormulationChanges.SHARED_ELSEWHERE)).toList();
        assertEquals(1, reframed.size(), comparison.counterparts().formulations().toString());
        assertEquals(FormulationChange.Kind.CHANGED, reframed.get(0).kind());
        assertEquals("He reaffirmed that the U.S. does not seek a new Cold War", text(comparison, reframed.get(0), true));
        assertEquals("a new Cold War should not be fought and cannot be won", text(comparison, reframed.get(0), false));
    }

    /** Who says a point ("President Xi stressed that" against "Wang Yi noted that") is no formulation: such a row comes last. */
    @Test
    void aWordingThatOnlySaysWhoSpeaksComesAfterTheFormulations() {
        String earlier = """
                Readout of the call

                President Xi stressed that the two sides should manage their differences and expand cooperation.

                He urged the U.S. side to stop arming Taiwan.""";
        String later = """
                Readout of the meeting

                Wang Yi noted that the two sides should manage their differences and expand cooperation.

                He urged the U.S. side to stop arming Taiwan and to oppose "Taiwan independence".""";
        Comparison comparison = new ComparisonEngine(ComparisonOptions.defaults().withMode(Mode.COUNTERPARTS))
                .compare(Statement.of("earlier", earlier), Statement.of("later", later));
        List<FormulationChange> rows = comparison.counterparts().formulations();
        int frame = -1;
        for (int k = 0; k < rows.size(); k++) {
            if (rows.get(k).reasons().contains(FormulationChanges.FRAME)) {
                frame = frame < 0 ? k : frame;
                assertEquals("President Xi stressed", text(comparison, rows.get(k), true), rows.toString());
            } else {
                assertTrue(frame < 0 || rows.get(k).reasons().contains(FormulationChanges.HEADING),
                        "a formulation after a row of who speaks: " + rows);
            }
        }
        assertTrue(frame > 0, rows.toString());
    }

    @Test
    void aNewNameIsShownWholeAndRanksAsANamedItem() {
        Comparison comparison = new ComparisonEngine(ComparisonOptions.defaults().withMode(Mode.COUNTERPARTS))
                .compare(Statement.of("earlier", EARLIER), Statement.of("later", LATER));
        FormulationChange named = comparison.counterparts().formulations().stream()
                .filter(c -> c.right() != null && text(comparison, c, false).contains("Lai"))
                .findFirst().orElseThrow();
        assertTrue(text(comparison, named, false).contains("Lai Ching-te"), text(comparison, named, false));
        assertTrue(named.reasons().contains("named item"), named.toString());
    }

    /** "U.S." has full stops inside and after it; neither ends the name it opens. */
    @Test
    void aWordingIsWidenedOverAnAbbreviationToTheWholeName() {
        String text = "Readout\n\nPresident Xi Jinping met with U.S. President Joe Biden in Lima on Saturday.";
        SegmentedStatement statement = segment(text);
        int start = text.indexOf("met with");
        Span widened = FormulationChanges.widen(statement, new Span(start, text.indexOf("U.S.") + 3));
        assertEquals("met with U.S. President Joe Biden", widened.of(text));
        int president = text.indexOf("President Joe");
        assertEquals("U.S. President Joe Biden", FormulationChanges.widen(statement,
                new Span(president, president + "President".length())).of(text));
    }

    /** "China-U.S." and "U.S.-China" are one name each: a wording never starts or ends at their hyphen. */
    @Test
    void aWordingIsWidenedOverAHyphenBetweenTwoPartsOfAName() {
        String text = "Readout\n\nThe two sides reviewed China-U.S. relations and the U.S.-China Joint Statement.";
        assertEquals("China-U.S. relations", widened(text, text.indexOf("U.S. relations"), "U.S. relations".length(),
                FormulationChanges::widen));
        assertEquals("the U.S.-China Joint Statement", widened(text, text.indexOf("the U.S.-China"), "the U.S".length(),
                FormulationChanges::widen));
    }

    /** A series wording crosses no quotation mark (it gets the opening one), but one inside a quotation stays inside. */
    @Test
    void aSeriesWordingTakesTheOpeningMarkOfAQuotationItEndsButStaysInsideOneThatHoldsIt() {
        String text = "Readout\n\nThe U.S. should honor its commitment that it does not support \"Taiwan independence,\" stop arming Taiwan.";
        int taiwan = text.indexOf("Taiwan independence");
        assertEquals("\"Taiwan independence,\" stop arming Taiwan", widened(text, taiwan, text.lastIndexOf('.') - taiwan,
                FormulationChanges::widenToNamesAndQuotations));
        assertEquals("independence", widened(text, text.indexOf("independence"), "independence".length(),
                FormulationChanges::widenToNamesAndQuotations));
    }

    @Test
    void aChangedNumberIsFoundAndTheUnchangedSentenceGivesNoRow() {
        List<FormulationChange> changes = changes();
        assertTrue(changes.stream().anyMatch(c -> c.reasons().contains("number")), changes.toString());
        assertTrue(changes.stream().noneMatch(c -> c.leftSentence() == 3 || c.rightSentence() == 3),
                "the identical last sentence has no formulation change: " + changes);
    }

    @Test
    void rowsAreRankedByWeightTheTitlesAndDatelinesLast() {
        List<FormulationChange> changes = changes();
        for (int k = 1; k < changes.size(); k++) {
            boolean before = changes.get(k - 1).reasons().contains(FormulationChanges.HEADING);
            boolean after = changes.get(k).reasons().contains(FormulationChanges.HEADING);
            assertTrue(!before || after, "a title or dateline row before a row of the body: " + changes);
            assertTrue(before != after || changes.get(k - 1).weight() >= changes.get(k).weight(), changes.toString());
        }
        assertTrue(changes.get(changes.size() - 1).reasons().contains(FormulationChanges.HEADING),
                "the titles differ, so their row is there, last: " + changes);
    }

    /**
     * The seed sets its "irreconcilable as water and fire" sentence against three US sentences:
     * the first rows are all different formulations, and a wording shown again comes after them.
     */
    @Test
    void aWordingShownAgainComesAfterTheRowsOfDifferentFormulations() throws Exception {
        Comparison comparison = new ComparisonEngine(ComparisonOptions.defaults().withMode(Mode.COUNTERPARTS)).compare(
                Statement.of("seed", java.nio.file.Files.readString(org.readoutdiff.Fixtures.path(org.readoutdiff.Fixtures.SEED))),
                Statement.of("us", java.nio.file.Files.readString(org.readoutdiff.Fixtures.path(org.readoutdiff.Fixtures.US_A))));
        List<FormulationChange> rows = comparison.counterparts().formulations();
        int firstRepeat = -1;
        for (int k = 0; k < rows.size() && firstRepeat < 0; k++) {
            for (int earlier = 0; earlier < k; earlier++) {
                if (overlap(rows.get(earlier).left(), rows.get(k).left()) || overlap(rows.get(earlier).right(), rows.get(k).right())) {
                    firstRepeat = k;
                    break;
                }
            }
        }
        assertTrue(firstRepeat >= 20, "the top 20 show 20 different formulations; the first repeat is row " + (firstRepeat + 1));
        for (int k = 1; k < firstRepeat; k++) {
            assertTrue(rows.get(k - 1).weight() >= rows.get(k).weight(), "by weight: " + rows.subList(0, firstRepeat));
        }
        long repeats = rows.stream().filter(r -> r.leftSentence() >= 0
                && text(comparison, r, true).contains("irreconcilable as water and fire")).count();
        assertTrue(repeats >= 2, "the sentence is set against several US sentences: " + repeats);
    }

    private static boolean overlap(Span a, Span b) {
        return a != null && b != null && a.overlaps(b);
    }

    /**
     * A dateline full of names and dates outweighs a plain change of wording at a quarter of its
     * weight; it still comes after it, since any two readouts' datelines differ.
     */
    @Test
    void aChangedDatelineComesAfterAPlainChangeOfWording() {
        String earlier = "Xinhua | Beijing, November 16, 2023\n\nThe two sides held candid talks on climate change.";
        String later = "The White House | Lima, Peru, November 18, 2024\n\nThe two sides held frank talks on climate change.";
        Comparison comparison = new ComparisonEngine(ComparisonOptions.defaults().withMode(Mode.COUNTERPARTS))
                .compare(Statement.of("earlier", earlier), Statement.of("later", later));
        List<FormulationChange> changes = comparison.counterparts().formulations();
        assertEquals(2, changes.size(), changes.toString());
        assertEquals("candid", text(comparison, changes.get(0), true), changes.toString());
        assertEquals("frank", text(comparison, changes.get(0), false), changes.toString());
        assertTrue(changes.get(1).reasons().contains(FormulationChanges.HEADING), changes.toString());
        assertTrue(changes.get(1).weight() > changes.get(0).weight(),
                "the dateline row weighs more, and still comes second: " + changes);
    }

    @Test
    void headingsAreRecognised() {
        org.readoutdiff.text.SegmentedStatement later = new org.readoutdiff.text.Segmenter(
                new org.readoutdiff.text.KeyNormalizer(false)).segment(Statement.of("later", LATER));
        assertTrue(Headings.isHeading(later, 0));
        assertTrue(!Headings.isHeading(later, 1));
    }

    @Test
    void aWordingStartsAndEndsWithWordsNotWithTheCommasAroundIt() {
        String principles = "The two Presidents reiterated the common understandings, namely treating each other with"
                + " respect, maintaining open lines of communication, preventing conflict, ";
        Comparison comparison = new ComparisonEngine(ComparisonOptions.defaults().withMode(Mode.COUNTERPARTS)).compare(
                Statement.of("earlier", principles + "upholding the United Nations Charter, cooperating in areas of"
                        + " shared interest, and responsibly managing competitive aspects of the relationship."),
                Statement.of("later", principles + "and responsibly managing competitive aspects of the relationship."));
        List<String> dropped = comparison.counterparts().formulations().stream().filter(f -> f.right() == null)
                .map(f -> text(comparison, f, true)).toList();
        assertEquals(List.of("upholding the United Nations Charter, cooperating in areas of shared interest"), dropped);
    }

    @Test
    void aWordingLeavesOutTheFrameThatRelaysIt() {
        Comparison comparison = new ComparisonEngine(ComparisonOptions.defaults().withMode(Mode.COUNTERPARTS)).compare(
                Statement.of("china", "The two Presidents reviewed the progress in dialogue and cooperation on"
                        + " counternarcotics and climate change since their San Francisco meeting, the spokesperson said."),
                Statement.of("us", "The two Presidents reviewed the progress in dialogue and cooperation on"
                        + " counternarcotics and climate change."));
        List<String> dropped = comparison.counterparts().formulations().stream().filter(f -> f.right() == null)
                .map(f -> text(comparison, f, true)).toList();
        assertEquals(List.of("since their San Francisco meeting"), dropped);
    }
}
