package org.readoutdiff.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When a shift only adds words, the series table names the formulation by the wording that has them ({@link TrackedFormulation#onlyAddsWords}). */
class FormulationNamesTest {

    @Test
    void aWordingThatKeepsEveryWordInOrderAndGainsSomeOnlyAddsWords() {
        assertTrue(TrackedFormulation.onlyAddsWords("its alliances, and has",
                "its alliances, does not support \"Taiwan independence\" and has"));
        assertTrue(TrackedFormulation.onlyAddsWords("President Xi stressed that", "President Xi Jinping stressed that"));
        assertTrue(TrackedFormulation.onlyAddsWords("主席习近平同美国总统", "主席习近平应约同美国总统"), "a Chinese character is a word");
    }

    @Test
    void aWordingThatLosesOrReplacesAWordDoesNot() {
        assertFalse(TrackedFormulation.onlyAddsWords("one-China policy and the", "one-China principle and the"));
        assertFalse(TrackedFormulation.onlyAddsWords("was candid, in-depth and constructive", "was candid and in-depth"));
        assertFalse(TrackedFormulation.onlyAddsWords("candid and in-depth", "in-depth and candid"), "the order counts");
        assertFalse(TrackedFormulation.onlyAddsWords("President Xi stressed that", "president xi stressed that"), "nothing added");
        assertFalse(TrackedFormulation.onlyAddsWords("主席习近平应邀同美国总统", "主席习近平应约同美国总统"));
    }
}
