package org.readoutdiff.report.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.readoutdiff.analysis.SharedPhrase;
import org.readoutdiff.analysis.TopicCoverage;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.Mode;
import org.readoutdiff.text.Span;
import org.readoutdiff.text.Statement;
import org.readoutdiff.report.Fragment;
import org.readoutdiff.report.Ids;
import org.readoutdiff.report.SentenceLink;

/** The view models: rows, anchors, folding, the change list and the counterparts sections. */
class ReportViewsTest {

    private static final Comparison MIXED = ReportFixtures.seedVersus("mixed-edits");

    @Test
    void rowsHaveStableAnchorsMadeOfSentenceIds() {
        ReportView view = ReportViews.of(MIXED);
        List<String> anchors = view.rows().stream().map(RowView::anchor).toList();
        assertEquals("L1-R1", anchors.get(0));
        assertTrue(anchors.contains("L26"), "the deleted sentence is a row of its own: " + anchors);
        assertTrue(anchors.contains("L41-R40-R41"), "the split sentence is one row: " + anchors);
        assertEquals(anchors.size(), new HashSet<>(anchors).size(), "anchors are unique");
        assertEquals(view, ReportViews.of(ReportFixtures.seedVersus("mixed-edits")), "same inputs, same view");
    }

    @Test
    void everySentenceIsShownExactlyOnceInReadingOrder() {
        ReportView view = ReportViews.of(MIXED);
        Set<String> seen = new HashSet<>();
        for (RowView row : view.rows()) {
            for (String id : row.leftSentences()) {
                assertTrue(seen.add(id), id);
            }
            for (String id : row.rightSentences()) {
                assertTrue(seen.add(id), id);
            }
        }
        assertEquals(MIXED.left().size() + MIXED.right().size(), seen.size());
    }

    @Test
    void rowTextRebuildsEachSentenceExactly() {
        ReportView view = ReportViews.of(MIXED);
        RowView edited = row(view, "L17-R17");
        assertEquals(MIXED.left().sentence(16).text(MIXED.left().text()), text(edited.left()));
        assertEquals(MIXED.right().sentence(16).text(MIXED.right().text()), text(edited.right()));
        assertEquals(List.of("bound"), edited.left().stream().filter(Fragment::changed).map(Fragment::text).toList());
        assertEquals(List.of("doomed"), edited.right().stream().filter(Fragment::changed).map(Fragment::text).toList());
        assertTrue(edited.changed());
        assertFalse(edited.quiet());
        assertTrue(row(view, "L9-R9").quiet(), "a punctuation-only row is quiet");
    }

    @Test
    void changesAreNumberedInRowOrderWithTheirContext() {
        ReportView view = ReportViews.of(MIXED);
        List<String> ids = view.changes().stream().map(ChangeView::id).toList();
        assertEquals(List.of("C1", "C2", "C3", "C4", "C5", "C6"), ids);
        ChangeView bound = view.changes().stream().filter(c -> c.leftText().equals("bound")).findFirst().orElseThrow();
        assertEquals("L17-R17", bound.rowAnchor());
        assertEquals("substantive", bound.kind());
        assertFalse(bound.minor());
        assertTrue(bound.before().startsWith("\u2026") && bound.before().endsWith("unacceptable and "), bound.before());
        assertEquals(" to fail.", bound.after());
        assertTrue(view.changes().stream().filter(c -> !c.kind().equals("substantive")).allMatch(ChangeView::minor));
        for (ChangeView change : view.changes()) {
            assertTrue(view.rows().stream().anyMatch(r -> r.anchor().equals(change.rowAnchor())), change.id());
        }
    }

    @Test
    void contextIsCutAtASpaceAndNeverSplitsASurrogatePair() {
        String text = "word ".repeat(30) + "CHANGE" + " tail".repeat(30);
        int at = text.indexOf("CHANGE");
        String before = RowsBuilder.before(text, 0, at);
        assertTrue(before.startsWith("\u2026word "), before);
        String after = RowsBuilder.after(text, at + 6, text.length());
        assertTrue(after.endsWith(" tail\u2026"), after);
        String emoji = "\ud83d\ude00".repeat(40) + "X";
        String cut = RowsBuilder.before(emoji, 0, emoji.length() - 1);
        assertFalse(Character.isLowSurrogate(cut.charAt(1)), "no lone low surrogate after the ellipsis");
        assertEquals("short ", RowsBuilder.before("short X", 0, 6));
    }

    @Test
    void longRunsOfUnchangedRowsAreFoldedWithOneRowOfContext() {
        ReportView view = ReportViews.of(MIXED);
        RowBlock first = view.blocks().get(0);
        assertTrue(first.folded());
        assertEquals("7 unchanged sentences: L1\u2013L7, R1\u2013R7", first.summary());
        assertTrue(first.rows().stream().noneMatch(RowView::changed));
        List<RowView> flattened = view.blocks().stream().flatMap(b -> b.rows().stream()).toList();
        assertEquals(view.rows(), flattened, "folding keeps every row in order");
        for (int i = 0; i < view.blocks().size(); i++) {
            RowBlock block = view.blocks().get(i);
            if (block.folded()) {
                assertTrue(block.rows().size() >= Folding.MIN_FOLDED);
                if (i > 0) {
                    List<RowView> open = view.blocks().get(i - 1).rows();
                    assertFalse(open.get(open.size() - 1).changed(), "an unchanged row of context before a fold");
                }
            }
        }
    }

    @Test
    void identicalStatementsFoldIntoOneBlock() {
        Statement seed = ReportFixtures.statement(ReportFixtures.SEED, "a", null);
        ReportView view = ReportViews.of(ReportFixtures.compare(seed, seed.withLabel("b"), Mode.AUTO));
        assertEquals(1, view.blocks().size());
        assertTrue(view.blocks().get(0).folded());
        assertEquals("identical", view.summary().verdict());
        assertEquals("No differences", view.summary().verdictText());
    }

    @Test
    void movedBlocksLinkBothWays() {
        ReportView view = ReportViews.of(ReportFixtures.seedVersus("moved-paragraph"));
        RowView here = view.rows().stream().filter(r -> r.kind().equals("moved-here")).findFirst().orElseThrow();
        RowView moved = row(view, here.noteLink());
        assertEquals("moved", moved.relation());
        assertEquals(here.anchor(), moved.noteLink());
        assertEquals("moved: now at R39\u2013R41", moved.note());
        assertEquals("moved here from L34\u2013L36", here.note());
    }

    @Test
    void onlyHttpAndHttpsSourcesBecomeLinks() {
        assertEquals("https://example.org/a?b=c", ReportViews.link("https://example.org/a?b=c"));
        assertEquals("HTTP://EXAMPLE.ORG", ReportViews.link("HTTP://EXAMPLE.ORG"));
        assertNull(ReportViews.link("javascript:alert(1)"));
        assertNull(ReportViews.link("data:text/html,<script>alert(1)</script>"));
        assertNull(ReportViews.link(" https://example.org"));
        assertNull(ReportViews.link("https://example.org/\u202eevil"));
        assertNull(ReportViews.link("https:///path-only"));
        assertNull(ReportViews.link("https://"));
        assertNull(ReportViews.link(null));
    }

    @Test
    void oneSidedSentencesAreGroupedByTheirFirstTopicInLexiconOrder() {
        Comparison c = ReportFixtures.withAnalysis(MIXED,
                List.of(new TopicCoverage("taiwan", "Taiwan", List.of(31), List.of(30)),
                        new TopicCoverage("ai", "Artificial intelligence", List.of(24, 25), List.of(24)),
                        new TopicCoverage("trade", "Trade", List.of(), List.of(10))),
                List.of(), Map.of(25, List.of("ai", "un")), Map.of());
        CounterpartsView counterparts = ReportViews.of(c).counterparts();
        assertEquals(1, counterparts.leftOnly().size());
        TopicGroup ai = counterparts.leftOnly().get(0);
        assertEquals("ai", ai.id());
        assertEquals("Artificial intelligence", ai.label());
        assertEquals("L26", ai.sentences().get(0).id());
        assertEquals("un", ai.sentences().get(0).topics(), "its other topics; unknown ids show as ids");
        assertEquals(List.of(), counterparts.rightOnly());
        TopicView taiwan = counterparts.topics().get(0);
        assertEquals("both", taiwan.coverage());
        assertEquals(List.of(new SentenceLink("L32", "L32-R31")), taiwan.left());
        assertEquals("right", counterparts.topics().get(2).coverage());
        assertEquals(3, counterparts.addressedTopics().size());
        assertEquals("", counterparts.unaddressedTopics());
        assertEquals(List.of(new SentenceLink("L25", "L25-R25"), new SentenceLink("L26", "L26")),
                counterparts.topics().get(1).left());
    }

    @Test
    void sentencesWithoutTopicComeLastUnderNoTopic() {
        Comparison c = ReportFixtures.withAnalysis(MIXED, List.of(new TopicCoverage("ai", "AI", List.of(), List.of())),
                List.of(), Map.of(), Map.of());
        List<TopicGroup> groups = ReportViews.of(c).counterparts().leftOnly();
        assertEquals(1, groups.size());
        assertNull(groups.get(0).id());
        assertEquals("No topic", groups.get(0).label());
    }

    @Test
    void sharedPhrasesLinkToTheSentencesTheyOccurInAndAreCapped() {
        String left = MIXED.left().text();
        String right = MIXED.right().text();
        String phrase = "Taiwan independence";
        Span l1 = new Span(left.indexOf(phrase), left.indexOf(phrase) + phrase.length());
        Span l2 = new Span(left.indexOf(phrase, l1.end()), left.indexOf(phrase, l1.end()) + phrase.length());
        Span r1 = new Span(right.indexOf(phrase), right.indexOf(phrase) + phrase.length());
        List<SharedPhrase> many = new java.util.ArrayList<>();
        many.add(new SharedPhrase(phrase, List.of(l1, l2, l2), List.of(r1)));
        for (int i = 0; i < CounterpartsViews.MAX_SHARED_PHRASES + 5; i++) {
            many.add(new SharedPhrase(phrase, List.of(l1), List.of(r1)));
        }
        CounterpartsView view = ReportViews.of(ReportFixtures.withAnalysis(MIXED, List.of(), many, Map.of(), Map.of()))
                .counterparts();
        assertEquals(CounterpartsViews.MAX_SHARED_PHRASES, view.sharedPhrases().size());
        assertEquals(6, view.sharedPhrasesNotShown());
        SharedPhraseView first = view.sharedPhrases().get(0);
        int leftSentence = CounterpartsViews.sentenceAt(MIXED.left(), l1.start());
        assertEquals(Ids.left(leftSentence), first.left().get(0).id());
        assertEquals(first.left().size(), first.left().stream().map(SentenceLink::id).distinct().count(),
                "each sentence once");
        assertTrue(first.left().get(0).anchor().startsWith(first.left().get(0).id() + "-"), first.left().get(0).anchor());
    }

    @Test
    void labelsAndTextShowInvisibleCharactersAsEscapes() {
        Statement left = Statement.of("evil\u202elabel", "President Xi said \u202eyes\u202c today. Second sentence here.");
        Statement right = Statement.of("right", "President Xi said no today. Second sentence here.");
        ReportView view = ReportViews.of(ReportFixtures.compare(left, right, Mode.VERSIONS));
        String shown = view.rows().stream().flatMap(r -> r.left().stream()).map(Fragment::text)
                .reduce("", String::concat);
        assertTrue(shown.contains("\u27e8U+202E\u27e9yes\u27e8U+202C\u27e9"), shown);
        assertFalse(shown.contains("\u202e"));
        assertTrue(view.changes().stream().noneMatch(c -> c.leftText().contains("\u202e")));
    }

    private static RowView row(ReportView view, String anchor) {
        return view.rows().stream().filter(r -> r.anchor().equals(anchor)).findFirst().orElseThrow(() ->
                new AssertionError("no row " + anchor));
    }

    private static String text(List<Fragment> fragments) {
        return fragments.stream().map(Fragment::text).reduce("", String::concat);
    }
}
