package org.readoutdiff.report;

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
 * resource {@code schema/batch-1.schema.json}): per comparison its id, labels, files, verdict,
 * counts, report files and whether it fails {@code --fail-on}. Fields always come in the same
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
            for (BatchComparisonView comparison : view.comparisons()) {
                writeComparison(json, comparison);
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

    private static void writeComparison(JsonGenerator json, BatchComparisonView c) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", c.id());
        json.writeStringField("entry", c.entry());
        if (c.title() != null) {
            json.writeStringField("title", c.title());
        }
        json.writeStringField("mode", c.mode());
        writeStatement(json, "left", c.leftLabel(), c.leftFile(), c.leftSha256());
        writeStatement(json, "right", c.rightLabel(), c.rightFile(), c.rightSha256());
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
        json.writeObjectFieldStart("limits");
        json.writeBooleanField("degraded", c.degradedReason() != null);
        json.writeStringField("reason", c.degradedReason());
        json.writeEndObject();
        json.writeObjectFieldStart("reports");
        for (ReportFileView report : c.reports()) {
            json.writeStringField(report.format(), report.file());
        }
        json.writeEndObject();
        json.writeBooleanField("failOn", c.failOn());
        json.writeNumberField("exitStatus", c.fails() ? 1 : 0);
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
