package org.readoutdiff.report.series;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import org.readoutdiff.analysis.Attribution;
import org.readoutdiff.analysis.TrackedFormulation;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.SeriesCell;
import org.readoutdiff.compare.SeriesComparison;
import org.readoutdiff.compare.SeriesRow;
import org.readoutdiff.compare.Timeline;
import org.readoutdiff.text.SegmentedStatement;
import org.readoutdiff.report.Ids;
import org.readoutdiff.report.JsonDocument;
import org.readoutdiff.report.comparison.ComparisonJsonWriter;
import org.readoutdiff.report.comparison.CounterpartsViews;

/**
 * Writes a series comparison (one base statement against several) as JSON, schema {@value
 * #SCHEMA} (the JSON Schema is the resource {@code schema/series-1.schema.json}).
 * Statements are numbered from 0, the base; base sentences are L1, L2, ... and every other
 * statement's sentences R1, R2, ..., as in the comparison of the base with that statement, whose
 * findings (pairs to limits, as in schema {@value ComparisonJsonWriter#SCHEMA}) are under {@code
 * comparisons}. Streams; fields always in the same order, so the same series gives the same bytes.
 */
public final class SeriesJsonWriter {

    public static final String SCHEMA = "readout-diff/series/1";

    private final boolean pretty;

    public SeriesJsonWriter(boolean pretty) {
        this.pretty = pretty;
    }

    public void write(SeriesComparison series, OutputStream out) {
        write(series, null, out);
    }

    /** The same document with an {@code "id"} field first (as an HTTP API would return it), or none if null. */
    public void write(SeriesComparison series, String id, OutputStream out) {
        JsonDocument.write(out, pretty, json -> writeSeries(json, series, id));
    }

    private static void writeSeries(JsonGenerator json, SeriesComparison series, String id) throws IOException {
        json.writeStartObject();
        if (id != null) {
            json.writeStringField("id", id);
        }
        json.writeStringField("schema", SCHEMA);
        json.writeObjectFieldStart("engine");
        json.writeStringField("name", "readout-diff");
        json.writeStringField("version", series.engineVersion());
        json.writeEndObject();
        json.writeObjectFieldStart("options");
        json.writeBooleanField("ignoreCase", series.options().ignoreCase());
        json.writeEndObject();
        writeStatements(json, series);
        writeTimeline(json, series.timeline());
        json.writeArrayFieldStart("comparisons");
        for (int k = 0; k < series.comparisons().size(); k++) {
            Comparison comparison = series.comparisons().get(k);
            json.writeStartObject();
            json.writeNumberField("other", k + 1);
            json.writeStringField("mode", comparison.mode().label());
            json.writeStringField("modeReason", comparison.modeReason());
            ComparisonJsonWriter.writeResult(json, comparison);
            json.writeEndObject();
        }
        json.writeEndArray();
        writeRows(json, series);
        writeFormulations(json, series);
        json.writeObjectFieldStart("summary");
        json.writeStringField("verdict", series.verdict().label());
        json.writeNumberField("statements", series.size());
        json.writeNumberField("formulations", series.formulations().size());
        json.writeEndObject();
        ComparisonJsonWriter.writeLimits(json, series.limits());
        json.writeEndObject();
    }

    private static void writeStatements(JsonGenerator json, SeriesComparison series) throws IOException {
        json.writeArrayFieldStart("statements");
        for (int k = 0; k < series.size(); k++) {
            SegmentedStatement statement = series.statement(k);
            json.writeStartObject();
            json.writeNumberField("index", k);
            json.writeStringField("role", k == 0 ? "base" : "other");
            Map<Integer, Attribution> attributions = new HashMap<>();
            for (Attribution attribution : series.attributions().get(k)) {
                attributions.put(attribution.sentence(), attribution);
            }
            ComparisonJsonWriter.writeStatementFields(json, statement, k == 0, attributions);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeTimeline(JsonGenerator json, Timeline timeline) throws IOException {
        json.writeObjectFieldStart("timeline");
        json.writeArrayFieldStart("order");
        for (int statement : timeline.order()) {
            json.writeNumber(statement);
        }
        json.writeEndArray();
        json.writeBooleanField("byDate", timeline.byDate());
        json.writeStringField("reason", timeline.reason());
        json.writeArrayFieldStart("dates");
        for (int k = 0; k < timeline.dates().size(); k++) {
            json.writeStartObject();
            json.writeNumberField("statement", k);
            json.writeStringField("date", timeline.dates().get(k));
            json.writeStringField("source", timeline.dateSources().get(k));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeRows(JsonGenerator json, SeriesComparison series) throws IOException {
        json.writeArrayFieldStart("rows");
        for (SeriesRow row : series.rows()) {
            json.writeStartObject();
            json.writeStringField("base", Ids.left(row.sentence()));
            json.writeArrayFieldStart("cells");
            for (int k = 0; k < row.cells().size(); k++) {
                SeriesCell cell = row.cells().get(k);
                json.writeStartObject();
                json.writeNumberField("other", k + 1);
                if (cell instanceof SeriesCell.Aligned aligned) {
                    json.writeStringField("status", "aligned");
                    json.writeNumberField("pair", aligned.pair());
                    json.writeBooleanField("continued", aligned.continued());
                    ComparisonJsonWriter.writeIds(json, "sentences",
                            series.comparisons().get(k).pairs().get(aligned.pair()).pair().right(), false);
                    ComparisonJsonWriter.writeIds(json, "related", aligned.related(), false);
                } else if (cell instanceof SeriesCell.Related related) {
                    json.writeStringField("status", "related");
                    ComparisonJsonWriter.writeIds(json, "sentences", related.sentences(), false);
                } else {
                    json.writeStringField("status", "not-mentioned");
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeFormulations(JsonGenerator json, SeriesComparison series) throws IOException {
        json.writeArrayFieldStart("formulations");
        int number = 0;
        for (TrackedFormulation formulation : series.formulations()) {
            json.writeStartObject();
            json.writeStringField("id", "F" + ++number);
            json.writeStringField("status", formulation.status().label());
            json.writeNumberField("first", formulation.first());
            json.writeNumberField("last", formulation.last());
            json.writeArrayFieldStart("wordings");
            for (TrackedFormulation.Wording wording : formulation.wordings()) {
                json.writeStartObject();
                json.writeStringField("text", wording.text());
                json.writeArrayFieldStart("places");
                for (TrackedFormulation.Place place : wording.places()) {
                    writePlace(json, series, place, false);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("shifts");
            for (TrackedFormulation.Shift shift : formulation.shifts()) {
                json.writeStartObject();
                json.writeFieldName("old");
                writePlace(json, series, shift.old(), true);
                json.writeFieldName("new");
                writePlace(json, series, shift.now(), true);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writePlace(JsonGenerator json, SeriesComparison series, TrackedFormulation.Place place,
                                   boolean withText) throws IOException {
        SegmentedStatement statement = series.statement(place.statement());
        json.writeStartObject();
        json.writeNumberField("statement", place.statement());
        json.writeStringField("sentence", Ids.sentence(place.statement() == 0,
                CounterpartsViews.sentenceAt(statement, place.span().start())));
        json.writeNumberField("start", place.span().start());
        json.writeNumberField("end", place.span().end());
        if (withText) {
            json.writeStringField("text", place.span().of(statement.text()));
        }
        json.writeEndObject();
    }
}
