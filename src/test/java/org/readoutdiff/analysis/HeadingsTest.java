package org.readoutdiff.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readoutdiff.align.SentencePair;
import org.readoutdiff.text.KeyNormalizer;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Segmenter;
import org.readoutdiff.text.Statement;

class HeadingsTest {

    private static final Segmenter SEGMENTER = new Segmenter(new KeyNormalizer(false));

    private static SegmentedStatement of(String text) {
        return SEGMENTER.segment(Statement.of("s", text));
    }

    private static final SegmentedStatement XINHUA = of("""
            Chinese spokesperson on the meeting between the Presidents in Lima

            Xinhua | November 18, 2024

            Share:

            The two Presidents met in Lima. They spoke for two hours.""");

    private static final SegmentedStatement WHITE_HOUSE = of("""
            ILLUSTRATIVE TEXT written for testing; not an official statement.

            Readout of President Biden's Meeting with President Xi

            The White House | Lima, Peru | November 16, 2024

            Today in Lima, President Biden met President Xi.""");

    @Test
    void theTitleIsTheFirstHeadingWithoutADateAndTheDatelineTheFirstWithOne() {
        assertEquals(0, Headings.title(XINHUA));
        assertEquals(1, Headings.dateline(XINHUA));
        assertEquals(1, Headings.title(WHITE_HOUSE), "a line ended as a sentence is no heading");
        assertEquals(2, Headings.dateline(WHITE_HOUSE));
        SegmentedStatement chinese = of("中美元首会晤\n\n新华社利马2024年11月16日电\n\n两国元首举行会晤。");
        assertEquals(0, Headings.title(chinese));
        assertEquals(1, Headings.dateline(chinese));
    }

    @Test
    void pageFurnitureIsNoTitle() {
        SegmentedStatement shareFirst = of("Share:\n\nXinhua | November 18, 2024\n\nThe two Presidents met in Lima.");
        assertEquals(-1, Headings.title(shareFirst));
        assertEquals(1, Headings.dateline(shareFirst));
    }

    @Test
    void titlesPairWithTitlesAndDatelinesWithDatelinesEitherWay() {
        assertEquals(List.of(new SentencePair(0, 1), new SentencePair(1, 2)), Headings.counterparts(XINHUA, WHITE_HOUSE));
        assertEquals(List.of(new SentencePair(1, 0), new SentencePair(2, 1)), Headings.counterparts(WHITE_HOUSE, XINHUA));
        SegmentedStatement bodyOnly = of("The two Presidents met in Lima. They spoke for two hours.");
        assertEquals(List.of(), Headings.counterparts(XINHUA, bodyOnly));
    }
}
