package org.readoutdiff.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;
import org.junit.jupiter.api.Test;

/**
 * {@link FlatText}'s one pass gives what the three passes it replaced gave (kept below as the
 * reference, as they were): the same paragraphs, the same wrapped words' breaks and the same
 * flattened characters, on texts made of every kind of line break and space, Chinese letters
 * wrapped across lines, and the statements in the repository.
 */
class FlatTextTest {

    @Property(tries = 2000)
    void onePassGivesWhatThreeGave(@ForAll("layouts") String text) {
        assertSameAsThreePasses(text);
    }

    @Test
    void theRepositorysStatementsLayOutAsBefore() throws IOException {
        List<Path> files = WordSegmentsTest.statementFiles();
        for (Path file : files) {
            assertSameAsThreePasses(Files.readString(file, StandardCharsets.UTF_8));
        }
    }

    @Example
    void aChineseWordWrappedAcrossLinesIsOneWrapInsideItsParagraph() {
        String text = "中国\n外交部\n\n发言人 活\n动";
        FlatText layout = FlatText.flatten(text.toCharArray());
        assertEquals(List.of(new Span(0, 6), new Span(8, 15)), layout.paragraphs());
        assertEquals(List.of(new Span(2, 3), new Span(13, 14)), layout.wraps());
    }

    @Example
    void withoutBlankLinesEachLineIsAParagraphAndNothingIsAWrap() {
        FlatText layout = FlatText.flatten("中国\r\n外交部\r\n活\n动".toCharArray());
        assertEquals(List.of(new Span(0, 2), new Span(4, 7), new Span(9, 10), new Span(11, 12)),
                layout.paragraphs());
        assertEquals(List.of(), layout.wraps());
    }

    private static void assertSameAsThreePasses(String text) {
        char[] mine = text.toCharArray();
        FlatText layout = FlatText.flatten(mine);
        char[] theirs = text.toCharArray();
        List<Span> paragraphs = ThreePasses.paragraphSpans(theirs);
        List<Span> wraps = ThreePasses.wrapsInsideWords(theirs, paragraphs);
        ThreePasses.flattenWhitespace(theirs);
        assertEquals(paragraphs, layout.paragraphs(), () -> "paragraphs of " + visible(text));
        assertEquals(wraps, layout.wraps(), () -> "wraps of " + visible(text));
        assertArrayEquals(theirs, mine, () -> "flattened " + visible(text));
    }

    private static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c < 0x7F && c >= ' ' ? Character.toString(c) : String.format("\\u%04X", c)));
        return out.toString();
    }

    @Provide
    Arbitrary<String> layouts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6),
                Arbitraries.strings().withCharRange('\u4e00', '\u4e80').ofMinLength(1).ofMaxLength(4),
                Arbitraries.strings().withCharRange('\u3041', '\u3096').ofMinLength(1).ofMaxLength(3),
                Arbitraries.of(" ", "  ", "\t", "\n", "\r", "\r\n", "\n\n", "\r\n\r\n", "\r\r\n", "\n\r", " \n ",
                        "\u00a0", "\u3000", "\u2028", "\u2029", "\u0085", "\f", "\u000b", "\u001c", "\u200b",
                        "\u2060", "\u00ad", "\ufeff", " \u00a0\n"),
                Arbitraries.of(".", "\u3002", "\u2019", "\ud83d\ude00", "\ud840\udc00", "\u0301", "-"));
        return pieces.list().ofMinSize(1).ofMaxSize(40).map(list -> String.join("", list));
    }

    /** Segmenter's three passes over the characters before {@link FlatText}, unchanged. */
    private static final class ThreePasses {

        static void flattenWhitespace(char[] chars) {
            for (int i = 0; i < chars.length; i++) {
                if (isSpace(chars[i])) {
                    chars[i] = ' ';
                } else if (chars[i] == '\u200B') {
                    chars[i] = '\u2060';
                }
            }
        }

        static boolean isSpace(char c) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
        }

        static List<Span> paragraphSpans(char[] text) {
            List<Span> lines = new ArrayList<>();
            int lineStart = 0;
            for (int i = 0; i <= text.length; i++) {
                if (i == text.length || isLineBreak(text[i])) {
                    lines.add(new Span(lineStart, i));
                    if (i < text.length && text[i] == '\r' && i + 1 < text.length && text[i + 1] == '\n') {
                        i++;
                    }
                    lineStart = i + 1;
                }
            }
            boolean blankSeparated = hasBlankLineBetweenText(text, lines);
            List<Span> paragraphs = new ArrayList<>();
            int start = -1;
            int end = -1;
            for (Span line : lines) {
                Span trimmed = trim(text, line.start(), line.end());
                if (trimmed.isEmpty()) {
                    if (start >= 0) {
                        paragraphs.add(new Span(start, end));
                        start = -1;
                    }
                    continue;
                }
                if (start >= 0 && !blankSeparated) {
                    paragraphs.add(new Span(start, end));
                    start = -1;
                }
                if (start < 0) {
                    start = trimmed.start();
                }
                end = trimmed.end();
            }
            if (start >= 0) {
                paragraphs.add(new Span(start, end));
            }
            return paragraphs;
        }

        private static boolean hasBlankLineBetweenText(char[] text, List<Span> lines) {
            boolean seenText = false;
            boolean pendingBlank = false;
            for (Span line : lines) {
                if (trim(text, line.start(), line.end()).isEmpty()) {
                    pendingBlank = seenText;
                } else {
                    if (pendingBlank) {
                        return true;
                    }
                    seenText = true;
                }
            }
            return false;
        }

        private static boolean isLineBreak(char c) {
            return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\f';
        }

        private static Span trim(char[] text, int start, int end) {
            int from = start;
            int to = end;
            while (from < to && isSpace(text[from])) {
                from++;
            }
            while (to > from && isSpace(text[to - 1])) {
                to--;
            }
            return new Span(from, to);
        }

        static List<Span> wrapsInsideWords(char[] text, List<Span> paragraphs) {
            List<Span> wraps = new ArrayList<>();
            for (Span paragraph : paragraphs) {
                int i = paragraph.start();
                while (i < paragraph.end()) {
                    if (!isSpace(text[i])) {
                        i++;
                        continue;
                    }
                    int end = i;
                    while (end < paragraph.end() && isSpace(text[end])) {
                        end++;
                    }
                    if (joinsWord(text, i, end)) {
                        wraps.add(new Span(i, end));
                    }
                    i = end;
                }
            }
            return wraps;
        }

        private static boolean joinsWord(char[] text, int start, int end) {
            if (start == 0 || end >= text.length) {
                return false;
            }
            int breaks = 0;
            for (int i = start; i < end; i++) {
                char c = text[i];
                if (c == '\n' || c == '\u2028' || c == '\u0085' || (c == '\r' && (i + 1 == end || text[i + 1] != '\n'))) {
                    breaks++;
                } else if (c != ' ' && c != '\t' && c != '\r') {
                    return false;
                }
            }
            return breaks == 1 && isIdeographic(Character.codePointBefore(text, start))
                    && isIdeographic(Character.codePointAt(text, end));
        }

        private static boolean isIdeographic(int codePoint) {
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA;
        }
    }
}
