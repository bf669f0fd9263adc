package org.readoutdiff.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.readoutdiff.report.comparison.ComparisonJsonWriter;
import org.readoutdiff.report.comparison.ReportFixtures;

/**
 * Indented documents are byte for byte what Jackson's default pretty printer writes
 * ({@link LineIndenter}), and fields rendered apart splice in as if written in place.
 */
class JsonDocumentTest {

    @Test
    void nestedObjectsAndArraysAtEveryDepthAreIndentedAsJacksonIndents() throws IOException {
        JsonDocument.Body body = json -> nest(json, 40);
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        JsonDocument.write(ours, true, body);
        ByteArrayOutputStream jacksons = new ByteArrayOutputStream();
        try (JsonGenerator json = new JsonFactory().createGenerator(jacksons)) {
            json.useDefaultPrettyPrinter();
            body.write(json);
        }
        assertEquals(jacksons.toString(StandardCharsets.UTF_8), ours.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aComparisonIsIndentedAsJacksonIndents() throws IOException {
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        new ComparisonJsonWriter(true).write(ReportFixtures.seedVersusCounterpart(), ours);
        ObjectMapper mapper = new ObjectMapper();
        String jacksons = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(mapper.readTree(ours.toByteArray()));
        assertEquals(jacksons, ours.toString(StandardCharsets.UTF_8));
    }

    @Test
    void fieldsRenderedApartAndSplicedInAreTheFieldsWrittenInPlace() {
        for (boolean pretty : new boolean[] {true, false}) {
            JsonDocument.Body later = json -> {
                json.writeFieldName("nested");
                nest(json, 40); // deeper than the indentation written once, so both ways of indenting
                json.writeStringField("last", "\u201cquoted\u201d");
            };
            ByteArrayOutputStream inPlace = new ByteArrayOutputStream();
            JsonDocument.write(inPlace, pretty, json -> {
                json.writeStartObject();
                json.writeStringField("first", "a");
                later.write(json);
                json.writeEndObject();
            });
            JsonDocument.Fields apart = JsonDocument.fields(pretty, later);
            ByteArrayOutputStream spliced = new ByteArrayOutputStream();
            JsonDocument.write(spliced, pretty, json -> {
                json.writeStartObject();
                json.writeStringField("first", "a");
                JsonDocument.splice(json, apart);
                json.writeEndObject();
            });
            assertEquals(inPlace.toString(StandardCharsets.UTF_8), spliced.toString(StandardCharsets.UTF_8),
                    pretty ? "indented" : "compact");
        }
    }

    private static void nest(JsonGenerator json, int depth) throws IOException {
        json.writeStartObject();
        json.writeStringField("depth", "level " + depth);
        json.writeArrayFieldStart("empty");
        json.writeEndArray();
        json.writeObjectFieldStart("none");
        json.writeEndObject();
        json.writeArrayFieldStart("values");
        json.writeNumber(depth);
        json.writeString("a \"quoted\" line\nbreak");
        if (depth > 0) {
            nest(json, depth - 1);
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
