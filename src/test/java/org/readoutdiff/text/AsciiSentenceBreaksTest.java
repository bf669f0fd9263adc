package org.readoutdiff.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link AsciiSentenceBreaks} breaks where ICU's sentence break iterator does: on random
 * strings of the ASCII characters that sentence rules treat apart (terminators, closing marks,
 * spaces, letters of both cases, digits, commas, colons, hyphens) and curly quotes, and on every plain
 * paragraph of the statements in the repository and the shared corpus.
 */
class AsciiSentenceBreaksTest {

    @Property(tries = 5000)
    void breaksWhereIcuBreaks(@ForAll("ascii") String text) {
        assertEquals(icu(text), quick(text), () -> "sentences of \"" + text + "\"");
    }

    @Example
    void keepsTheCasesUaxNamesTogether() {
        String text = "It rose 3.5 points. The U.S. team met (again.) \"Why?\" she asked. etc. and so on! Done.";
        assertEquals(icu(text), quick(text));
        assertEquals(List.of(20, 47, 54, 81, 86), quick(text));
    }

    /**
     * Long runs of spaces, closing marks or digits after a terminator: each place is weighed
     * once. (A first version weighed the whole run again at every place in it: 40,000 spaces
     * took a second, two million would have taken most of an hour.)
     */
    @Example
    void breaksLikeIcuAfterLongRuns() {
        for (String text : List.of("It ended. " + " ".repeat(100_000) + "Next one.",
                "It ended. " + "1 ".repeat(50_000) + "and on.", "Wait!" + ")".repeat(100_000) + " Then.")) {
            assertEquals(icu(text), quick(text));
        }
    }

    @Example
    void breaksEveryPlainParagraphInTheRepositoryAndTheCorpusLikeIcu() throws IOException {
        int paragraphs = 0;
        for (Path file : WordSegmentsTest.statementFiles()) {
            char[] text = Files.readString(file, StandardCharsets.UTF_8).toCharArray();
            List<Span> spans = FlatText.flatten(text).paragraphs();
            for (Span paragraph : spans) {
                String flat = new String(text, paragraph.start(), paragraph.end() - paragraph.start());
                if (AsciiSentenceBreaks.applies(text, paragraph.start(), paragraph.end())) {
                    paragraphs++;
                    assertEquals(icu(flat), quick(flat), () -> "sentences of a paragraph of " + file);
                }
            }
        }
        assertTrue(paragraphs > 100, "plain ASCII paragraphs found: " + paragraphs);
    }

    @Provide
    Arbitrary<String> ascii() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(4),
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(2),
                Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(2),
                Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(3),
                Arbitraries.of(" ", " ", "  ", ".", ". ", "!", "?", "\"", "'", "(", ")", "[", "]", ",", ":", ";", "-",
                        "\u2018", "\u2019", "\u201c", "\u201d"));
        return pieces.list().ofMinSize(1).ofMaxSize(25).map(list -> String.join("", list));
    }

    private static List<Integer> quick(String text) {
        char[] chars = text.toCharArray();
        List<Integer> out = new ArrayList<>();
        for (int b = AsciiSentenceBreaks.following(chars, 0, chars.length, 0); b != BreakIterator.DONE;
             b = AsciiSentenceBreaks.following(chars, 0, chars.length, b)) {
            out.add(b);
        }
        return out;
    }

    /** The reference: ICU's sentence iterator alone. */
    private static List<Integer> icu(String text) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(ULocale.ROOT);
        breaks.setText(text);
        List<Integer> out = new ArrayList<>();
        for (int b = breaks.next(); b != BreakIterator.DONE; b = breaks.next()) {
            out.add(b);
        }
        return out;
    }
}
