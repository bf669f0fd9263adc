package org.readoutdiff.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.readoutdiff.align.Move;
import org.readoutdiff.align.TopicLink;
import org.readoutdiff.analysis.SharedPhrase;
import org.readoutdiff.analysis.TopicCoverage;
import org.readoutdiff.compare.ComparedPair;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.OneSided;
import org.readoutdiff.compare.Summary;
import org.readoutdiff.diff.Change;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Sentence;
import org.readoutdiff.text.Span;
import org.readoutdiff.text.StatementMetadata;

/**
 * Writes a comparison as JSON, schema {@value #SCHEMA} (the JSON Schema is the resource
 * {@code schema/comparison-1.schema.json}). Streams, so a 10 MB comparison never exists twice
 * in memory; fields always come in the same order, so the same comparison gives the same bytes.
 */
public final class ComparisonJsonWriter {

    public static final String SCHEMA = "readout-diff/comparison/1";

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final boolean pretty;

    public ComparisonJsonWriter(boolean pretty) {
        this.pretty = pretty;
    }

    public void write(Comparison comparison, OutputStream out) {
        write(comparison, null, out);
    }

    /** The same document with an {@code "id"} field first (as the HTTP API returns it), or none if null. */
    public void write(Comparison comparison, String id, OutputStream out) {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                json.useDefaultPrettyPrinter();
            }
            writeComparison(json, comparison, id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeComparison(JsonGenerator json, Comparison comparison, String id) throws IOException {
        json.writeStartObject();
        if (id != null) {
            json.writeStringField("id", id);
        }
        json.writeStringField("schema", SCHEMA);
        json.writeObjectFieldStart("engine");
        json.writeStringField("name", "readout-diff");
        json.writeStringField("version", comparison.engineVersion());
        json.writeEndObject();
        json.writeStringField("mode", comparison.mode().label());
        json.writeStringField("modeReason", comparison.modeReason());
        json.writeObjectFieldStart("options");
        json.writeBooleanField("ignoreCase", comparison.options().ignoreCase());
        json.writeEndObject();
        writeStatement(json, "left", comparison.left(), true);
        writeStatement(json, "right", comparison.right(), false);
        writePairs(json, comparison);
        writeMoves(json, comparison.moves());
        writeTopicLinks(json, comparison.links());
        writeOneSided(json, "leftOnly", comparison.leftOnly(), true);
        writeOneSided(json, "rightOnly", comparison.rightOnly(), false);
        writeSharedPhrases(json, comparison);
        writeTopics(json, comparison.topics());
        writeSummary(json, comparison.summary());
        json.writeObjectFieldStart("limits");
        json.writeBooleanField("degraded", comparison.limits().degraded());
        json.writeStringField("reason", comparison.limits().reason());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeStatement(JsonGenerator json, String field, SegmentedStatement statement, boolean left)
            throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("label", statement.statement().label());
        json.writeStringField("sha256", statement.statement().sha256());
        json.writeStringField("language", statement.language());
        StatementMetadata metadata = statement.statement().metadata();
        writeOptional(json, "issuer", metadata.issuer());
        writeOptional(json, "meeting", metadata.meeting());
        writeOptional(json, "date", metadata.date());
        writeOptional(json, "sourceUrl", metadata.sourceUrl());
        writeOptional(json, "retrievedAt", metadata.retrievedAt());
        json.writeNumberField("length", statement.text().length());
        json.writeArrayFieldStart("sentences");
        for (Sentence sentence : statement.sentences()) {
            json.writeStartObject();
            json.writeStringField("id", Ids.sentence(left, sentence.index()));
            json.writeNumberField("start", sentence.start());
            json.writeNumberField("end", sentence.end());
            json.writeStringField("text", sentence.text(statement.text()));
            json.writeNumberField("paragraph", sentence.paragraph() + 1);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeOptional(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }

    private static void writePairs(JsonGenerator json, Comparison comparison) throws IOException {
        String leftText = comparison.left().text();
        String rightText = comparison.right().text();
        int changeNumber = 0;
        json.writeArrayFieldStart("pairs");
        for (ComparedPair pair : comparison.pairs()) {
            json.writeStartObject();
            writeIds(json, "left", pair.pair().left(), true);
            writeIds(json, "right", pair.pair().right(), false);
            json.writeStringField("relation", pair.pair().relation().label());
            json.writeNumberField("similarity", round(pair.pair().similarity()));
            if (pair.pair().move() > 0) {
                json.writeNumberField("move", pair.pair().move());
            }
            json.writeArrayFieldStart("changes");
            for (Change change : pair.changes()) {
                json.writeStartObject();
                json.writeStringField("id", "C" + (++changeNumber));
                json.writeStringField("kind", change.kind().label());
                writeSpan(json, "left", change.left(), leftText);
                writeSpan(json, "right", change.right(), rightText);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeMoves(JsonGenerator json, List<Move> moves) throws IOException {
        json.writeArrayFieldStart("moves");
        for (Move move : moves) {
            json.writeStartObject();
            json.writeNumberField("id", move.id());
            writeIds(json, "left", move.left(), true);
            writeIds(json, "right", move.right(), false);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeTopicLinks(JsonGenerator json, List<TopicLink> links) throws IOException {
        json.writeArrayFieldStart("topicLinks");
        for (TopicLink link : links) {
            json.writeStartObject();
            json.writeStringField("left", Ids.left(link.left()));
            json.writeStringField("right", Ids.right(link.right()));
            json.writeNumberField("score", round(link.score()));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeOneSided(JsonGenerator json, String field, List<OneSided> sentences, boolean left)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (OneSided sentence : sentences) {
            json.writeStartObject();
            json.writeStringField("sentence", Ids.sentence(left, sentence.sentence()));
            json.writeBooleanField("boilerplate", sentence.boilerplate());
            json.writeArrayFieldStart("topics");
            for (String topic : sentence.topics()) {
                json.writeString(topic);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeSharedPhrases(JsonGenerator json, Comparison comparison) throws IOException {
        json.writeArrayFieldStart("sharedPhrases");
        for (SharedPhrase phrase : comparison.sharedPhrases()) {
            json.writeStartObject();
            json.writeStringField("text", phrase.text());
            writeSpans(json, "left", phrase.left());
            writeSpans(json, "right", phrase.right());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeTopics(JsonGenerator json, List<TopicCoverage> topics) throws IOException {
        json.writeArrayFieldStart("topics");
        for (TopicCoverage topic : topics) {
            json.writeStartObject();
            json.writeStringField("id", topic.id());
            json.writeStringField("label", topic.label());
            writeIds(json, "left", topic.left(), true);
            writeIds(json, "right", topic.right(), false);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeSummary(JsonGenerator json, Summary summary) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeStringField("verdict", summary.verdict().label());
        json.writeNumberField("substantiveChanges", summary.substantiveChanges());
        json.writeNumberField("punctuationChanges", summary.punctuationChanges());
        json.writeNumberField("formatChanges", summary.formatChanges());
        json.writeNumberField("boilerplateChanges", summary.boilerplateChanges());
        json.writeNumberField("moves", summary.moves());
        json.writeNumberField("leftOnly", summary.leftOnly());
        json.writeNumberField("rightOnly", summary.rightOnly());
        json.writeNumberField("similarity", round(summary.similarity()));
        json.writeEndObject();
    }

    private static void writeIds(JsonGenerator json, String field, List<Integer> sentences, boolean left)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (int index : sentences) {
            json.writeString(Ids.sentence(left, index));
        }
        json.writeEndArray();
    }

    private static void writeSpan(JsonGenerator json, String field, Span span, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeNumberField("start", span.start());
        json.writeNumberField("end", span.end());
        json.writeStringField("text", span.of(text));
        json.writeEndObject();
    }

    private static void writeSpans(JsonGenerator json, String field, List<Span> spans) throws IOException {
        json.writeArrayFieldStart(field);
        for (Span span : spans) {
            json.writeStartObject();
            json.writeNumberField("start", span.start());
            json.writeNumberField("end", span.end());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
