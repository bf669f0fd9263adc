package org.readoutdiff.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.readoutdiff.text.KeyNormalizer;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Segmenter;
import org.readoutdiff.text.Span;
import org.readoutdiff.text.Statement;

class SharedPhraseFinderTest {

    private static final Segmenter SEGMENTER = new Segmenter(new KeyNormalizer(false));

    private static List<SharedPhrase> find(String left, String right) {
        return new SharedPhraseFinder(10_000, 16)
                .find(SEGMENTER.segment(Statement.of("l", left)), SEGMENTER.segment(Statement.of("r", right))).phrases();
    }

    @Test
    void findsMaximalPhrasesWithEveryPlaceAndNothingShorterThanFourWords() {
        List<SharedPhrase> phrases = find(
                "They affirmed the need to keep human control over nuclear weapons. The two sides met.",
                "Leaders agreed: keep human control over nuclear weapons. Keep human control over nuclear weapons, they said.");
        assertEquals(1, phrases.size(), phrases.toString());
        SharedPhrase phrase = phrases.get(0);
        assertEquals("keep human control over nuclear weapons", phrase.text());
        assertEquals(1, phrase.left().size());
        assertEquals(2, phrase.right().size());
    }

    @Test
    void skipsPhrasesOfFunctionWordsAloneAndNeverCrossesASentenceEnd() {
        assertEquals(List.of(), find("It was one of the few. Then it", "Was it one of the best? It was in the end."));
        assertEquals(List.of(), find("Alpha beta gamma. Delta epsilon", "Alpha beta gamma delta epsilon"));
    }

    @Test
    void chinesePhrasesAreCountedInCharacters() {
        List<SharedPhrase> phrases = find("两国元首确认需要维护人类对使用核武器决定的控制。", "两国领导人确认需要维护人类对使用核武器决定的控制。");
        assertEquals(List.of("确认需要维护人类对使用核武器决定的控制"), phrases.stream().map(SharedPhrase::text).toList());
    }

    @Test
    void everyPlaceOnTheCorpusPairReadsTheSameWordsOnBothSides() throws IOException {
        String left = Files.readString(Path.of("fixtures/statements/seed-lima-2024-cn.txt"));
        String right = Files.readString(Path.of("fixtures/statements/lima-2024-us-a.txt"));
        SegmentedStatement l = SEGMENTER.segment(Statement.of("l", left));
        SegmentedStatement r = SEGMENTER.segment(Statement.of("r", right));
        List<SharedPhrase> phrases = new SharedPhraseFinder(10_000, 16).find(l, r).phrases();
        assertTrue(phrases.stream().anyMatch(p -> p.text().endsWith(
                "maintain human control over the decision to use nuclear weapons")), phrases.toString());
        assertTrue(phrases.stream().noneMatch(p -> p.text().equals("affirmed the need to")), phrases.toString());
        assertTrue(phrases.stream().anyMatch(p -> p.text().contains("a smooth transition of the relationship")));
        for (SharedPhrase phrase : phrases) {
            String words = words(phrase.left().get(0).of(left));
            for (Span span : phrase.left()) {
                assertEquals(words, words(span.of(left)));
            }
            for (Span span : phrase.right()) {
                assertEquals(words, words(span.of(right)));
            }
            assertTrue(words.split(" ").length >= 4, phrase.text());
        }
    }

    private static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}']+", " ").strip();
    }
}
