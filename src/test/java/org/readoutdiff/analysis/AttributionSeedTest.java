package org.readoutdiff.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.readoutdiff.Fixtures;
import org.readoutdiff.text.KeyNormalizer;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Segmenter;
import org.readoutdiff.text.Sentence;

/**
 * Attribution over the series fixtures, checked exactly against {@code attribution.json}: every
 * body sentence it lists gets that speaker, speaker text, verb, category and relay, and every
 * other body sentence gets no attribution at all (no guessing).
 */
class AttributionSeedTest {

    private static final Path DIR = Path.of("series", "lima-2024");
    private static final Attributor ATTRIBUTOR = new Attributor(AttributionRules.defaults(), VerbScale.defaults());
    /** Body sentences per file, as fixtures/series/lima-2024/series.md counts them. */
    private static final Map<String, Integer> BODY = Map.of("earlier-2022.txt", 33, "earlier-2023.txt", 38,
            "base.txt", 46, "counterpart.txt", 30);

    static Stream<String> statements() {
        return Stream.of("earlier-2022.txt", "earlier-2023.txt", "base.txt", "counterpart.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void everyBodySentenceGetsExactlyTheExpectedAttribution(String file) throws IOException {
        JsonNode expected = new ObjectMapper().readTree(Fixtures.path(DIR.resolve("attribution.json").toString()).toFile())
                .at("/statements/" + file);
        SegmentedStatement statement = new Segmenter(new KeyNormalizer(false))
                .segment(Fixtures.statement(DIR.resolve(file).toString(), file));
        List<Sentence> body = body(statement);
        assertEquals(BODY.get(file), body.size(), "body sentences");
        Map<Integer, Attribution> found = new HashMap<>();
        for (Attribution attribution : ATTRIBUTOR.attribute(statement)) {
            found.put(attribution.sentence(), attribution);
        }
        Map<Integer, JsonNode> byNumber = new HashMap<>();
        for (JsonNode entry : expected) {
            int n = entry.get("n").asInt();
            String snippet = entry.get("sentence").asText();
            String text = body.get(n - 1).text(statement.text()).replaceFirst("^[\"“]", "");
            assertEquals(true, text.startsWith(snippet), file + " #" + n + " is not the sentence starting " + snippet);
            byNumber.put(n, entry);
        }
        List<String> wrong = new ArrayList<>();
        for (int n = 1; n <= body.size(); n++) {
            Sentence sentence = body.get(n - 1);
            String want = describe(byNumber.get(n));
            String got = describe(found.get(sentence.index()), statement.text());
            if (!want.equals(got)) {
                wrong.add("#" + n + " " + shorten(sentence.text(statement.text())) + "\n    expected " + want + "\n    actual   " + got);
            }
        }
        assertEquals("", String.join("\n", wrong), file);
    }

    /** The body: every sentence after the header lines (illustrative note, title, dateline, "Share:"). */
    static List<Sentence> body(SegmentedStatement statement) {
        return statement.sentences().stream().filter(s -> s.paragraph() >= 3).toList();
    }

    private static String describe(JsonNode entry) {
        if (entry == null) {
            return "none";
        }
        return entry.get("speaker").asText() + " | " + entry.get("speaker_text").asText() + " | " + entry.get("verb").asText()
                + " | " + entry.get("category").asText() + " | relay " + (entry.hasNonNull("relay") ? entry.get("relay").asText() : "-");
    }

    private static String describe(Attribution a, String text) {
        if (a == null) {
            return "none";
        }
        return a.speaker() + " | " + a.speakerText().of(text) + " | " + a.verbText().of(text) + " | " + a.category()
                + " | relay " + (a.relay() == null ? "-" : a.relay().of(text));
    }

    private static String shorten(String text) {
        return text.length() > 70 ? text.substring(0, 70) + "…" : text;
    }
}
