package org.readoutdiff.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The scan finds exactly what the regular expressions it replaced find. */
class WordScanTest {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern NUMBER_WORDS = Pattern.compile(
            "\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth)\\b"
                    + "|[一二三四五六七八九十]");

    @Test
    void examples() {
        assertEquals(List.of("the", "2", "sides", "一二", "½", "x²", "𝐀b"), words("the 2 sides, 一二; ½ x² 𝐀b"));
        assertEquals(List.of("2024", "one", "first", "二", "十", "7"),
                numbers("in 2024 one first-rate someone ones 12abc v2 one_two 二十 ٣ 7"));
    }

    /** Texts from a small alphabet where boundaries are dense: letters, digits, number words, CJK numerals, marks. */
    @Property(tries = 2000)
    void findsWhatTheRegularExpressionsFind(@ForAll("texts") String text) {
        assertEquals(regex(WORD, text), words(text), text);
        String lower = text.toLowerCase(Locale.ROOT);
        assertEquals(regex(NUMBER_WORDS, lower), numbers(lower), lower);
    }

    @Test
    void findsWhatTheRegularExpressionsFindInEveryFixture() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("fixtures"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String lower = Files.readString(file).toLowerCase(Locale.ROOT);
                assertEquals(regex(WORD, lower), words(lower), file.toString());
                assertEquals(regex(NUMBER_WORDS, lower), numbers(lower), file.toString());
            }
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("one", "two", "ten", "first", "fifth", "someone", "ones", "One", "FIRST"),
                Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(4),
                Arbitraries.strings().withChars("ab_é中二十") .ofMinLength(1).ofMaxLength(3),
                Arbitraries.of(" ", "-", "'", "’", ".", ",", "\n", "_", "½", "²", "٣", "１", "Ⅻ", "𝐀", "\u0301", "一"));
        return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
    }

    private static List<String> regex(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static List<String> words(String text) {
        List<String> found = new ArrayList<>();
        WordScan.words(text, found::add);
        return found;
    }

    private static List<String> numbers(String lower) {
        List<String> found = new ArrayList<>();
        WordScan.numbers(lower, found::add);
        return found;
    }
}
