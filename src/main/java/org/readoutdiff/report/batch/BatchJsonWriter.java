package org.readoutdiff.report.batch;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes a batch's {@code summary.json}, schema {@value #SCHEMA} (the JSON Schema is the
 * resource {@code schema/batch-1.schema.json}): per entry its id, labels, files, verdict,
 * counts, report files and whether it fails {@code --fail-on}; a series entry ({@code kind}
 * "series") has its base, and per other statement the findings of its comparison with the base. Fields always come in the same
 * order and lines end in LF on every system, so the same batch gives the same bytes.
 */
public final class BatchJsonWriter {

    public static final String SCHEMA = "readout-diff/batch/1";

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

    public void write(BatchView view, OutputStream out) {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(INDENTER).withArrayIndenter(INDENTER));
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA);
            json.writeObjectFieldStart("engine");
            json.writeStringField("name", "readout-diff");
            json.writeStringField("version", view.engineVersion());
            json.writeEndObject();
            json.writeStringField("title", view.title());
            if (view.generatedAt() != null) {
                json.writeStringField("generatedAt", view.generatedAt());
            }
            json.writeStringField("failOn", view.failOn());
            json.writeNumberField("exitStatus", view.fails() ? 1 : 0);
            writeCounts(json, view.counts());
            json.writeArrayFieldStart("comparisons");
            for (BatchEntryView entry : view.comparisons()) {
                writeEntry(json, entry);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeCounts(JsonGenerator json, BatchCountsView counts) throws IOException {
        json.writeObjectFieldStart("counts");
        json.writeNumberField("comparisons", counts.comparisons());
        json.writeNumberField("substantive", counts.substantive());
        json.writeNumberField("minor", counts.minor());
        json.writeNumberField("formatOnly", counts.formatOnly());
        json.writeNumberField("identical", counts.identical());
        json.writeNumberField("failing", counts.failing());
        json.writeNumberField("degraded", counts.degraded());
        json.writeEndObject();
    }

    private static void writeEntry(JsonGenerator json, BatchEntryView entry) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", entry.id());
        json.writeStringField("kind", entry.series() ? "series" : "pair");
        json.writeStringField("entry", entry.entry());
        if (entry.title() != null) {
            json.writeStringField("title", entry.title());
        }
        if (entry instanceof BatchSeriesView series) {
            writeStatement(json, "base", series.baseLabel(), series.baseFile(), series.baseSha256());
            json.writeArrayFieldStart("others");
            for (BatchComparisonView other : series.others()) {
                json.writeStartObject();
                json.writeStringField("id", other.id());
                json.writeStringField("mode", other.mode());
                writeStatement(json, "statement", other.rightLabel(), other.rightFile(), other.rightSha256());
                writeFindings(json, other);
                json.writeNumberField("exitStatus", other.fails() ? 1 : 0);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeStringField("verdict", series.verdict());
            json.writeStringField("headline", series.headline());
            writeLimits(json, series.degradedReason());
        } else if (entry instanceof BatchComparisonView c) {
            json.writeStringField("mode", c.mode());
            writeStatement(json, "left", c.leftLabel(), c.leftFile(), c.leftSha256());
            writeStatement(json, "right", c.rightLabel(), c.rightFile(), c.rightSha256());
            writeFindings(json, c);
        }
        json.writeObjectFieldStart("reports");
        for (ReportFileView report : entry.reports()) {
            json.writeStringField(report.format(), report.file());
        }
        json.writeEndObject();
        json.writeBooleanField("failOn", entry.failOn());
        json.writeNumberField("exitStatus", entry.fails() ? 1 : 0);
        json.writeEndObject();
    }

    /** Verdict, headline, counts and limits of a comparison of two statements. */
    private static void writeFindings(JsonGenerator json, BatchComparisonView c) throws IOException {
        json.writeStringField("verdict", c.summary().verdict());
        json.writeStringField("headline", c.summary().headline());
        json.writeObjectFieldStart("summary");
        json.writeNumberField("substantiveChanges", c.summary().substantiveChanges());
        json.writeNumberField("punctuationChanges", c.summary().punctuationChanges());
        json.writeNumberField("formatChanges", c.summary().formatChanges());
        json.writeNumberField("boilerplateChanges", c.summary().boilerplateChanges());
        json.writeNumberField("moves", c.summary().moves());
        json.writeNumberField("leftOnly", c.summary().leftOnly());
        json.writeNumberField("rightOnly", c.summary().rightOnly());
        json.writeNumberField("similarity", c.similarity());
        json.writeEndObject();
        writeLimits(json, c.degradedReason());
    }

    private static void writeLimits(JsonGenerator json, String degradedReason) throws IOException {
        json.writeObjectFieldStart("limits");
        json.writeBooleanField("degraded", degradedReason != null);
        json.writeStringField("reason", degradedReason);
        json.writeEndObject();
    }

    private static void writeStatement(JsonGenerator json, String side, String label, String file, String sha256)
            throws IOException {
        json.writeObjectFieldStart(side);
        json.writeStringField("label", label);
        json.writeStringField("file", file);
        json.writeStringField("sha256", sha256);
        json.writeEndObject();
    }
}
