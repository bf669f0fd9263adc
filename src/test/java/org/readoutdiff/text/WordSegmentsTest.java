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
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link WordSegments} cuts exactly where ICU's word break iterator does, with the same kinds:
 * on random mixes of the characters where the two could part (ASCII punctuation between letters
 * and digits, underscores, accented and combining letters, Chinese, Hebrew with its quotation
 * mark, emoji and joiners), and on every statement in the repository and the shared corpus.
 */
class WordSegmentsTest {

    @Property(tries = 3000)
    void cutsWhereIcuCuts(@ForAll("flattened") String text) {
        assertEquals(icu(text), quick(text), () -> "segments of \"" + text + "\"");
    }

    @Example
    void cutsPlainEnglishHere() {
        String text = "U.S. President Joe Biden's 1,000.5 troops: a_b G20 -- (they) don't";
        assertEquals(icu(text), quick(text));
        assertTrue(quick(text).contains("0-3 WORD"), "\"U.S\" is one word");
        assertTrue(quick(text).contains("27-34 NUMBER"), "\"1,000.5\" is one number");
    }

    @Example
    void cutsEveryStatementInTheRepositoryAndTheCorpusLikeIcu() throws IOException {
        List<Path> files = statementFiles();
        assertTrue(files.size() > 20, "statements found: " + files.size());
        for (Path file : files) {
            char[] flat = Files.readString(file, StandardCharsets.UTF_8).toCharArray();
            FlatText.flatten(flat);
            String text = new String(flat);
            assertEquals(icu(text), quick(text), () -> "segments of " + file);
        }
    }

    /** Every statement in fixtures/ and in ../shared/corpus/ (absent on a machine without it: fewer files). */
    static List<Path> statementFiles() throws IOException {
        List<Path> files = new ArrayList<>(textFiles(Path.of("fixtures")));
        files.addAll(textFiles(Path.of("..", "shared", "corpus")));
        return files;
    }

    private static List<Path> textFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> path.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** Text as the segmenter hands it over: every white space already a plain space. */
    @Provide
    Arbitrary<String> flattened() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(5),
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(2),
                Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(3),
                Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(3),
                Arbitraries.of(" ", " ", " ", "  ", ".", "'", ":", ",", ";", "_", "-", "\"", "@", "#", "\u2019",
                        "\u2018", "\u201c", "\u201d"),
                Arbitraries.of("\u00e9", "\u00c9", "\u0301", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u2019",
                        "\u2018", "\uff0e", "\u00b7", "\u05d0", "\u05d1", "\u30ab", "\u4e2d\u56fd", "\u4eba\u6c11",
                        "\uff0c", "\u3002", "\ud83d\ude00", "\ud83c\uddfa\ud83c\uddf8", "\u0661", "\uff21"));
        return pieces.list().ofMinSize(1).ofMaxSize(30).map(list -> String.join("", list));
    }

    private static List<String> quick(String text) {
        WordSegments segments = new WordSegments(text.toCharArray(), BreakIterator.getWordInstance(ULocale.ROOT));
        List<String> out = new ArrayList<>();
        while (segments.advance()) {
            out.add(segments.start() + "-" + segments.end() + " " + segments.kind());
        }
        return out;
    }

    /** The reference: ICU alone, over the whole text. */
    private static List<String> icu(String text) {
        BreakIterator breaks = BreakIterator.getWordInstance(ULocale.ROOT);
        breaks.setText(text);
        List<String> out = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            out.add(start + "-" + end + " " + WordSegments.kind(breaks.getRuleStatus()));
        }
        return out;
    }
}
