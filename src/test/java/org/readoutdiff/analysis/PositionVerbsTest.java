package org.readoutdiff.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PositionVerbsTest {

    private final PositionVerbs positions = PositionVerbs.defaults();

    @Test
    void theLongestVerbOfPositionWins() {
        assertEquals("firmly opposes", positions.find("China firmly opposes \"Taiwan independence.\""));
        assertEquals("does not support", positions.find("The United States does not support Taiwan independence."));
        assertEquals("反对", positions.find("中方反对台独。"));
    }

    @Test
    void aNounOfTheSameWordIsNoPosition() {
        assertNull(positions.find("or of outside connivance in and support for them"));
        assertNull(positions.find("They spoke in support of the dialogue."));
        assertNull(positions.find("China thanked them for their support."));
        assertNull(positions.find("There was no support among members."));
    }

    @Test
    void aStanceThatIsWhatAnotherOneTakesIsNotOneOfItsOwn() {
        assertEquals(List.of("does not seek"), positions.stances("The U.S. does not seek to oppose China.").stream()
                .map(PositionVerbs.Stance::phrase).toList());
        assertEquals(List.of("does not seek", "support"),
                positions.stances("It does not seek conflict and urged them to support talks.").stream()
                        .map(PositionVerbs.Stance::phrase).toList());
    }

    @Test
    void aVerbWhoseSubjectIsNotTheSpeakerIsNoPosition() {
        assertNull(positions.find("there is no evidence that supports the irrational claim"));
        assertNull(positions.find("a policy which opposes nobody"));
    }

    @Test
    void theSameWordAsTheSpeakersVerbIsAPosition() {
        assertEquals("supports", positions.find("there is no evidence that supports the claim, and China supports dialogue"));
        assertEquals("not supporting", positions.find("President Biden's commitment of not supporting \"Taiwan independence\""));
        assertEquals("support", positions.find("urged the U.S. side to support China's peaceful reunification"));
        assertEquals("opposed", positions.find("China is opposed to the move"));
        assertEquals("support", positions.find("The two sides support the efforts"));
        assertEquals("has no intention", positions.find("China has no intention of changing the existing order"));
    }
}
