package org.readoutdiff.report.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.readoutdiff.compare.SeriesComparison;


/**
 * Real output of {@link SeriesJsonWriter} against {@code schema/series-1.schema.json},
 * every offset against the texts, and the definitions the set schema copies from schema 1
 * against schema 1 itself, so that the two never drift apart.
 */
class SeriesJsonSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final JsonNode SCHEMA_NODE = resource("/schema/series-1.schema.json");
    private static final JsonSchema SCHEMA = FACTORY.getSchema(SCHEMA_NODE);
    private static final SeriesComparison LIMA = SeriesFixtures.lima();

    @Test
    void englishAndChineseSeriesValidate() throws IOException {
        assertValid(write(LIMA, null));
        assertValid(write(LIMA, "set-7"));
        assertValid(write(chinese(), null));
    }

    @Test
    void everyTextIsTheSubstringAtItsOffsets() throws IOException {
        for (SeriesComparison series : List.of(LIMA, chinese())) {
            JsonNode json = write(series, null);
            for (JsonNode statement : json.get("statements")) {
                String text = series.statement(statement.get("index").asInt()).text();
                assertEquals(text.length(), statement.get("length").asInt());
                for (JsonNode sentence : statement.get("sentences")) {
                    checkSpan(sentence, text);
                    JsonNode attribution = sentence.get("attribution");
                    if (attribution != null) {
                        assertEquals(sentence.get("id").asText(), attribution.get("sentence").asText());
                        checkSpan(attribution.get("speakerText"), text);
                        checkSpan(attribution.get("verb"), text);
                    }
                }
            }
            for (JsonNode formulation : json.get("formulations")) {
                for (JsonNode shift : formulation.get("shifts")) {
                    for (String side : List.of("old", "new")) {
                        checkSpan(shift.get(side), series.statement(shift.get(side).get("statement").asInt()).text());
                    }
                }
                for (JsonNode wording : formulation.get("wordings")) {
                    JsonNode first = wording.get("places").get(0);
                    String text = series.statement(first.get("statement").asInt()).text();
                    assertEquals(wording.get("text").asText(), text.substring(first.get("start").asInt(), first.get("end").asInt()));
                }
            }
            for (JsonNode comparison : json.get("comparisons")) {
                String left = series.base().text();
                String right = series.statement(comparison.get("other").asInt()).text();
                for (JsonNode pair : comparison.get("pairs")) {
                    for (JsonNode change : pair.get("changes")) {
                        checkSpan(change.get("left"), left);
                        checkSpan(change.get("right"), right);
                    }
                }
            }
        }
    }

    @Test
    void theCopiedDefinitionsAreThoseOfSchemaOne() {
        JsonNode one = resource("/schema/comparison-1.schema.json");
        for (String name : List.of("leftId", "rightId", "offset", "spanWithText", "span", "pair", "change", "move", "oneSided",
                "sharedPhrase", "topic", "summary", "attribution")) {
            assertEquals(one.at("/$defs/" + name), SCHEMA_NODE.at("/$defs/" + name), name);
        }
        assertEquals(one.at("/properties/limits"), SCHEMA_NODE.at("/$defs/limits"));
        assertEquals(one.at("/properties/verbContrasts/items"), SCHEMA_NODE.at("/$defs/verbContrast"));
        assertEquals(one.at("/properties/topicLinks/items"), SCHEMA_NODE.at("/$defs/topicLink"));
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        Set<ValidationMessage> errors = meta.validate(SCHEMA_NODE);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void theSchemaRejectsBrokenDocuments() throws IOException {
        JsonNode good = write(LIMA, null);
        assertInvalid(good, doc -> doc.put("schema", "readout-diff/comparison/1"));
        assertInvalid(good, doc -> {
            ((ArrayNode) doc.get("statements")).remove(3);
            ((ArrayNode) doc.get("statements")).remove(2); // a base and one other: a comparison of two, not a set
        });
        assertInvalid(good, doc -> ((ObjectNode) doc.at("/statements/0/sentences/0")).put("id", "R1"));
        assertInvalid(good, doc -> ((ObjectNode) doc.at("/statements/1/sentences/0")).put("id", "L1"));
        assertInvalid(good, doc -> ((ObjectNode) doc.at("/statements/1")).put("role", "base"));
        assertInvalid(good, doc -> ((ObjectNode) doc.at("/rows/0/cells/0")).put("status", "missing"));
        assertInvalid(good, doc -> ((ObjectNode) firstWith(doc.get("rows"), "aligned")).remove("pair"));
        assertInvalid(good, doc -> ((ObjectNode) doc.at("/formulations/0")).put("status", "shifted"));
        assertInvalid(good, doc -> ((ObjectNode) doc.at("/timeline/dates/0")).put("date", "18 Nov 2024"));
        assertInvalid(good, doc -> ((ObjectNode) doc.at("/comparisons/0")).put("mode", "auto"));
    }

    /** The first cell of the rows with this status. */
    private static JsonNode firstWith(JsonNode rows, String status) {
        for (JsonNode row : rows) {
            for (Iterator<JsonNode> it = row.get("cells").elements(); it.hasNext(); ) {
                JsonNode cell = it.next();
                if (cell.get("status").asText().equals(status)) {
                    return cell;
                }
            }
        }
        throw new AssertionError("no " + status + " cell");
    }

    static SeriesComparison chinese() {
        return SeriesFixtures.chinese();
    }

    private static void assertInvalid(JsonNode good, Consumer<ObjectNode> breakIt) {
        ObjectNode copy = good.deepCopy();
        breakIt.accept(copy);
        assertFalse(SCHEMA.validate(copy).isEmpty(), "the schema accepted a broken document");
    }

    private static void assertValid(JsonNode json) {
        Set<ValidationMessage> errors = SCHEMA.validate(json);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    private static void checkSpan(JsonNode span, String text) {
        int start = span.get("start").asInt();
        int end = span.get("end").asInt();
        assertTrue(start <= end && end <= text.length(), "span out of range: " + span);
        if (span.has("text")) {
            assertEquals(text.substring(start, end), span.get("text").asText());
        }
    }

    static JsonNode write(SeriesComparison series, String id) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SeriesJsonWriter(false).write(series, id, out);
        return JSON.readTree(out.toByteArray());
    }

    private static JsonNode resource(String name) {
        try (InputStream in = SeriesJsonWriter.class.getResourceAsStream(name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
