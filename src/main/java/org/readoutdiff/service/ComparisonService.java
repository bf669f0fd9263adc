package org.readoutdiff.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.readoutdiff.compare.Comparison;
import org.readoutdiff.compare.ComparisonEngine;
import org.readoutdiff.compare.ComparisonOptions;
import org.readoutdiff.ingest.ExtractionLimits;
import org.readoutdiff.ingest.StatementReader;
import org.readoutdiff.ingest.StatementSource;
import org.readoutdiff.ingest.UnreadableStatementException;
import org.readoutdiff.render.HtmlReportRenderer;
import org.readoutdiff.report.ComparisonJsonWriter;
import org.readoutdiff.report.CompactTextWriter;
import org.readoutdiff.report.InlineTextWriter;
import org.readoutdiff.report.MarkdownWriter;
import org.readoutdiff.report.ReportViews;
import org.readoutdiff.text.Statement;
import org.readoutdiff.text.StatementMetadata;

/** Reads statements, compares them and writes reports, for the web and the command line alike. */
@ApplicationScoped
public class ComparisonService {

    private final long maxInputBytes;
    private final StatementReader reader;
    private final HtmlReportRenderer html = new HtmlReportRenderer();

    public ComparisonService(@ConfigProperty(name = "readout-diff.max-input-bytes") long maxInputBytes,
                             @ConfigProperty(name = "readout-diff.extraction.max-chars") int maxChars,
                             @ConfigProperty(name = "readout-diff.extraction.max-pages") int maxPages,
                             @ConfigProperty(name = "readout-diff.extraction.max-memory-bytes") long maxMemoryBytes,
                             @ConfigProperty(name = "readout-diff.extraction.time-budget") Duration timeBudget) {
        this.maxInputBytes = maxInputBytes;
        this.reader = new StatementReader(maxInputBytes, new ExtractionLimits(maxChars, maxPages, maxMemoryBytes, timeBudget));
    }

    /** The largest statement accepted, in bytes (readout-diff.max-input-bytes). */
    public long maxInputBytes() {
        return maxInputBytes;
    }

    public Statement read(StatementSource source, String label, StatementMetadata metadata)
            throws UnreadableStatementException {
        return reader.read(source, label, metadata);
    }

    /** The comparison engine's version, recorded with every stored comparison. */
    public String engineVersion() {
        return ComparisonEngine.VERSION;
    }

    public Comparison compare(Statement left, Statement right, ComparisonOptions options) {
        return new ComparisonEngine(options).compare(left, right);
    }

    public void write(Comparison comparison, ReportFormat format, OutputStream out) {
        try {
            switch (format) {
                case JSON -> new ComparisonJsonWriter(true).write(comparison, out);
                case HTML -> writeText(html.render(ReportViews.of(comparison)), out);
                case MD -> writeText(new MarkdownWriter(MarkdownWriter.DEFAULT_MAX_BYTES)
                        .write(ReportViews.of(comparison)), out);
                case TEXT -> writeText(new CompactTextWriter().write(comparison), out);
                case INLINE -> {
                    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    new InlineTextWriter().write(ReportViews.of(comparison), writer);
                    writer.flush();
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeText(String text, OutputStream out) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
