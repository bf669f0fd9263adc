package org.readoutdiff.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The patterns, matched as one alternation, say what each line says on its own; the line for
 * "all rights reserved", written with a lookahead for speed, says what its plain form says.
 */
class BoilerplateTest {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern PLAIN_RIGHTS_RESERVED = Pattern.compile(".{0,160}\\ball rights reserved\\b.{0,80}", FLAGS);

    @Test
    void pageFurnitureMatchesAndStatementsDoNot() {
        for (String furniture : List.of("Share:", "Editor: Zhang Wei", "Source: Xinhua", "(Xinhua)",
                "Copyright 2024 Xinhua. All rights reserved.", "© 2024 The White House", "责任编辑：张伟",
                "https://example.org/a/b", "Reuters. All Rights Reserved")) {
            assertTrue(Boilerplate.matches(furniture), furniture);
        }
        for (String statement : List.of("The two sides agreed to share information.",
                "All rights reserved for the two peoples under the treaty were discussed at length by the leaders of both sides.",
                "The editors of both sides' readouts wrote it down", "Callrights reserved.")) {
            assertFalse(Boilerplate.matches(statement), statement);
        }
    }

    @Property(tries = 1500)
    void theAlternationMatchesWhatOneLineMatchesOnItsOwn(@ForAll("sentences") String sentence) throws IOException {
        boolean anyLine = false;
        for (String line : lines()) {
            Pattern pattern = line.contains("(?=all rights reserved)") ? PLAIN_RIGHTS_RESERVED : Pattern.compile(line, FLAGS);
            anyLine |= pattern.matcher(sentence.strip()).matches();
        }
        assertEquals(anyLine && sentence.strip().length() <= 200, Boilerplate.matches(sentence), sentence);
    }

    @Provide
    Arbitrary<String> sentences() {
        Arbitrary<String> pieces = Arbitraries.of("All rights reserved", "all Rights reserved.", "xall rights reserved",
                "all rights reservedly", "Copyright", "©", "Source:", "Editor：", "Share", "print", "(Xinhua)", "http://a.b/c",
                "来源：", "分享", " ", "  ", ". ", "the", "leaders met", "\u00A0", "é", "_", "\n");
        // fillers of any length up to the patterns' bounds (160 and 80 characters around the phrase)
        Arbitrary<String> fillers = Arbitraries.integers().between(0, 170)
                .flatMap(length -> Arbitraries.strings().withChars("abc d.").ofLength(length));
        return Combinators.combine(fillers, pieces.list().ofMaxSize(5), fillers)
                .as((before, core, after) -> before + String.join("", core) + after.substring(0, after.length() / 2));
    }

    private static List<String> lines() throws IOException {
        try (InputStream in = Boilerplate.class.getResourceAsStream("boilerplate.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(String::strip).toList();
        }
    }
}
