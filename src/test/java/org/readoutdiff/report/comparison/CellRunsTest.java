package org.readoutdiff.report.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readoutdiff.diff.Change;
import org.readoutdiff.diff.ChangeKind;
import org.readoutdiff.report.Fragment;
import org.readoutdiff.text.KeyNormalizer;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Segmenter;
import org.readoutdiff.text.Span;
import org.readoutdiff.text.Statement;

/** A cell shows its pair's sentences, and never the text between two of them that are far apart. */
class CellRunsTest {

    private static final SegmentedStatement TEXT = new Segmenter(new KeyNormalizer(true)).segment(Statement.of("t",
            "The leaders met in Lima. They spoke of trade.\n\nThey spoke of climate. They agreed to talk again."));

    @Test
    void sentencesThatFollowOneAnotherAreOneRunAndOthersAreSeparate() {
        assertEquals(List.of(new Span(0, 45)), RowsBuilder.runs(TEXT, List.of(1, 0)));
        assertEquals(List.of(new Span(0, 24), new Span(70, 96)), RowsBuilder.runs(TEXT, List.of(0, 3)));
    }

    @Test
    void aCellOfSentencesFarApartMarksTheOmissionAndKeepsEachChangeInItsSentence() {
        String text = TEXT.text();
        Span again = new Span(text.indexOf("again"), text.indexOf("again") + "again".length());
        List<Fragment> fragments = RowsBuilder.fragments(text, RowsBuilder.runs(TEXT, List.of(0, 3)),
                List.of(new Change(ChangeKind.SUBSTANTIVE, Span.at(0), again)), List.of("C1"), false);
        assertEquals(List.of(
                new Fragment("The leaders met in Lima.", null, null),
                new Fragment(" [\u2026] ", null, null),
                new Fragment("They agreed to talk ", null, null),
                new Fragment("again", "substantive", "C1"),
                new Fragment(".", null, null)), fragments);
    }
}
