package org.readoutdiff.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.readoutdiff.align.TopicLink;
import org.readoutdiff.report.series.SeriesFixtures;
import org.readoutdiff.report.series.SeriesJsonWriter;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.StatementMetadata;

/** The series comparison: its cells agree with the pairwise comparisons, its order with the dates, its bytes with themselves. */
class SeriesEngineTest {

    private static final SeriesComparison LIMA = SeriesFixtures.lima();

    @Test
    void eachCellSaysWhatTheComparisonWithThatStatementFound() {
        assertEquals(LIMA.base().size(), LIMA.rows().size());
        for (SeriesRow row : LIMA.rows()) {
            assertEquals(3, row.cells().size());
            for (int k = 0; k < 3; k++) {
                Comparison comparison = LIMA.comparisons().get(k);
                int b = row.sentence();
                SeriesCell cell = row.cells().get(k);
                boolean paired = comparison.pairs().stream().anyMatch(p -> p.pair().left().contains(b));
                boolean linked = comparison.counterparts().links().stream().anyMatch(l -> l.left() == b);
                if (cell instanceof SeriesCell.Aligned aligned) {
                    assertTrue(comparison.pairs().get(aligned.pair()).pair().left().contains(b));
                    assertEquals(comparison.pairs().get(aligned.pair()).pair().firstLeft() != b, aligned.continued());
                } else if (cell instanceof SeriesCell.Related related) {
                    assertFalse(paired);
                    for (int r : related.sentences()) {
                        assertTrue(comparison.counterparts().links().contains(link(comparison, b, r)));
                    }
                } else {
                    assertFalse(paired || linked, "L" + (b + 1) + " in S" + (k + 1));
                }
            }
        }
    }

    @Test
    void everySentenceOfTheOthersIsShownInARowOrAmongTheUnmatched() {
        for (int k = 0; k < LIMA.comparisons().size(); k++) {
            Comparison comparison = LIMA.comparisons().get(k);
            Set<Integer> shown = new HashSet<>();
            for (SeriesRow row : LIMA.rows()) {
                SeriesCell cell = row.cells().get(k);
                if (cell instanceof SeriesCell.Aligned aligned) {
                    shown.addAll(comparison.pairs().get(aligned.pair()).pair().right());
                    shown.addAll(aligned.related());
                } else if (cell instanceof SeriesCell.Related related) {
                    shown.addAll(related.sentences());
                }
            }
            comparison.rightOnly().forEach(o -> shown.add(o.sentence()));
            assertEquals(comparison.right().size(), shown.size(), "S" + (k + 1));
        }
    }

    @Test
    void theSeriesIsReadInDateOrderFromTheDatelines() {
        assertEquals(List.of(3, 2, 1, 0), LIMA.timeline().order());
        assertEquals(List.of("2024-11-18", "2024-11-16", "2023-11-16", "2022-11-14"), LIMA.timeline().dates());
        assertTrue(LIMA.timeline().byDate());
        assertEquals(Set.of(0), LIMA.timeline().latest());
    }

    @Test
    void givenDatesComeFirstAndWithoutDatesTheOrderIsAsGivenWithTheBaseLast() {
        Statement a = Statement.of("a", "The two sides agreed to talk. They met in Lima.");
        Statement b = Statement.of("b", "The two sides agreed to talk again. They met in Lima.");
        Statement c = Statement.of("c", "The two sides agreed to meet. They met in Lima.");
        SeriesComparison undated = new SeriesEngine(ComparisonOptions.defaults()).compare(a, List.of(b, c));
        assertEquals(List.of(1, 2, 0), undated.timeline().order());
        assertFalse(undated.timeline().byDate());
        assertEquals("as given, the base last, because a, b, c have no date (none given and no dateline found)",
                undated.timeline().reason());
        SeriesComparison dated = new SeriesEngine(ComparisonOptions.defaults()).compare(
                a.withMetadata(StatementMetadata.none().withDate("2024-11-16")),
                List.of(b.withMetadata(StatementMetadata.none().withDate("16 November 2025")),
                        c.withMetadata(StatementMetadata.none().withDate("2023-11-15"))));
        assertEquals(List.of(2, 0, 1), dated.timeline().order());
        assertEquals("metadata", dated.timeline().dateSources().get(1));
        assertEquals("2025-11-16", dated.timeline().dates().get(1));
    }

    @Test
    void theSameStatementsGiveTheSameBytes() {
        assertEquals(json(LIMA), json(SeriesFixtures.lima()));
    }

    @Test
    void aSeriesNeedsTwoOthers() {
        Statement a = Statement.of("a", "One.");
        assertThrows(IllegalArgumentException.class,
                () -> new SeriesEngine(ComparisonOptions.defaults()).compare(a, List.of(a)));
    }

    @Test
    void theStrongestVerdictIsTheSeriesVerdict() {
        assertEquals(Verdict.SUBSTANTIVE, LIMA.verdict());
        Statement a = Statement.of("a", "The two sides agreed to talk.");
        assertEquals(Verdict.IDENTICAL, new SeriesEngine(ComparisonOptions.defaults()).compare(a, List.of(a, a)).verdict());
    }

    private static TopicLink link(Comparison comparison, int left, int right) {
        return comparison.counterparts().links().stream().filter(l -> l.left() == left && l.right() == right).findFirst().orElse(null);
    }

    private static String json(SeriesComparison series) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SeriesJsonWriter(true).write(series, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
