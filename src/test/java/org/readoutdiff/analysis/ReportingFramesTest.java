package org.readoutdiff.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.readoutdiff.text.KeyNormalizer;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Segmenter;
import org.readoutdiff.text.Span;
import org.readoutdiff.text.Statement;

/** A wording loses a relayed reporting frame at either end, and keeps one in its middle or one that is all of it. */
class ReportingFramesTest {

    private static final String TEXT = "The spokesperson noted that the two sides agreed to resume military talks."
            + " The two Presidents reviewed progress since their meeting, the spokesperson said.";

    private static final SegmentedStatement STATEMENT = new Segmenter(new KeyNormalizer(true))
            .segment(Statement.of("china", TEXT));

    private static final ReportingFrames FRAMES = ReportingFrames.of(
            Attributor.of(AttributionRules.defaults(), VerbScale.defaults()).attribute(STATEMENT), VerbScale.defaults());

    private static String cut(int sentence, String wording) {
        int start = TEXT.indexOf(wording);
        return FRAMES.cut(TEXT, sentence, new Span(start, start + wording.length())).of(TEXT);
    }

    @Test
    void aFrameAtTheEndOrTheStartIsLeftOut() {
        assertEquals("since their meeting, ", cut(1, "since their meeting, the spokesperson said"));
        assertEquals("the two sides agreed", cut(0, "The spokesperson noted that the two sides agreed"));
    }

    @Test
    void aWordingThatIsOnlyTheFrameOrHoldsItInsideStaysWhole() {
        assertEquals("The spokesperson noted that", cut(0, "The spokesperson noted that"));
        assertEquals("since their meeting", cut(1, "since their meeting"));
    }

    @Test
    void anOpeningParticipleOfAVerbOfSpeechIsAFrameAndOtherWordingsAreNot() {
        String text = "Noting that the two sides agreed, China welcomed it. Pointing out that talks resumed, he left."
                + " Building on that, they met. The spokesperson noted that talks resumed.";
        SegmentedStatement statement = new Segmenter(new KeyNormalizer(true)).segment(Statement.of("china", text));
        ReportingFrames frames = ReportingFrames.of(List.of(), VerbScale.defaults()); // no speakers: only participles
        assertTrue(frames.onlyFrame(statement, 0, place(text, "Noting that")));
        assertTrue(frames.onlyFrame(statement, 0, place(text, "Noting")));
        assertTrue(frames.onlyFrame(statement, 1, place(text, "Pointing out that")));
        assertFalse(frames.onlyFrame(statement, 0, place(text, "Noting that the two sides")),
                "more than the frame");
        assertFalse(frames.onlyFrame(statement, 2, place(text, "Building on that")),
                "not a verb of speech");
        assertFalse(frames.onlyFrame(statement, 1, place(text, "Noting that")),
                "not in its sentence");
    }

    private static Span place(String text, String wording) {
        int start = text.indexOf(wording);
        return new Span(start, start + wording.length());
    }
}
