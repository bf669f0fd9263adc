package org.readoutdiff.report.comparison;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.List;
import org.readoutdiff.align.Move;
import org.readoutdiff.align.TopicLink;
import org.readoutdiff.analysis.Attribution;
import org.readoutdiff.analysis.SharedPhrase;
import org.readoutdiff.analysis.TopicCoverage;
import org.readoutdiff.analysis.FormulationChange;
import org.readoutdiff.analysis.VerbContrast;
import org.readoutdiff.compare.ComparedPair;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.OneSided;
import org.readoutdiff.compare.Summary;
import org.readoutdiff.diff.Change;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.text.Sentence;
import org.readoutdiff.text.Span;
import org.readoutdiff.text.StatementMetadata;
import org.readoutdiff.report.Ids;
import org.readoutdiff.report.JsonDocument;

/**
 * Writes a comparison as JSON, schema {@value #SCHEMA} (the JSON Schema is the resource
 * {@code schema/comparison-1.schema.json}). Streams, so a 10 MB comparison never exists twice
 * in memory; fields always come in the same order, so the same comparison gives the same bytes.
 */
public final class ComparisonJsonWriter {

    public static final String SCHEMA = "readout-diff/comparison/1";

    /** Comparisons of texts longer than this, together, are written on two threads. */
    private static final int SPLIT_ABOVE = 200_000;

    private final boolean pretty;
    private final int splitAbove;

    public ComparisonJsonWriter(boolean pretty) {
        this(pretty, SPLIT_ABOVE);
    }

    /** Written on two threads when the texts are longer than {@code splitAbove} characters together. */
    ComparisonJsonWriter(boolean pretty, int splitAbove) {
        this.pretty = pretty;
        this.splitAbove = splitAbove;
    }

    public void write(Comparison comparison, OutputStream out) {
        write(comparison, null, out);
    }

    /** The same document with an {@code "id"} field first (as the HTTP API returns it), or none if null. */
    public void write(Comparison comparison, String id, OutputStream out) {
        JsonDocument.write(out, pretty, json -> writeComparison(json, comparison, id));
    }

    private void writeComparison(JsonGenerator json, Comparison comparison, String id) throws IOException {
        // what a long comparison found is rendered on a second thread while this one writes the
        // two statements, about half of the document each
        CompletableFuture<JsonDocument.Fields> result = isLong(comparison)
                ? CompletableFuture.supplyAsync(() -> JsonDocument.fields(pretty, g -> writeResult(g, comparison)))
                : null;
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
        if (result == null) {
            writeResult(json, comparison);
        } else {
            JsonDocument.splice(json, joined(result));
        }
        json.writeEndObject();
    }

    private boolean isLong(Comparison comparison) {
        return comparison.left().text().length() + comparison.right().text().length() > splitAbove;
    }

    private static JsonDocument.Fields joined(CompletableFuture<JsonDocument.Fields> fields) throws IOException {
        try {
            return fields.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e.getCause() instanceof RuntimeException unchecked ? unchecked : e;
        }
    }

    /** Everything from the pairs to the limits: what a comparison found, without its two statements. */
    public static void writeResult(JsonGenerator json, Comparison comparison) throws IOException {
        writePairs(json, comparison);
        writeMoves(json, comparison.moves());
        writeTopicLinks(json, comparison.counterparts().links());
        writeOneSided(json, "leftOnly", comparison.leftOnly(), true);
        writeOneSided(json, "rightOnly", comparison.rightOnly(), false);
        writeSharedPhrases(json, comparison);
        writeTopics(json, comparison.counterparts().topics());
        writeVerbContrasts(json, comparison);
        writeFormulations(json, comparison);
        writeSummary(json, comparison.summary());
        writeLimits(json, comparison.limits());
    }

    public static void writeLimits(JsonGenerator json, org.readoutdiff.compare.Limits limits) throws IOException {
        json.writeObjectFieldStart("limits");
        json.writeBooleanField("degraded", limits.degraded());
        json.writeStringField("reason", limits.reason());
        json.writeEndObject();
    }

    private static void writeStatement(JsonGenerator json, String field, SegmentedStatement statement, boolean left)
            throws IOException {
        json.writeObjectFieldStart(field);
        writeStatementFields(json, statement, left, null);
        json.writeEndObject();
    }

    /**
     * A statement's fields: label, fingerprint, metadata, length and sentences, each sentence with
     * its attribution when {@code attributions} (by sentence index) is given and has one.
     */
    public static void writeStatementFields(JsonGenerator json, SegmentedStatement statement, boolean left,
                                     java.util.Map<Integer, Attribution> attributions) throws IOException {
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
        String text = statement.text();
        // each sentence is copied into this array and written from it: no substring per sentence,
        // and no copy of a whole 10 MB text in fresh memory
        char[] characters = new char[256];
        for (Sentence sentence : statement.sentences()) {
            json.writeStartObject();
            json.writeStringField("id", Ids.sentence(left, sentence.index()));
            json.writeNumberField("start", sentence.start());
            json.writeNumberField("end", sentence.end());
            json.writeFieldName("text");
            int length = sentence.end() - sentence.start();
            if (characters.length < length) {
                characters = new char[Math.max(length, 2 * characters.length)];
            }
            text.getChars(sentence.start(), sentence.end(), characters, 0);
            json.writeString(characters, 0, length);
            json.writeNumberField("paragraph", sentence.paragraph() + 1);
            Attribution attribution = attributions == null ? null : attributions.get(sentence.index());
            if (attribution != null) {
                json.writeFieldName("attribution");
                writeAttribution(json, attribution, statement.text(), left);
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static void writeOptional(JsonGenerator json, String field, String value) throws IOException {
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
        for (SharedPhrase phrase : comparison.counterparts().sharedPhrases()) {
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

    /** Only when there are any: an optional field of schema 1, so documents without it stay as they were. */
    private static void writeVerbContrasts(JsonGenerator json, Comparison comparison) throws IOException {
        if (comparison.counterparts().verbContrasts().isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("verbContrasts");
        for (VerbContrast contrast : comparison.counterparts().verbContrasts()) {
            json.writeStartObject();
            json.writeFieldName("left");
            writeAttribution(json, contrast.left(), comparison.left().text(), true);
            json.writeFieldName("right");
            writeAttribution(json, contrast.right(), comparison.right().text(), false);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Only when there are any (counterparts mode): an optional field of schema 1, ranked, most telling first. */
    private static void writeFormulations(JsonGenerator json, Comparison comparison) throws IOException {
        if (comparison.counterparts().formulations().isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("formulations");
        int rank = 0;
        for (FormulationChange change : comparison.counterparts().formulations()) {
            json.writeStartObject();
            json.writeNumberField("rank", ++rank);
            json.writeStringField("kind", change.kind().label());
            writeOptional(json, "topic", change.topic());
            json.writeNumberField("weight", change.weight());
            json.writeArrayFieldStart("reasons");
            for (String reason : change.reasons()) {
                json.writeString(reason);
            }
            json.writeEndArray();
            writeWording(json, "left", change.leftSentence(), change.left(), comparison.left().text(), true);
            writeWording(json, "right", change.rightSentence(), change.right(), comparison.right().text(), false);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeWording(JsonGenerator json, String field, int sentence, Span span, String text,
                                     boolean left) throws IOException {
        if (span == null) {
            json.writeNullField(field);
            return;
        }
        json.writeObjectFieldStart(field);
        json.writeStringField("sentence", Ids.sentence(left, sentence));
        json.writeNumberField("start", span.start());
        json.writeNumberField("end", span.end());
        json.writeStringField("text", span.of(text));
        json.writeEndObject();
    }

    /** One attribution as an object; sentence ids of the side given ({@code L} or {@code R}). */
    static void writeAttribution(JsonGenerator json, Attribution attribution, String text, boolean left)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("sentence", Ids.sentence(left, attribution.sentence()));
        json.writeStringField("speaker", attribution.speaker());
        json.writeStringField("speakerKind", attribution.kind().label());
        writeSpan(json, "speakerText", attribution.speakerText(), text);
        writeSpan(json, "verb", attribution.verbText(), text);
        json.writeStringField("scaleVerb", attribution.verb().phrase());
        json.writeNumberField("strength", attribution.strength());
        json.writeStringField("category", attribution.category());
        if (attribution.pronoun()) {
            json.writeStringField("antecedent", Ids.sentence(left, attribution.antecedent()));
        }
        if (attribution.relay() != null) {
            writeSpan(json, "relay", attribution.relay(), text);
            if (attribution.relaySpeaker() != null) {
                json.writeStringField("relaySpeaker", attribution.relaySpeaker());
            }
        }
        json.writeEndObject();
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

    public static void writeIds(JsonGenerator json, String field, List<Integer> sentences, boolean left)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (int index : sentences) {
            json.writeString(Ids.sentence(left, index));
        }
        json.writeEndArray();
    }

    static void writeSpan(JsonGenerator json, String field, Span span, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeNumberField("start", span.start());
        json.writeNumberField("end", span.end());
        json.writeFieldName("text");
        // from the characters, not a substring: a substring of a text outside Latin-1 is first
        // tried in Latin-1, and most changes are, so each was copied twice more
        char[] characters = new char[span.end() - span.start()];
        text.getChars(span.start(), span.end(), characters, 0);
        json.writeString(characters, 0, characters.length);
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

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
