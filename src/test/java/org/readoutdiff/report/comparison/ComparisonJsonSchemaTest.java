package org.readoutdiff.report.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.readoutdiff.Fixtures;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.ComparisonEngine;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.compare.Mode;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.StatementMetadata;

/**
 * Real output of {@link ComparisonJsonWriter} against the published JSON Schema
 * ({@code schema/comparison-1.schema.json}), and every offset in it against the decoded text:
 * the {@code text} of each sentence and change is the substring at {@code [start, end)} in
 * UTF-16 code units.
 */
class ComparisonJsonSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final JsonSchema SCHEMA = FACTORY.getSchema(schemaNode());

    private static JsonNode schemaNode() {
        try (InputStream in = ComparisonJsonWriter.class.getResourceAsStream("/schema/comparison-1.schema.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> comparisons() {
        List<Arguments> all = new ArrayList<>();
        for (String name : Fixtures.versionCases()) {
            all.add(Arguments.of("versions/" + name, Fixtures.compareCase(name)));
        }
        all.add(Arguments.of("seed vs itself", Fixtures.compare(Fixtures.SEED, Fixtures.SEED, ComparisonOptions.defaults())));
        all.add(Arguments.of("seed vs US, versions",
                Fixtures.compare(Fixtures.SEED, Fixtures.US_A, ComparisonOptions.defaults().withMode(Mode.VERSIONS))));
        all.add(Arguments.of("seed vs US, counterparts",
                Fixtures.compare(Fixtures.SEED, Fixtures.US_A, ComparisonOptions.defaults().withMode(Mode.COUNTERPARTS))));
        all.add(Arguments.of("emoji and metadata", emojiComparison()));
        return all.stream();
    }

    /** Characters outside the BMP before and inside the changes, and every metadata field set. */
    static Comparison emojiComparison() {
        String left = "Title \uD83C\uDDE8\uD83C\uDDF3\n\nThe \uD83D\uDE00 leaders met in Lima. They spoke \uD83D\uDC4D candidly about"
                + " trade.\n\nBoth sides agreed \uD83E\uDD1D to talk again.";
        String right = "Title \uD83C\uDDE8\uD83C\uDDF3\n\nThe \uD83D\uDE00 leaders met in Peru. They spoke \uD83D\uDC4E frankly about"
                + " trade.\n\nA new \uD83D\uDCDD sentence.\n\nBoth sides agreed \uD83E\uDD1D to talk again.";
        StatementMetadata metadata = StatementMetadata.none().withIssuer("Ministry \"A\"").withMeeting("Lima, 2024")
                .withDate("2024-11-16").withSourceUrl("https://example.org/a").withRetrievedAt("2024-11-18T10:00:00Z");
        return new ComparisonEngine(ComparisonOptions.defaults()).compare(
                Statement.of("left <b>", left).withMetadata(metadata), Statement.of("right", right));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("comparisons")
    void outputValidatesAgainstTheSchema(String name, Comparison comparison) throws IOException {
        assertValid(name, write(comparison, null));
        assertValid(name + " with id", write(comparison, "cmp-42"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("comparisons")
    void everyTextIsTheSubstringAtItsOffsets(String name, Comparison comparison) throws IOException {
        JsonNode json = write(comparison, null);
        String left = comparison.left().text();
        String right = comparison.right().text();
        assertEquals(left.length(), json.at("/left/length").asInt());
        assertEquals(right.length(), json.at("/right/length").asInt());
        checkSentences(json.at("/left/sentences"), left, "L");
        checkSentences(json.at("/right/sentences"), right, "R");
        int change = 0;
        for (JsonNode pair : json.get("pairs")) {
            for (JsonNode c : pair.get("changes")) {
                assertEquals("C" + ++change, c.get("id").asText());
                checkSpan(c.get("left"), left);
                checkSpan(c.get("right"), right);
                assertFalse(c.at("/left/text").asText().isEmpty() && c.at("/right/text").asText().isEmpty(),
                        "a change with no text on either side");
            }
        }
    }

    @Test
    void offsetsAreUtf16CodeUnits() throws IOException {
        JsonNode json = write(emojiComparison(), null);
        String left = emojiComparison().left().text();
        JsonNode first = json.at("/left/sentences/1");
        assertEquals("The \uD83D\uDE00 leaders met in Lima.", first.get("text").asText());
        assertEquals(left.indexOf("The \uD83D\uDE00"), first.get("start").asInt());
        // "Title " + two flags of two code units each + "\n\n": code points would give 10, code units 12
        assertEquals(12, first.get("start").asInt());
        List<String> changes = new ArrayList<>();
        json.get("pairs").forEach(p -> p.get("changes").forEach(c -> changes.add(
                c.get("kind").asText() + ": " + c.at("/left/text").asText() + " -> " + c.at("/right/text").asText())));
        assertEquals(List.of("substantive: Lima -> Peru", "substantive: \uD83D\uDC4D candidly -> \uD83D\uDC4E frankly"),
                changes);
        assertEquals("A new \uD83D\uDCDD sentence.", json.at("/right/sentences/3/text").asText());
        assertEquals("R4", json.at("/rightOnly/0/sentence").asText());
    }

    @Test
    void chineseOffsetsPointAtTheChangedWords() throws IOException {
        JsonNode json = write(Fixtures.compareCase("chinese-word-edits"), null);
        String right = Fixtures.text("versions/chinese-word-edits/right.txt");
        List<String> inserted = new ArrayList<>();
        json.get("pairs").forEach(p -> p.get("changes").forEach(c -> {
            inserted.add(c.at("/right/text").asText());
            assertEquals(c.at("/right/text").asText(),
                    right.substring(c.at("/right/start").asInt(), c.at("/right/end").asInt()));
        }));
        assertEquals(List.of("坦率", "指出", "", "建设性"), inserted);
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        Set<ValidationMessage> errors = meta.validate(schemaNode());
        assertTrue(errors.isEmpty(), errors.toString());
    }

    /** The schema is strict: it rejects what the writer must never produce. */
    @Test
    void theSchemaRejectsBrokenDocuments() throws IOException {
        JsonNode good = write(Fixtures.compareCase("mixed-edits"), null);
        assertInvalid(good, doc -> doc.put("extra", 1));
        assertInvalid(good, doc -> doc.put("mode", "auto"));
        assertInvalid(good, doc -> doc.remove("summary"));
        assertInvalid(good, doc -> ((ObjectNode) doc.at("/left/sentences/0")).put("id", "R1"));
        assertInvalid(good, doc -> ((ObjectNode) doc.at("/left/sentences/0")).put("id", "L0"));
        assertInvalid(good, doc -> ((ObjectNode) doc.at("/pairs/0")).put("relation", "same"));
        assertInvalid(good, doc -> ((ObjectNode) doc.at("/summary")).put("verdict", "format_only"));
        assertInvalid(good, doc -> ((ObjectNode) doc.at("/summary")).put("similarity", 1.5));
        assertInvalid(good, doc -> ((ObjectNode) doc.at("/leftOnly/0")).put("sentence", "R26"));
        assertInvalid(good, doc -> ((ObjectNode) doc.at("/limits")).put("degraded", true));
        assertInvalid(good, doc -> ((ObjectNode) doc.at("/left")).put("sha256", "ABC"));
    }

    private static void assertInvalid(JsonNode good, java.util.function.Consumer<ObjectNode> breakIt) {
        ObjectNode copy = good.deepCopy();
        breakIt.accept(copy);
        assertFalse(SCHEMA.validate(copy).isEmpty(), "the schema accepted a broken document");
    }

    private static void checkSentences(JsonNode sentences, String text, String prefix) {
        int number = 0;
        for (JsonNode sentence : sentences) {
            assertEquals(prefix + ++number, sentence.get("id").asText());
            checkSpan(sentence, text);
        }
    }

    private static void checkSpan(JsonNode span, String text) {
        int start = span.get("start").asInt();
        int end = span.get("end").asInt();
        assertTrue(start <= end && end <= text.length(), "span out of range: " + span);
        assertEquals(text.substring(start, end), span.get("text").asText());
    }

    private static void assertValid(String name, JsonNode json) {
        Set<ValidationMessage> errors = SCHEMA.validate(json);
        assertTrue(errors.isEmpty(), name + ": " + errors);
    }

    static JsonNode write(Comparison comparison, String id) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ComparisonJsonWriter(false).write(comparison, id, out);
        return JSON.readTree(out.toByteArray());
    }
}
