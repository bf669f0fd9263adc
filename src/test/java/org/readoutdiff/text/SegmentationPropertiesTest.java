package org.readoutdiff.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.readoutdiff.ReadoutTexts;

/**
 * Segments joined back give the original text: every visible character lies in exactly one
 * sentence, in order, and in one of that sentence's tokens; what lies between is white space
 * or invisible. Checked on readout-like statements, on re-formatted ones and on arbitrary
 * strings of awkward characters.
 */
class SegmentationPropertiesTest {

    private static final KeyNormalizer NORMALIZER = new KeyNormalizer(false);
    private static final Segmenter SEGMENTER = new Segmenter(NORMALIZER);

    @Property(tries = 200)
    void readoutsSegmentWithoutLosingText(@ForAll("readouts") String text) {
        checkCovers(text);
    }

    @Property(tries = 200)
    void reformattedReadoutsSegmentWithoutLosingText(@ForAll("reformatted") ReadoutTexts.Versions versions) {
        checkCovers(versions.right());
    }

    @Property(tries = 300)
    void awkwardStringsSegmentWithoutLosingText(@ForAll("awkward") String text) {
        checkCovers(text);
    }

    @Provide
    Arbitrary<String> readouts() {
        return ReadoutTexts.statements();
    }

    @Provide
    Arbitrary<ReadoutTexts.Versions> reformatted() {
        return ReadoutTexts.reformattedVersions();
    }

    /** Letters, digits, CJK, quotes, dashes, abbreviations, every kind of space and break, emoji. */
    @Provide
    Arbitrary<String> awkward() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(3),
                Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(4),
                Arbitraries.strings().withCharRange('\u4e00', '\u4e80').ofMinLength(1).ofMaxLength(6),
                Arbitraries.of(" ", " ", " ", "  ", "\n", "\r\n", "\n\n", "\r\n\r\n", "\t", "\u00a0", "\u3000", "\u2028",
                        "\u200b", "\u200d", "\u00ad", "\ufeff", "\u2060"),
                Arbitraries.of(".", ". ", "!", "?", ";", ",", ":", "\"", "'", "\u201c", "\u201d", "\u2018", "\u2019",
                        "\u2014", "\u2013", "-", "(", ")", "\u3002", "\uff01", "\uff1f", "\uff1b", "\uff0c", "\u300c",
                        "\u300d", "\u2026", "...", "%", "$"),
                Arbitraries.of("U.S.", "Jr.", "Mr.", "Dr.", "R.", "D.C.", "e.g.", "No.", "China-U.S."),
                Arbitraries.of("\ud83d\ude00", "\ud83c\uddfa\ud83c\uddf8", "\u0301", "\uff21\uff22", "\ufb01"));
        return pieces.list().ofMinSize(1).ofMaxSize(60).map(list -> String.join("", list));
    }

    static void checkCovers(String text) {
        SegmentedStatement statement = SEGMENTER.segment(Statement.of("p", text));
        List<Sentence> sentences = statement.sentences();
        int at = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            assertEquals(i, sentence.index());
            assertTrue(sentence.start() >= at && sentence.start() < sentence.end(),
                    "sentence " + i + " overlaps the one before or is empty");
            assertBlank(text, at, sentence.start(), "between sentences");
            checkTokens(text, sentence);
            Paragraph paragraph = statement.paragraphs().get(sentence.paragraph());
            assertTrue(sentence.start() >= paragraph.start() && sentence.end() <= paragraph.end(),
                    "sentence " + i + " crosses its paragraph");
            assertTrue(i >= paragraph.firstSentence() && i < paragraph.endSentence());
            at = sentence.end();
        }
        assertBlank(text, at, text.length(), "after the last sentence");
        int next = 0;
        for (Paragraph paragraph : statement.paragraphs()) {
            assertEquals(next, paragraph.firstSentence());
            next = paragraph.endSentence();
        }
        assertEquals(sentences.size(), next);
    }

    private static void checkTokens(String text, Sentence sentence) {
        assertTrue(!sentence.tokens().isEmpty(), "a sentence without tokens");
        int at = sentence.start();
        StringBuilder key = new StringBuilder();
        for (Token token : sentence.tokens()) {
            assertTrue(token.start() >= at && token.end() > token.start() && token.end() <= sentence.end(),
                    "tokens overlap or leave their sentence");
            assertBlank(text, at, token.start(), "between tokens");
            assertEquals(NORMALIZER.key(token.text(text)), token.key());
            assertTrue(!token.key().isEmpty());
            key.append(key.isEmpty() ? "" : " ").append(token.key());
            at = token.end();
        }
        assertBlank(text, at, sentence.end(), "at the end of a sentence");
        assertEquals(key.toString(), sentence.key());
    }

    /** Only white space and invisible characters in {@code text[from, to)}. */
    private static void assertBlank(String text, int from, int to, String where) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean blank = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085'
                    || Character.getType(c) == Character.FORMAT;
            if (!blank) {
                throw new AssertionError("visible character U+" + Integer.toHexString(c) + " at " + i + " " + where
                        + " is in no sentence or token: \"" + text.substring(Math.max(0, i - 20), Math.min(text.length(), i + 20))
                        + "\"");
            }
        }
    }
}
